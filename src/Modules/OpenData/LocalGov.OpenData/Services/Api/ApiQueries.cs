using LocalGov.Benchmarking.Contracts;
using LocalGov.OpenData.Areas.OpenData.Features.Api;
using LocalGov.OpenData.Domain;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Amounts;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.OpenData.Services.Api;

/// <summary>
/// The read queries of API v1, over the published copies only (<see cref="PublishedData"/>) and the organisation and
/// indicator contracts. Lists are in a stable order: fiscal year, province, LAO, then line number or code.
/// </summary>
internal sealed class ApiQueries(PublishedData published, IOrganizationDirectory directory, IIndicatorValues indicators)
{
    public async Task<ApiPage<OrganisationDto>> OrganisationsAsync(DatasetFilter filter, string? q, ApiPaging paging, HttpRequest request, CancellationToken cancellationToken)
    {
        var provinces = await ProvincesAsync(cancellationToken);
        var text = q?.Trim();
        var laos = (await directory.GetAllLaosAsync(cancellationToken))
            .Where(x => filter.ProvinceId is not { } p || x.ProvinceId == p)
            .Where(x => filter.LaoType is not { } t || x.Type == t)
            .Where(x => filter.LaoId is not { } id || x.Id == id)
            .Where(x => string.IsNullOrEmpty(text)
                || x.NameTh.Contains(text, StringComparison.OrdinalIgnoreCase)
                || x.NameEn.Contains(text, StringComparison.OrdinalIgnoreCase)
                || x.Code.StartsWith(text, StringComparison.Ordinal))
            .OrderBy(x => x.Code, StringComparer.Ordinal)
            .ToList();
        var page = laos.Skip(paging.Skip).Take(paging.PageSize).ToList();
        var years = await BudgetYearsAsync([.. page.Select(x => x.Id)], cancellationToken);
        return paging.Envelope([.. page.Select(x => Organisation(x, provinces, years, request))], laos.Count, request);
    }

    public async Task<OrganisationDto?> OrganisationAsync(string code, HttpRequest request, CancellationToken cancellationToken)
    {
        var lao = await FindLaoAsync(code, cancellationToken);
        if (lao is null)
        {
            return null;
        }

        return Organisation(lao, await ProvincesAsync(cancellationToken), await BudgetYearsAsync([lao.Id], cancellationToken), request);
    }

    public async Task<ApiPage<BudgetDto>> BudgetsAsync(DatasetFilter filter, ApiPaging paging, HttpRequest request, CancellationToken cancellationToken)
    {
        var query = published.Budgets(filter);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(b => b.FiscalYear).ThenBy(b => b.ProvinceId).ThenBy(b => b.LaoId)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        var laos = await LaosAsync(rows.Select(r => r.LaoId), cancellationToken);
        var provinces = await ProvincesAsync(cancellationToken);
        return paging.Envelope([.. rows.Select(r => Budget(r, laos[r.LaoId], provinces, request))], total, request);
    }

    /// <summary>One published budget with totals by programme and by group, or null (unknown LAO, not published, a draft).</summary>
    public async Task<BudgetDetailDto?> BudgetAsync(LaoDto lao, int fiscalYear, HttpRequest request, CancellationToken cancellationToken)
    {
        var filter = new DatasetFilter(fiscalYear, null, null, lao.Id);
        var budget = await published.Budgets(filter).FirstOrDefaultAsync(cancellationToken);
        if (budget is null)
        {
            return null;
        }

        var lines = await published.BudgetLines(filter).ToListAsync(cancellationToken);
        var names = await published.ClassificationsAsync(cancellationToken);
        List<BudgetTotalDto> TotalsBy(ClassificationGroup kind, Func<PublishedBudgetLine, string> code) =>
        [
            .. lines.GroupBy(code).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
            {
                var (th, en) = Name(names, kind, g.Key);
                return new BudgetTotalDto(g.Key, th, en, g.Count(), Money.Sum(g.Select(x => x.OriginalAmount)).Baht, Money.Sum(g.Select(x => x.CurrentAmount)).Baht);
            }),
        ];

