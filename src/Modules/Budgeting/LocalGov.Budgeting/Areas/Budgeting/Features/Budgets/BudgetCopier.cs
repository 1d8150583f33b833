using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;
using LocalGov.Organizations.Contracts;

namespace LocalGov.Budgeting.Areas.Budgeting.Features.Budgets;

/// <summary>Creates a new annual budget and copies last year's lines and estimates into it.</summary>
internal static class BudgetCopier
{
    /// <summary>A draft annual budget; province and LAO type come from the Organizations contract.</summary>
    public static Budget NewAnnual(LaoDto lao, int fiscalYear, DateTime nowUtc) => new()
    {
        LaoId = lao.Id,
        ProvinceId = lao.ProvinceId,
        LaoType = (int)lao.Type,
        FiscalYear = fiscalYear,
        Kind = BudgetKind.Annual,
        Sequence = 0,
        Status = BudgetStatus.Draft,
        Title = BudgetPreparationRules.OrdinanceTitle(LaoTypes.IsMunicipality(lao.Type), fiscalYear),
        CreatedUtc = nowUtc,
    };

    /// <summary>
    /// Copies lines and estimates with last year's amounts (as amended: current amounts). The comparison columns
    /// shift by a year: last year's estimate becomes "estimate last year", last year's "actual last year" becomes
    /// "actual two years ago"; this year's "actual last year" is left for the finance officer (the year is not closed).
    /// </summary>
    public static void CopyContent(Budget previous, Budget target)
    {
        foreach (var line in previous.Lines.OrderBy(x => x.LineNo))
        {
            target.Lines.Add(new BudgetLine
            {
                LineNo = line.LineNo,
                ProgrammeId = line.ProgrammeId,
                WorkUnitId = line.WorkUnitId,
                GroupId = line.GroupId,
                CategoryId = line.CategoryId,
                ItemName = line.ItemName,
                IsProject = line.IsProject,
                PlanProjectCode = line.PlanProjectCode,
                OriginalAmount = line.CurrentAmount,
                CurrentAmount = line.CurrentAmount,
                Explanation = line.Explanation,
                ActualTwoYearsAgo = line.ActualLastYear,
                EstimateLastYear = line.CurrentAmount,
            });
        }

        foreach (var estimate in previous.Revenues.OrderBy(x => x.LineNo))
        {
            target.Revenues.Add(new RevenueEstimate
            {
                LineNo = estimate.LineNo,
                CategoryId = estimate.CategoryId,
                ItemName = estimate.ItemName,
                Amount = estimate.Amount,
                Explanation = estimate.Explanation,
                ActualTwoYearsAgo = estimate.ActualLastYear,
                EstimateLastYear = estimate.Amount,
            });
        }
    }
}
