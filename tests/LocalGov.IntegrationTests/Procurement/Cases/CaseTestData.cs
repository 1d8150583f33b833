using LocalGov.Budgeting.Contracts;
using LocalGov.IntegrationTests.Budgeting;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Procurement.Contracts;
using LocalGov.Procurement.Domain;
using LocalGov.Procurement.Services.Cases;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.Procurement.Cases;

/// <summary>Budget lines (a fiscal year of their own per test), vendors and cases for the case tests.</summary>
internal static class CaseTestData
{
    private static int _taxSeed = 100_000;

    public static Task<int> LaoIdAsync(LocalGovFactory factory) => factory.WithDbAsync(async db =>
        (await db.Users.SingleAsync(u => u.UserName == "procurement")).LaoId!.Value);

    public static async Task<(int FiscalYear, int LineId)> LineAsync(LocalGovFactory factory, int laoId, decimal baht)
    {
        var year = ControlTestData.NewFiscalYear();
        var (_, lines) = await ControlTestData.CreateBudgetAsync(factory, laoId, year, BudgetStatus.Approved, ("532000", baht, "ค่าจ้างเหมา"));
        return (year, lines[0]);
    }

    public static DateOnly Day(int fiscalYear, int days) => new FiscalYear(fiscalYear).Start.AddDays(days);

    public static RequisitionInput Requisition(int lineId, int fiscalYear, decimal quantity, decimal unitPrice, bool inCatalogue = false) =>
        new("จ้างซ่อมแซมถนน " + Guid.NewGuid().ToString("N")[..6], ProcurementCategory.Works, "ถนนชำรุด", null, lineId, inCatalogue, Day(fiscalYear, 5),
            [new ItemInput("ซ่อมผิวจราจร", quantity, "ตร.ม.", Money.FromBaht(unitPrice), false, null, null)]);

    public static async Task<T> WorkflowAsync<T>(LocalGovFactory factory, Func<CaseWorkflow, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<CaseWorkflow>());
    }

    public static Task<ProcurementCase> CaseAsync(LocalGovFactory factory, int id) => factory.WithDbAsync(db =>
        db.Set<ProcurementCase>().AsNoTracking().Include(c => c.Items).Include(c => c.Bids).Include(c => c.Events).Include(c => c.CommitteeMembers).AsSplitQuery().SingleAsync(c => c.Id == id));

    public static Task<Money> CommittedAsync(LocalGovFactory factory, int lineId) => factory.WithDbAsync(async db =>
        (await db.Set<LocalGov.Budgeting.Domain.BudgetLineBalanceRow>().AsNoTracking().SingleAsync(b => b.BudgetLineId == lineId)).Committed);

    /// <summary>A vendor of the LAO, optionally blacklisted from <paramref name="blacklistedFrom"/>.</summary>
    public static Task<int> VendorAsync(LocalGovFactory factory, int laoId, DateOnly? blacklistedFrom = null, string reason = "ทิ้งงานโครงการก่อสร้าง") => factory.WithDbAsync(async db =>
    {
        var seed = Interlocked.Increment(ref _taxSeed);
        var vendor = new Vendor { LaoId = laoId, TaxId = "09" + seed.ToString("00000000000", System.Globalization.CultureInfo.InvariantCulture), Kind = VendorKind.Company, Name = "บริษัท ทดสอบ " + seed, CreatedBy = "test", CreatedUtc = DateTime.UtcNow };
        if (blacklistedFrom is { } from)
        {
            vendor.Blacklistings.Add(new VendorBlacklisting { FromDate = from, Reason = reason, RecordedBy = "test", RecordedUtc = DateTime.UtcNow });
        }

        db.Set<Vendor>().Add(vendor);
        await db.SaveChangesAsync();
        return vendor.Id;
    });

    public static async Task<ProcurementCase> RequisitionedAsync(LocalGovFactory factory, int laoId, RequisitionInput input)
    {
        var created = await WorkflowAsync(factory, w => w.CreateAsync(laoId, input, "procurement", default));
        Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Key)));
        return created.Case!;
    }

    /// <summary>Requisitioned → prepared (Specific, with committees) → approved → announced on day 20.</summary>
    public static async Task<ProcurementCase> AnnouncedAsync(LocalGovFactory factory, int laoId, int fiscalYear, RequisitionInput input, Money referencePrice)
    {
        var c = await RequisitionedAsync(factory, laoId, input);
        var prepared = await WorkflowAsync(factory, w => w.PrepareAsync(c.Id, c.ConcurrencyStamp, Preparation(referencePrice, fiscalYear, ProcurementMethod.Specific, "จำเป็นเร่งด่วน"), "procurement", default));
        Assert.True(prepared.Succeeded, string.Join(", ", prepared.Errors.Select(e => e.Key)));
        var approved = await WorkflowAsync(factory, w => w.ApproveAsync(c.Id, prepared.Case!.ConcurrencyStamp, Day(fiscalYear, 12), "executive", default));
        Assert.True(approved.Succeeded, string.Join(", ", approved.Errors.Select(e => e.Key)));
        var announced = await WorkflowAsync(factory, w => w.AnnounceAsync(c.Id, approved.Case!.ConcurrencyStamp, new AnnouncementInput("ปร 1/" + fiscalYear, Day(fiscalYear, 20), Day(fiscalYear, 25)), "procurement", default));
        Assert.True(announced.Succeeded, string.Join(", ", announced.Errors.Select(e => e.Key)));
        return announced.Case!;
    }

    public static PreparationInput Preparation(Money referencePrice, int fiscalYear, ProcurementMethod method, string? reason) => new(
        referencePrice, "ราคาตลาด", Day(fiscalYear, 10), method, reason,
        [
            new(CommitteeKind.ReferencePrice, "นายก", "ผอ.กองช่าง", CommitteeRole.Chair),
            new(CommitteeKind.Inspection, "นายข", "นายช่าง", CommitteeRole.Chair),
            new(CommitteeKind.Inspection, "นายค", "นายช่าง", CommitteeRole.Member),
            new(CommitteeKind.Inspection, "นายง", "นายช่าง", CommitteeRole.Secretary),
        ]);
}
