using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.IntegrationTests.Budgeting;

/// <summary>
/// Budgets for the control tests, written straight to the database the way the approval step leaves them: each line
/// with an Allocation ledger entry and a balance row (allocated = current amount). Every budget gets a fiscal year
/// of its own so tests sharing a database never clash.
/// </summary>
internal static class ControlTestData
{
    private static int _nextYear = 2570;

    public static int NewFiscalYear() => Interlocked.Increment(ref _nextYear);

    public static Task<int> FinanceLaoIdAsync(LocalGovFactory factory) => factory.WithDbAsync(async db =>
        (await db.Users.SingleAsync(u => u.UserName == "finance")).LaoId!.Value);

    public static Task<int> OtherLaoIdAsync(LocalGovFactory factory, int own) => factory.WithDbAsync(db =>
        db.Database.SqlQuery<int>($"SELECT Id AS Value FROM org_Lao WHERE Id <> {own} ORDER BY Id LIMIT 1").SingleAsync());

    /// <summary>Creates a budget with lines (category code, baht, item) and returns its id and line ids in order.</summary>
    public static Task<(int BudgetId, int[] LineIds)> CreateBudgetAsync(
        LocalGovFactory factory,
        int laoId,
        int fiscalYear,
        BudgetStatus status,
        params (string CategoryCode, decimal Baht, string Item)[] lines) => factory.WithDbAsync(async db =>
    {
        var classes = await db.Set<Classification>().AsNoTracking().ToListAsync();
        int Id(ClassificationKind kind, string code) => classes.Single(c => c.Kind == kind && c.Code == code).Id;
        var budget = new Budget
        {
            LaoId = laoId,
            ProvinceId = 26,
            LaoType = 3,
            FiscalYear = fiscalYear,
            Kind = BudgetKind.Annual,
            Status = status,
            CreatedUtc = DateTime.UtcNow,
            ApprovedOn = status == BudgetStatus.Approved ? new DateOnly(2026, 9, 1) : null,
        };
        var no = 1;
        foreach (var (code, baht, item) in lines)
        {
            var category = classes.Single(c => c.Kind == ClassificationKind.ExpenditureCategory && c.Code == code);
            budget.Lines.Add(new BudgetLine
            {
                LineNo = no++,
                ProgrammeId = Id(ClassificationKind.Programme, "00110"),
                WorkUnitId = Id(ClassificationKind.WorkUnit, "00111"),
                GroupId = category.ParentId!.Value,
                CategoryId = category.Id,
                ItemName = item,
                OriginalAmount = Money.FromBaht(baht),
                CurrentAmount = Money.FromBaht(baht),
                Explanation = "คำชี้แจงเดิม " + item,
            });
        }

        db.Set<Budget>().Add(budget);
        await db.SaveChangesAsync();
        if (status is BudgetStatus.Approved or BudgetStatus.Promulgated)
        {
            foreach (var line in budget.Lines)
            {
                db.Set<BudgetLedgerEntry>().Add(new BudgetLedgerEntry
                {
                    BudgetLineId = line.Id,
                    LaoId = laoId,
                    FiscalYear = fiscalYear,
                    Kind = LedgerEntryKind.Allocation,
                    Amount = line.CurrentAmount,
                    SourceModule = "Budgeting",
                    SourceReference = "test",
                    OccurredUtc = DateTime.UtcNow,
                });
                db.Set<BudgetLineBalanceRow>().Add(new BudgetLineBalanceRow
                {
                    BudgetLineId = line.Id,
                    LaoId = laoId,
                    FiscalYear = fiscalYear,
                    Allocated = line.CurrentAmount,
                });
            }

            await db.SaveChangesAsync();
        }

        return (budget.Id, budget.Lines.OrderBy(l => l.LineNo).Select(l => l.Id).ToArray());
    });

    public static Task<BudgetLineBalanceRow> BalanceAsync(LocalGovFactory factory, int lineId) =>
        factory.WithDbAsync(db => db.Set<BudgetLineBalanceRow>().AsNoTracking().SingleAsync(b => b.BudgetLineId == lineId));

    public static Task<List<BudgetLedgerEntry>> LedgerAsync(LocalGovFactory factory, int lineId) =>
        factory.WithDbAsync(db => db.Set<BudgetLedgerEntry>().AsNoTracking().Where(e => e.BudgetLineId == lineId).OrderBy(e => e.Id).ToListAsync());
}
