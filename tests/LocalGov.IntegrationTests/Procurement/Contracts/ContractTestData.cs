using LocalGov.Budgeting.Contracts;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Procurement;
using LocalGov.Procurement.Contracts;
using LocalGov.Procurement.Domain;
using LocalGov.Procurement.Services.Contracts;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.Procurement.Contracts;

/// <summary>
/// Awarded cases for the contract tests, written straight to the database the way the award step leaves them: the
/// award amount reserved on an FY 2569 line of the demo LAO (IBudgetControl.ReserveAsync in the same transaction),
/// items, an inspection committee and the awarded vendor. Each case gets a number of its own.
/// </summary>
internal static class ContractTestData
{
    public const string VendorTaxId = "0105558123451";
    private static int _next;

    public static DateOnly AwardedOn { get; } = new(2026, 1, 10);

    public static Task<int> DemoLaoIdAsync(LocalGovFactory factory) => factory.WithDbAsync(async db =>
        (await db.Users.SingleAsync(u => u.UserName == "procurement")).LaoId!.Value);

    public static string Unique(string prefix) => $"{prefix}-{Interlocked.Increment(ref _next)}-{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>An awarded case of <paramref name="baht"/> with <paramref name="inspectors"/> inspection committee members.</summary>
    public static async Task<ProcurementCase> AwardedCaseAsync(
        LocalGovFactory factory, decimal baht, ProcurementCategory category = ProcurementCategory.Goods, int inspectors = 3, int? laoId = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalGov.Data.LocalGovDbContext>();
        var control = scope.ServiceProvider.GetRequiredService<IBudgetControl>();
        var directory = scope.ServiceProvider.GetRequiredService<IBudgetLineDirectory>();
        var lao = laoId ?? await DemoLaoIdAsync(factory);
        var amount = Money.FromBaht(baht);
        var caseNo = Unique("T");
        await using var tx = await db.Database.BeginTransactionAsync();
        var balances = await directory.GetBalancesAsync(lao, 2569);
        int lineId;
        if (balances.Count > 0)
        {
            lineId = balances.OrderByDescending(b => b.Available.Satang).First().BudgetLineId;
            var reserved = await control.ReserveAsync(new BudgetControlRequest(lao, lineId, amount, ProcurementModule.SourceModule, caseNo));
            Assert.True(reserved.Succeeded, reserved.Error.ToString());
        }
        else
        {
            // Another LAO without a budget in force (scope tests only): the case holds no reservation.
            lineId = 0;
        }

        var vendor = await db.Set<Vendor>().FirstOrDefaultAsync(v => v.LaoId == lao && v.TaxId == VendorTaxId);
        if (vendor is null)
        {
            vendor = new Vendor { LaoId = lao, TaxId = VendorTaxId, Kind = VendorKind.Company, Name = "บริษัท ทดสอบพัสดุ จำกัด", CreatedBy = "test", CreatedUtc = DateTime.UtcNow };
            db.Set<Vendor>().Add(vendor);
            await db.SaveChangesAsync();
        }

        var pcase = new ProcurementCase
        {
            LaoId = lao,
            FiscalYear = 2569,
            CaseNo = caseNo,
            Title = "ทดสอบสัญญา " + caseNo,
            Category = category,
            Justification = "ทดสอบ",
            BudgetLineId = lineId,
            RequisitionAmount = amount,
            Reserved = lineId == 0 ? Money.Zero : amount,
            RequestedOn = new DateOnly(2025, 12, 1),
            RequestedBy = "procurement",
            Status = ProcurementCaseStatus.Awarded,
            Method = ProcurementMethod.Specific,
            AwardedVendorId = vendor.Id,
            AwardAmount = amount,
            AwardedOn = AwardedOn,
            CreatedUtc = DateTime.UtcNow,
            UpdatedUtc = DateTime.UtcNow,
        };
        pcase.Items.Add(new CaseItem { LineNo = 1, Description = "เครื่องคอมพิวเตอร์", Quantity = 1, Unit = "ชุด", UnitPrice = amount, Total = amount, IsDurable = true, UsefulLifeYears = 5, AssetCategory = "คอมพิวเตอร์" });
        for (var i = 1; i <= inspectors; i++)
        {
            pcase.CommitteeMembers.Add(new CommitteeMember { Committee = CommitteeKind.Inspection, Name = $"กรรมการ {i}", Role = i == 1 ? CommitteeRole.Chair : CommitteeRole.Member, SortOrder = i });
        }

        db.Set<ProcurementCase>().Add(pcase);
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        return pcase;
    }

    /// <summary>A contract of the whole award in the given instalments (baht, due date), signed on 15 Jan 2026.</summary>
    public static async Task<PurchaseContract> ContractAsync(LocalGovFactory factory, ProcurementCase pcase, int basisPointsPerDay, params (decimal Baht, DateOnly DueOn)[] instalments)
    {
        var result = await WorkflowAsync(factory, w => w.CreateAsync(pcase.Id, Input(pcase, basisPointsPerDay, instalments), "procurement", default));
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Key)));
        return await ContractOfAsync(factory, pcase.Id);
    }

    public static ContractInput Input(ProcurementCase pcase, int basisPointsPerDay, params (decimal Baht, DateOnly DueOn)[] instalments) =>
        new(AgreementKind.Contract, Unique("สญ"), new DateOnly(2026, 1, 15), new DateOnly(2026, 1, 15), Money.Sum(instalments.Select(i => Money.FromBaht(i.Baht))),
            GuaranteeKind.BankGuarantee, LatePenalty.SuggestedGuarantee(pcase.AwardAmount!.Value), "BG-1", basisPointsPerDay,
            ContractWorkflow.DefaultPenaltyBase(pcase.Category), ContractWorkflow.DefaultMinimumPerDay(pcase.Category),
            [.. instalments.Select((i, n) => new InstalmentInput($"งวดที่ {n + 1}", Money.FromBaht(i.Baht), i.DueOn))]);

    public static Task<PurchaseContract> ContractOfAsync(LocalGovFactory factory, int caseId) => factory.WithDbAsync(db =>
        db.Set<PurchaseContract>().AsNoTracking().Include(k => k.Instalments.OrderBy(i => i.No)).SingleAsync(k => k.CaseId == caseId));

    public static Task<ProcurementCase> CaseAsync(LocalGovFactory factory, int caseId) => factory.WithDbAsync(db =>
        db.Set<ProcurementCase>().AsNoTracking().Include(c => c.Events).SingleAsync(c => c.Id == caseId));

    public static async Task<T> WorkflowAsync<T>(LocalGovFactory factory, Func<ContractWorkflow, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ContractWorkflow>());
    }

    public static Task<BudgetLineBalance?> BalanceAsync(LocalGovFactory factory, int lineId) => WithServiceAsync<IBudgetControl, BudgetLineBalance?>(factory, c => c.GetBalanceAsync(lineId));

    private static async Task<TResult> WithServiceAsync<TService, TResult>(LocalGovFactory factory, Func<TService, Task<TResult>> work)
        where TService : notnull
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
