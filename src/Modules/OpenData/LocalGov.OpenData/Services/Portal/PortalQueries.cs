using System.Globalization;
using LocalGov.Benchmarking.Contracts;
using LocalGov.OpenData.Areas.OpenData.Features.Portal;
using LocalGov.OpenData.Contracts;
using LocalGov.OpenData.Domain;
using LocalGov.OpenData.Resources;
using LocalGov.Organizations.Contracts;
using LocalGov.Procurement.Contracts;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace LocalGov.OpenData.Services.Portal;

/// <summary>
/// The citizen portal's reads: find an LAO, a province's LAOs, and an LAO's published budget year. Budget, revenue and
/// project figures come only from the published copies (<see cref="PublishedData"/>), so a draft can never show;
/// procurement cases come from Procurement's public contract. The LAO page makes a handful of queries: one LAO-year's
/// lines are few, so they are grouped in memory; the peer medians read only the budget headers of the same type.
/// </summary>
internal sealed class PortalQueries(
    PublishedData published,
    IOrganizationDirectory directory,
    IPublicProcurement procurement,
    IIndicatorValues indicators,
    IOptions<PortalMapOptions> map,
    IStringLocalizer<Strings> l)
{
    public const int PageSize = 25;

    private static bool Thai => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "th";

    public async Task<PortalIndexModel> IndexAsync(PortalSearch search, Func<int, string> pageUrl, CancellationToken cancellationToken)
    {
        var provinces = await directory.GetProvincesAsync(cancellationToken);
        var laoCounts = await directory.CountLaosByProvinceAsync(cancellationToken);
        var publishedCounts = await published.Budgets(DatasetFilter.None)
            .GroupBy(b => b.ProvinceId)
            .Select(g => new { ProvinceId = g.Key, Laos = g.Select(b => b.LaoId).Distinct().Count() })
            .ToDictionaryAsync(x => x.ProvinceId, x => x.Laos, cancellationToken);
        var points = provinces
            .Select(p => new ProvincePoint(
                p,
                Thai ? p.NameTh : p.NameEn,
                laoCounts.GetValueOrDefault(p.Id),
                publishedCounts.GetValueOrDefault(p.Id),
                ProvinceCentroids.ByCode.TryGetValue(p.Code, out var c) ? c.Lat : null,
                ProvinceCentroids.ByCode.TryGetValue(p.Code, out var d) ? d.Lng : null))
            .OrderBy(p => p.Name, StringComparer.Create(CultureInfo.CurrentUICulture, false))
            .ToList();

        var province = string.IsNullOrWhiteSpace(search.Province) ? null : provinces.FirstOrDefault(p => p.Code == search.Province.Trim());
        var badProvince = !string.IsNullOrWhiteSpace(search.Province) && province is null;
        LaoType? type = null;
        var badType = false;
        if (!string.IsNullOrWhiteSpace(search.Type))
        {
            badType = !(Enum.TryParse<LaoType>(search.Type.Trim(), ignoreCase: true, out var t) && Enum.IsDefined(t));
            type = badType ? null : t;
        }

        if (search.IsEmpty || badProvince || badType)
        {
            return new PortalIndexModel(search, points, [], 0, null, map.Value, badProvince, badType);
        }

        IEnumerable<LaoDto> laos = province is null
            ? await directory.GetAllLaosAsync(cancellationToken)
            : await directory.GetLaosAsync(await directory.GetLaoIdsInProvinceAsync(province.Id, cancellationToken), cancellationToken);
        if (type is { } laoType)
        {
            laos = laos.Where(x => x.Type == laoType);
        }

        if (!string.IsNullOrWhiteSpace(search.Q))
        {
            var text = search.Q.Trim();
            laos = laos.Where(x => x.NameTh.Contains(text, StringComparison.OrdinalIgnoreCase)
                || x.NameEn.Contains(text, StringComparison.OrdinalIgnoreCase)
                || x.Code.StartsWith(text, StringComparison.Ordinal));
        }

        var found = laos.OrderBy(x => Thai ? x.NameTh : x.NameEn, StringComparer.Create(CultureInfo.CurrentUICulture, false)).ThenBy(x => x.Code, StringComparer.Ordinal).ToList();
        var (page, pageCount) = Pager.Clamp(search.Page ?? 1, found.Count, PageSize);
        var rows = found.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        var latest = await LatestBudgetsAsync([.. rows.Select(r => r.Id)], cancellationToken);
        var names = provinces.ToDictionary(p => p.Id, p => Thai ? p.NameTh : p.NameEn);
        var results = rows
            .Select(r => latest.TryGetValue(r.Id, out var b)
                ? new LaoResultRow(r, names.GetValueOrDefault(r.ProvinceId, ""), b.FiscalYear, b.ExpenditureTotal)
                : new LaoResultRow(r, names.GetValueOrDefault(r.ProvinceId, ""), null, null))
            .ToList();
        return new PortalIndexModel(search, points, results, found.Count, new Pager(page, pageCount, pageUrl), map.Value, false, false);
    }

    public async Task<ProvincePageModel?> ProvinceAsync(string provinceCode, string? sort, CancellationToken cancellationToken)
    {
        var province = (await directory.GetProvincesAsync(cancellationToken)).FirstOrDefault(p => p.Code == provinceCode);
        if (province is null)
        {
            return null;
        }

        var laos = await directory.GetLaosAsync(await directory.GetLaoIdsInProvinceAsync(province.Id, cancellationToken), cancellationToken);
        var budgets = await published.Budgets(new DatasetFilter(null, province.Id, null, null))
            .Select(b => new LatestBudget(b.LaoId, b.FiscalYear, b.ExpenditureTotal, b.Population))
            .ToListAsync(cancellationToken);
        var latest = budgets.GroupBy(b => b.LaoId).ToDictionary(g => g.Key, g => g.MaxBy(b => b.FiscalYear)!);
        var rows = laos
            .Select(x => latest.TryGetValue(x.Id, out var b)
                ? new ProvinceLaoRow(x, b.FiscalYear, b.ExpenditureTotal, b.Population, PerResident(b.ExpenditureTotal, b.Population))
                : new ProvinceLaoRow(x, null, null, null, null))
            .ToList();
        var byName = StringComparer.Create(CultureInfo.CurrentUICulture, false);
        string Name(ProvinceLaoRow r) => Thai ? r.Lao.NameTh : r.Lao.NameEn;
        sort = sort is "total" or "perResident" ? sort : "name";
        IEnumerable<ProvinceLaoRow> ordered = sort switch
        {
            "total" => rows.OrderByDescending(r => r.Total?.Satang ?? -1).ThenBy(Name, byName),
            "perResident" => rows.OrderByDescending(r => r.PerResident ?? -1).ThenBy(Name, byName),
            _ => rows.OrderBy(Name, byName),
        };
        return new ProvincePageModel(province, Thai ? province.NameTh : province.NameEn, [.. ordered], sort, latest.Count);
    }

    public async Task<LaoPageModel?> LaoAsync(string laoCode, int? year, CancellationToken cancellationToken)
    {
        var lao = await directory.FindByPublicCodeAsync(laoCode.Trim(), cancellationToken);
        if (lao is null)
        {
            return null;
        }

        var province = await directory.FindProvinceAsync(lao.ProvinceId, cancellationToken);
        var headers = await published.Budgets(new DatasetFilter(null, null, null, lao.Id)).OrderByDescending(b => b.FiscalYear).ToListAsync(cancellationToken);
        var years = headers.Select(h => h.FiscalYear).ToList();
        var chosen = year ?? (years.Count > 0 ? years[0] : 0);
        var header = headers.FirstOrDefault(h => h.FiscalYear == chosen);
        var name = Thai ? lao.NameTh : lao.NameEn;
        var provinceName = province is null ? "" : Thai ? province.NameTh : province.NameEn;
        if (header is null)
        {
            return new LaoPageModel(lao, name, province?.Code, provinceName, chosen, years, null);
        }

        var filter = new DatasetFilter(chosen, null, null, lao.Id);
        var lines = await published.BudgetLines(filter).OrderBy(x => x.LineNo).ToListAsync(cancellationToken);
        var estimates = await published.RevenueEstimates(filter).OrderBy(x => x.LineNo).ToListAsync(cancellationToken);
        var projects = await published.Projects(filter).OrderBy(p => p.StrategyNo).ThenBy(p => p.Code).ToListAsync(cancellationToken);
        var projectsPublishedAt = await published.PublicationsOf(lao.Id)
            .Where(p => p.Kind == PublicationKind.Projects && p.FiscalYear == chosen)
            .Select(p => (DateTimeOffset?)p.PublishedAt)
            .FirstOrDefaultAsync(cancellationToken);
        var classifications = await published.ClassificationsAsync(cancellationToken);
        string Named(ClassificationGroup kind, string c) =>
            classifications.TryGetValue((kind, c), out var n) ? (Thai ? n.NameTh : n.NameEn) : c;

        var total = Money.Sum(lines.Select(x => x.CurrentAmount));
        var population = header.Population;
        var programmes = Shares(lines.GroupBy(x => x.ProgrammeCode), g => Named(ClassificationGroup.Programme, g.Key), g => g.Key, g => Money.Sum(g.Select(x => x.CurrentAmount)), total, population);
        var groups = Shares(lines.GroupBy(x => x.GroupCode), g => Named(ClassificationGroup.Group, g.Key), g => g.Key, g => Money.Sum(g.Select(x => x.CurrentAmount)), total, population);
        var programmeLines = programmes
            .Select(p => new ProgrammeLines(p, [.. lines.Where(x => x.ProgrammeCode == p.Code).Select(x => new LineRow(
                x.LineNo,
                Named(ClassificationGroup.WorkUnit, x.WorkUnitCode),
                Named(ClassificationGroup.Group, x.GroupCode),
                Named(ClassificationGroup.Category, x.CategoryCode),
                x.ItemName,
                x.IsProject,
                x.OriginalAmount,
                x.CurrentAmount))]))
            .ToList();

        var revenueTotal = Money.Sum(estimates.Select(x => x.Amount));
        var sources = Shares(
            estimates.GroupBy(x => x.Source?.ToString() ?? "Unstated"),
            g => l["Portal.Source." + g.Key].Value,
            g => g.Key,
            g => Money.Sum(g.Select(x => x.Amount)),
            revenueTotal,
            population,
            byAmount: false);
        var revenueCategories = Shares(estimates.GroupBy(x => x.CategoryCode), g => Named(ClassificationGroup.RevenueCategory, g.Key), g => g.Key, g => Money.Sum(g.Select(x => x.Amount)), revenueTotal, population);

        var yearRows = headers
            .Select(h => new YearRow(h.FiscalYear, h.ExpenditureTotal, h.Population, PerResident(h.ExpenditureTotal, h.Population), Percent(h.CapitalTotal, h.ExpenditureTotal)))
            .ToList();
        var peers = await PeersAsync(header, cancellationToken);
        var cases = await procurement.GetPublishedCasesAsync(lao.Id, chosen, cancellationToken);
        var indicatorRows = await IndicatorsAsync(lao.Id, chosen, cancellationToken);

        var budget = new LaoBudgetView(
            header,
            total,
            revenueTotal,
            PerResident(total, population),
            Percent(header.CapitalTotal, header.ExpenditureTotal),
            programmes,
            groups,
            programmeLines,
            sources,
            revenueCategories,
            yearRows,
            peers,
            projects,
            projectsPublishedAt,
            cases,
            indicatorRows);
        return new LaoPageModel(lao, name, province?.Code, provinceName, chosen, years, budget);
    }

    /// <summary>Baht per registered resident, rounded to whole baht (half away from zero); null without a population.</summary>
    public static decimal? PerResident(Money amount, int population) =>
        population > 0 ? Math.Round(amount.Baht / population, 0, MidpointRounding.AwayFromZero) : null;

    /// <summary>A share in percent to one decimal (half away from zero); null when the whole is zero.</summary>
    public static decimal? Percent(Money part, Money whole) =>
        whole.Satang == 0 ? null : Math.Round(part.Satang * 100m / whole.Satang, 1, MidpointRounding.AwayFromZero);

    /// <summary>The median of the values (the mean of the middle two for an even count); null when there are none.</summary>
    public static decimal? Median(IReadOnlyList<decimal> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2m;
    }

    private static List<ShareRow> Shares<T>(
        IEnumerable<IGrouping<string, T>> groups,
        Func<IGrouping<string, T>, string> name,
        Func<IGrouping<string, T>, string> code,
        Func<IGrouping<string, T>, Money> amount,
        Money total,
        int population,
        bool byAmount = true)
    {
        var rows = groups.Select(g =>
        {
            var a = amount(g);
            return new ShareRow(code(g), name(g), a, Percent(a, total) ?? 0m, PerResident(a, population));
        });
        return byAmount ? [.. rows.OrderByDescending(r => r.Amount.Satang).ThenBy(r => r.Code, StringComparer.Ordinal)] : [.. rows.OrderBy(r => r.Code, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The same type's published budgets of the year, headers only (no lines): one small query, nationally, of which
    /// the province's are a subset.
    /// </summary>
    private async Task<PeerComparison> PeersAsync(PublishedBudget header, CancellationToken cancellationToken)
    {
        var rows = await published.Budgets(new DatasetFilter(header.FiscalYear, null, header.LaoType, null))
            .Select(b => new { b.ProvinceId, b.Population, b.ExpenditureTotal, b.CapitalTotal })
            .ToListAsync(cancellationToken);
        var national = rows.Where(r => r.Population > 0 && r.ExpenditureTotal.Satang > 0).ToList();
        var inProvince = national.Where(r => r.ProvinceId == header.ProvinceId).ToList();
        return new PeerComparison(
            inProvince.Count,
            Median([.. inProvince.Select(r => PerResident(r.ExpenditureTotal, r.Population)!.Value)]),
            Median([.. inProvince.Select(r => Percent(r.CapitalTotal, r.ExpenditureTotal)!.Value)]),
            national.Count,
            Median([.. national.Select(r => PerResident(r.ExpenditureTotal, r.Population)!.Value)]),
            Median([.. national.Select(r => Percent(r.CapitalTotal, r.ExpenditureTotal)!.Value)]));
    }

    private async Task<IReadOnlyList<IndicatorRow>> IndicatorsAsync(int laoId, int year, CancellationToken cancellationToken)
    {
        var values = await indicators.GetValuesAsync(year, null, [laoId], cancellationToken);
        if (values.Count == 0)
        {
            return [];
        }

        var catalogue = (await indicators.GetIndicatorsAsync(year, cancellationToken)).ToDictionary(i => i.Code, StringComparer.Ordinal);
        return
        [
            .. values
                .Where(v => v.Value is not null && catalogue.ContainsKey(v.IndicatorCode))
                .Select(v =>
                {
                    var i = catalogue[v.IndicatorCode];
                    return new IndicatorRow(i.Code, Thai ? i.NameTh : i.NameEn, FormatIndicator(v.Value!.Value, i), v.PeerPercentile is { } p ? Math.Round(p, 0, MidpointRounding.AwayFromZero) : null);
                })
                .OrderBy(r => r.Code, StringComparer.Ordinal),
        ];
    }

    private string FormatIndicator(decimal value, IndicatorInfo indicator)
    {
        var number = Math.Round(value, indicator.Decimals, MidpointRounding.AwayFromZero).ToString("N" + indicator.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return indicator.Unit switch
        {
            IndicatorUnit.Percent => number + " %",
            IndicatorUnit.Baht => l["Portal.Unit.Baht", number].Value,
            IndicatorUnit.BahtPerResident => l["Portal.Unit.BahtPerResident", number].Value,
            IndicatorUnit.PerThousandResidents => l["Portal.Unit.PerThousand", number].Value,
            _ => number,
        };
    }

    private async Task<Dictionary<int, LatestBudget>> LatestBudgetsAsync(IReadOnlyCollection<int> laoIds, CancellationToken cancellationToken)
    {
        if (laoIds.Count == 0)
        {
            return [];
        }

        var rows = await published.Budgets(DatasetFilter.None).Where(b => laoIds.Contains(b.LaoId))
            .Select(b => new LatestBudget(b.LaoId, b.FiscalYear, b.ExpenditureTotal, b.Population))
            .ToListAsync(cancellationToken);
        return rows.GroupBy(b => b.LaoId).ToDictionary(g => g.Key, g => g.MaxBy(b => b.FiscalYear)!);
    }

    private sealed record LatestBudget(int LaoId, int FiscalYear, Money ExpenditureTotal, int Population);
}
