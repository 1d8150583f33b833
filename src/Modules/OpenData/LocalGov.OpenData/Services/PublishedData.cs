using LocalGov.Data;
using LocalGov.OpenData.Domain;
using LocalGov.OpenData.Resources;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.OpenData.Services;

/// <summary>A validated filter over the published datasets; null parts do not filter.</summary>
internal sealed record DatasetFilter(int? FiscalYear, int? ProvinceId, LaoType? LaoType, int? LaoId)
{
    public static DatasetFilter None { get; } = new(null, null, null, null);
}

/// <summary>A filter read from a request, with a localized message per bad parameter (the API's problem details, the downloads' 400).</summary>
internal sealed record DatasetFilterResult(DatasetFilter Filter, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Reads the common dataset filter of the API and the downloads from query-string text: <c>year</c> (B.E.),
/// <c>province</c> (official province code, e.g. 26), <c>type</c> (LAO type name such as
/// <c>SubdistrictAdministrativeOrganisation</c>, or its number 1–7) and <c>lao</c> (LAO code). Unknown codes are errors,
/// not empty results, so a typo is noticed.
/// </summary>
internal sealed class DatasetFilterReader(IOrganizationDirectory directory, IStringLocalizer<Strings> l)
{
    public async Task<DatasetFilterResult> ReadAsync(string? year, string? province, string? type, string? lao, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        int? fiscalYear = null;
        if (!string.IsNullOrWhiteSpace(year))
        {
            if (FiscalYear.TryParse(year, out var y))
            {
                fiscalYear = y.BuddhistYear;
            }
            else
            {
                errors["year"] = [l["Filter.BadYear", year]];
            }
        }

        int? provinceId = null;
        if (!string.IsNullOrWhiteSpace(province))
        {
            var code = province.Trim();
            var found = (await directory.GetProvincesAsync(cancellationToken)).FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.Ordinal));
            if (found is null)
            {
                errors["province"] = [l["Filter.BadProvince", province]];
            }
            else
            {
                provinceId = found.Id;
            }
        }

        LaoType? laoType = null;
        if (!string.IsNullOrWhiteSpace(type))
        {
            if (Enum.TryParse<LaoType>(type.Trim(), ignoreCase: true, out var t) && Enum.IsDefined(t))
            {
                laoType = t;
            }
            else
            {
                errors["type"] = [l["Filter.BadType", type]];
            }
        }

        int? laoId = null;
        if (!string.IsNullOrWhiteSpace(lao))
        {
            var code = lao.Trim();
            var found = await directory.FindByPublicCodeAsync(code, cancellationToken);
            if (found is null)
            {
                errors["lao"] = [l["Filter.BadLao", lao]];
            }
            else
            {
                laoId = found.Id;
            }
        }

        return new DatasetFilterResult(new DatasetFilter(fiscalYear, provinceId, laoType, laoId), errors);
    }
}

/// <summary>Looks an LAO up by the code in a public URL or query: digits only, at most 20 (anything else is unknown without a query).</summary>
internal static class PublicLaoCode
{
    public static async Task<LaoDto?> FindByPublicCodeAsync(this IOrganizationDirectory directory, string code, CancellationToken cancellationToken) =>
        code.Length is > 0 and <= 20 && code.All(char.IsAsciiDigit) ? await directory.FindLaoByCodeAsync(code, cancellationToken) : null;
}

/// <summary>
/// The published copies, filtered: the only place public pages, downloads and the API read budget, revenue and
/// project data from (never the owning modules' tables, never a draft).
/// </summary>
internal sealed class PublishedData(LocalGovDbContext db)
{
    public IQueryable<PublishedBudget> Budgets(DatasetFilter filter) => Filtered(db.Set<PublishedBudget>().AsNoTracking(), filter);

    public IQueryable<PublishedBudgetLine> BudgetLines(DatasetFilter filter) => Filtered(db.Set<PublishedBudgetLine>().AsNoTracking(), filter);

    public IQueryable<PublishedRevenueEstimate> RevenueEstimates(DatasetFilter filter) => Filtered(db.Set<PublishedRevenueEstimate>().AsNoTracking(), filter);

    public IQueryable<PublishedProject> Projects(DatasetFilter filter) => Filtered(db.Set<PublishedProject>().AsNoTracking(), filter);

    /// <summary>The public publications (not withdrawn) of an LAO, newest year first.</summary>
    public IQueryable<Publication> PublicationsOf(int laoId) =>
        db.Set<Publication>().AsNoTracking().Where(p => p.LaoId == laoId && p.WithdrawnAt == null);

    /// <summary>Names of every published classification code, by group and code.</summary>
    public async Task<IReadOnlyDictionary<(ClassificationGroup Kind, string Code), PublishedClassification>> ClassificationsAsync(CancellationToken cancellationToken) =>
        (await db.Set<PublishedClassification>().AsNoTracking().ToListAsync(cancellationToken)).ToDictionary(c => (c.Kind, c.Code));

    private static IQueryable<T> Filtered<T>(IQueryable<T> query, DatasetFilter filter)
        where T : class, IPublishedCopy
    {
        if (filter.FiscalYear is { } year)
        {
            query = query.Where(x => x.FiscalYear == year);
        }

        if (filter.ProvinceId is { } provinceId)
        {
            query = query.Where(x => x.ProvinceId == provinceId);
        }

        if (filter.LaoType is { } type)
        {
            query = query.Where(x => x.LaoType == type);
        }

        if (filter.LaoId is { } laoId)
        {
            query = query.Where(x => x.LaoId == laoId);
        }

        return query;
    }
}
