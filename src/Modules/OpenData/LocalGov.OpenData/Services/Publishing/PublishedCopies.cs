using LocalGov.Budgeting.Contracts;
using LocalGov.OpenData.Domain;
using LocalGov.Organizations.Contracts;
using LocalGov.Planning.Contracts;

namespace LocalGov.OpenData.Services.Publishing;

/// <summary>
/// How a published copy row is made from what the owning modules' contracts return: one mapping shared by the
/// per-LAO <see cref="Publisher"/> and the bulk national publication, so that both write the same copies.
/// </summary>
internal static class PublishedCopies
{
    public static PublishedBudget Budget(LaoDto lao, LaoBudgetSummary summary, int publicationId, DateTimeOffset publishedAt, int version) => new()
    {
        PublicationId = publicationId,
        LaoId = lao.Id,
        FiscalYear = summary.FiscalYear,
        ProvinceId = lao.ProvinceId,
        LaoType = lao.Type,
        Population = lao.Population,
        Status = summary.Status,
        PromulgatedOn = summary.PromulgatedOn,
        RevenueTotal = summary.RevenueTotal,
        ExpenditureTotal = summary.ExpenditureTotal,
        PersonnelTotal = summary.PersonnelTotal,
        CapitalTotal = summary.CapitalTotal,
        PublishedAt = publishedAt,
        Version = version,
    };

    /// <summary>The lines numbered 1, 2, … in the order given (ordinance order).</summary>
    public static IEnumerable<PublishedBudgetLine> Lines(LaoDto lao, int fiscalYear, IEnumerable<BudgetLineInfo> lines) =>
        lines.Select((line, i) => new PublishedBudgetLine
        {
            LaoId = lao.Id,
            FiscalYear = fiscalYear,
            ProvinceId = lao.ProvinceId,
            LaoType = lao.Type,
            LineNo = i + 1,
            ProgrammeCode = line.Programme.Code,
            WorkUnitCode = line.WorkUnit.Code,
            GroupCode = line.Group.Code,
            CategoryCode = line.Category.Code,
            ItemName = line.ItemName,
            IsProject = line.IsProject,
            PlanProjectCode = line.PlanProjectCode,
            OriginalAmount = line.OriginalAmount,
            CurrentAmount = line.CurrentAmount,
        });

    /// <summary>The estimates numbered 1, 2, … in the order given.</summary>
    public static IEnumerable<PublishedRevenueEstimate> Estimates(LaoDto lao, int fiscalYear, IEnumerable<RevenueEstimateInfo> estimates) =>
        estimates.Select((estimate, i) => new PublishedRevenueEstimate
        {
            LaoId = lao.Id,
            FiscalYear = fiscalYear,
            ProvinceId = lao.ProvinceId,
            LaoType = lao.Type,
            LineNo = i + 1,
            CategoryCode = estimate.Category.Code,
            Source = estimate.Source,
            ItemName = estimate.ItemName,
            Amount = estimate.Amount,
        });

    public static PublishedProject Project(LaoDto lao, int fiscalYear, ActionPlanProjectInfo p) => new()
    {
        LaoId = lao.Id,
        FiscalYear = fiscalYear,
        ProvinceId = lao.ProvinceId,
        LaoType = lao.Type,
        Code = p.Code,
        Name = p.Name,
        StrategyNo = p.StrategyNo,
        StrategyName = p.StrategyName,
        StartMonth = p.StartMonth,
        EndMonth = p.EndMonth,
        Status = p.Status,
        PercentComplete = p.PercentComplete,
        Planned = p.Planned,
        Budgeted = p.Budgeted,
        Disbursed = p.Disbursed,
        LastUpdatedOn = p.LastUpdatedOn,
    };

    /// <summary>The classification entries the lines and estimates use, once each (codes that are empty are skipped).</summary>
    public static IEnumerable<PublishedClassification> Classifications(IEnumerable<BudgetLineInfo> lines, IEnumerable<RevenueEstimateInfo> estimates) =>
        lines.SelectMany(l => new[]
            {
                (ClassificationGroup.Programme, l.Programme), (ClassificationGroup.WorkUnit, l.WorkUnit),
                (ClassificationGroup.Group, l.Group), (ClassificationGroup.Category, l.Category),
            })
            .Concat(estimates.Select(e => (ClassificationGroup.RevenueCategory, e.Category)))
            .Where(x => x.Item2.Code.Length > 0)
            .DistinctBy(x => (x.Item1, x.Item2.Code))
            .Select(x => new PublishedClassification { Kind = x.Item1, Code = x.Item2.Code, NameTh = x.Item2.NameTh, NameEn = x.Item2.NameEn });
}
