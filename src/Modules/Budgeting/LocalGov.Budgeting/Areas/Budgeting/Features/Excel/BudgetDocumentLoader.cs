using LocalGov.Budgeting.Domain;
using LocalGov.Budgeting.Services;
using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Budgeting.Areas.Budgeting.Features.Excel;

/// <summary>A budget with its lines, estimates, the LAO and the classification, for documents (workbook, ordinance).</summary>
internal sealed record BudgetDocument(Budget Budget, LaoDto? Lao, IReadOnlyDictionary<int, Classification> Classifications)
{
    public string LaoName => Lao?.NameTh ?? Budget.LaoId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string LaoCode => Lao?.Code ?? Budget.LaoId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public Classification? Find(int id) => Classifications.GetValueOrDefault(id);
}

/// <summary>Loads a budget for a document, through <see cref="BudgetAccess"/>: null when the user may not read it.</summary>
internal sealed class BudgetDocumentLoader(LocalGovDbContext db, BudgetAccess access, IOrganizationDirectory directory)
{
    public async Task<BudgetDocument?> LoadAsync(int budgetId, CancellationToken cancellationToken)
    {
        if (await access.FindReadableAsync(budgetId, cancellationToken) is null)
        {
            return null;
        }

        var budget = await db.Set<Budget>().AsNoTracking()
            .Include(b => b.Lines).Include(b => b.Revenues)
            .AsSplitQuery()
            .SingleAsync(b => b.Id == budgetId, cancellationToken);
        var classifications = await db.Set<Classification>().AsNoTracking().ToDictionaryAsync(c => c.Id, cancellationToken);
        var lao = await directory.FindLaoAsync(budget.LaoId, cancellationToken);
        return new BudgetDocument(budget, lao, classifications);
    }
}