        return new BudgetDetailDto(
            Budget(budget, lao, await ProvincesAsync(cancellationToken), request),
            TotalsBy(ClassificationGroup.Programme, l => l.ProgrammeCode),
            TotalsBy(ClassificationGroup.Group, l => l.GroupCode));
    }

    public async Task<ApiPage<BudgetLineDto>> BudgetLinesAsync(DatasetFilter filter, string? programme, string? group, ApiPaging paging, HttpRequest request, CancellationToken cancellationToken)
    {
        var query = published.BudgetLines(filter);
        if (programme is not null)
        {
            query = query.Where(x => x.ProgrammeCode == programme);
        }

        if (group is not null)
        {
            query = query.Where(x => x.GroupCode == group);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(x => x.FiscalYear).ThenBy(x => x.ProvinceId).ThenBy(x => x.LaoId).ThenBy(x => x.LineNo)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        var laos = await LaosAsync(rows.Select(r => r.LaoId), cancellationToken);
        var names = await published.ClassificationsAsync(cancellationToken);
        return paging.Envelope([.. rows.Select(x =>
        {
            var p = Name(names, ClassificationGroup.Programme, x.ProgrammeCode);
            var w = Name(names, ClassificationGroup.WorkUnit, x.WorkUnitCode);
            var g = Name(names, ClassificationGroup.Group, x.GroupCode);
            var c = Name(names, ClassificationGroup.Category, x.CategoryCode);
            return new BudgetLineDto(
                laos[x.LaoId].Code, x.FiscalYear, x.LineNo, x.ProgrammeCode, p.Th, p.En, x.WorkUnitCode, w.Th, w.En, x.GroupCode, g.Th, g.En,
                x.CategoryCode, c.Th, c.En, x.ItemName, x.IsProject, x.PlanProjectCode, x.OriginalAmount.Baht, x.CurrentAmount.Baht);
        })], total, request);
    }

    public async Task<ApiPage<RevenueEstimateDto>> RevenueEstimatesAsync(DatasetFilter filter, ApiPaging paging, HttpRequest request, CancellationToken cancellationToken)
    {
        var query = published.RevenueEstimates(filter);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(x => x.FiscalYear).ThenBy(x => x.ProvinceId).ThenBy(x => x.LaoId).ThenBy(x => x.LineNo)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        var laos = await LaosAsync(rows.Select(r => r.LaoId), cancellationToken);
        var names = await published.ClassificationsAsync(cancellationToken);
        return paging.Envelope([.. rows.Select(x =>
        {
            var c = Name(names, ClassificationGroup.RevenueCategory, x.CategoryCode);
            return new RevenueEstimateDto(laos[x.LaoId].Code, x.FiscalYear, x.LineNo, x.CategoryCode, c.Th, c.En, x.Source?.ToString(), x.ItemName, x.Amount.Baht);
        })], total, request);
    }

    public async Task<ApiPage<ProjectDto>> ProjectsAsync(DatasetFilter filter, ApiPaging paging, HttpRequest request, CancellationToken cancellationToken)
    {
        var query = published.Projects(filter);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(x => x.FiscalYear).ThenBy(x => x.ProvinceId).ThenBy(x => x.LaoId).ThenBy(x => x.Code)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        var laos = await LaosAsync(rows.Select(r => r.LaoId), cancellationToken);
        return paging.Envelope([.. rows.Select(x => new ProjectDto(
            laos[x.LaoId].Code, x.FiscalYear, x.Code, x.Name, x.StrategyNo, x.StrategyName, x.StartMonth, x.EndMonth, x.Status.ToString(),
            x.PercentComplete, x.Planned.Baht, x.Budgeted.Baht, x.Disbursed.Baht, x.LastUpdatedOn))], total, request);
    }

    public async Task<IReadOnlyList<IndicatorDto>> IndicatorsAsync(int? fiscalYear, CancellationToken cancellationToken) =>
        [.. (await indicators.GetIndicatorsAsync(fiscalYear, cancellationToken))
            .OrderBy(i => i.Code, StringComparer.Ordinal)
            .Select(i => new IndicatorDto(i.Code, i.NameTh, i.NameEn, i.Formula, i.Unit.ToString(), i.Decimals, i.Direction.ToString(), i.SourceModule, i.FromYear, i.ToYear))];

    public async Task<ApiPage<IndicatorValueDto>> IndicatorValuesAsync(int fiscalYear, string? indicator, DatasetFilter filter, ApiPaging paging, HttpRequest request, CancellationToken cancellationToken)
    {
        var laos = (await directory.GetAllLaosAsync(cancellationToken))
            .Where(x => filter.ProvinceId is not { } p || x.ProvinceId == p)
            .Where(x => filter.LaoType is not { } t || x.Type == t)
            .Where(x => filter.LaoId is not { } id || x.Id == id)
            .ToDictionary(x => x.Id);
        var provinces = await ProvincesAsync(cancellationToken);
        var values = (await indicators.GetValuesAsync(fiscalYear, indicator, [.. laos.Keys], cancellationToken))
            .Where(v => laos.ContainsKey(v.LaoId))
            .OrderBy(v => v.IndicatorCode, StringComparer.Ordinal).ThenBy(v => laos[v.LaoId].Code, StringComparer.Ordinal)
            .ToList();
        return paging.Envelope([.. values.Skip(paging.Skip).Take(paging.PageSize).Select(v =>
        {
            var lao = laos[v.LaoId];
            return new IndicatorValueDto(
                v.IndicatorCode, lao.Code, lao.NameTh, lao.NameEn, lao.Type.ToString(), ProvinceOf(provinces, lao.ProvinceId).Code, v.FiscalYear,
                v.Value, v.MissingInputs, v.NationalRank, v.ProvinceRank, v.PeerRank, v.PeerPercentile);
        })], values.Count, request);
    }

    /// <summary>The codes of a classification group that some published line uses (validation of the programme and group filters).</summary>
    public async Task<bool> IsKnownCodeAsync(ClassificationGroup kind, string code, CancellationToken cancellationToken) =>
        (await published.ClassificationsAsync(cancellationToken)).ContainsKey((kind, code));

    public async Task<LaoDto?> FindLaoAsync(string code, CancellationToken cancellationToken) =>
        await directory.FindByPublicCodeAsync(code, cancellationToken);

    private async Task<Dictionary<int, List<int>>> BudgetYearsAsync(IReadOnlyCollection<int> laoIds, CancellationToken cancellationToken) =>
        (await published.Budgets(DatasetFilter.None).Where(b => laoIds.Contains(b.LaoId)).Select(b => new { b.LaoId, b.FiscalYear }).ToListAsync(cancellationToken))
            .GroupBy(b => b.LaoId).ToDictionary(g => g.Key, g => g.Select(b => b.FiscalYear).Order().ToList());

    private async Task<Dictionary<int, LaoDto>> LaosAsync(IEnumerable<int> ids, CancellationToken cancellationToken) =>
        (await directory.GetLaosAsync([.. ids.Distinct()], cancellationToken)).ToDictionary(x => x.Id);

    private async Task<Dictionary<int, ProvinceDto>> ProvincesAsync(CancellationToken cancellationToken) =>
        (await directory.GetProvincesAsync(cancellationToken)).ToDictionary(p => p.Id);

    private static ProvinceDto ProvinceOf(Dictionary<int, ProvinceDto> provinces, int id) =>
        provinces.TryGetValue(id, out var p) ? p : new ProvinceDto(id, "", "", "");

    private static (string Th, string En) Name(IReadOnlyDictionary<(ClassificationGroup, string), PublishedClassification> names, ClassificationGroup kind, string code) =>
        names.TryGetValue((kind, code), out var c) ? (c.NameTh, c.NameEn) : ("", "");

    private static string Base(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    private static OrganisationDto Organisation(LaoDto lao, Dictionary<int, ProvinceDto> provinces, Dictionary<int, List<int>> years, HttpRequest request)
    {
        var province = ProvinceOf(provinces, lao.ProvinceId);
        var root = Base(request);
        return new OrganisationDto(
            lao.Code, lao.NameTh, lao.NameEn, lao.Type.ToString(), LaoTypes.DisplayName(lao.Type, thai: true), LaoTypes.DisplayName(lao.Type, thai: false),
            province.Code, province.NameTh, province.NameEn, lao.Population, lao.AreaSquareKm,
            years.TryGetValue(lao.Id, out var y) ? y : [],
            new OrganisationLinks($"{root}/api/v1/organisations/{lao.Code}", $"{root}/api/v1/budgets?lao={lao.Code}", $"{root}/open/lao/{lao.Code}"));
    }

    private static BudgetDto Budget(PublishedBudget b, LaoDto lao, Dictionary<int, ProvinceDto> provinces, HttpRequest request)
    {
        var root = Base(request);
        return new BudgetDto(
            lao.Code, lao.NameTh, lao.NameEn, b.LaoType.ToString(), ProvinceOf(provinces, b.ProvinceId).Code, b.FiscalYear, b.Status.ToString(), b.PromulgatedOn,
            b.RevenueTotal.Baht, b.ExpenditureTotal.Baht, b.PersonnelTotal.Baht, b.CapitalTotal.Baht, b.Population,
            b.Population > 0 ? Math.Round(b.ExpenditureTotal.Baht / b.Population, 2, MidpointRounding.AwayFromZero) : null,
            b.PublishedAt, b.Version,
            new BudgetLinks(
                $"{root}/api/v1/budgets/{lao.Code}/{b.FiscalYear}",
                $"{root}/api/v1/budget-lines?lao={lao.Code}&year={b.FiscalYear}",
                $"{root}/api/v1/revenue-estimates?lao={lao.Code}&year={b.FiscalYear}",
                $"{root}/open/lao/{lao.Code}?year={b.FiscalYear}"));
    }
}
