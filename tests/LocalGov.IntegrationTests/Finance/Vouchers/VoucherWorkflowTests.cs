using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;
using LocalGov.Data;
using LocalGov.Finance.Contracts;
using LocalGov.Finance.Domain;
using LocalGov.Finance.Services;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.Finance.Vouchers;

/// <summary>The voucher workflow and IPaymentRequests on the app's SQLite file, each call in its own scope and transaction.</summary>
public sealed class VoucherWorkflowTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private PaymentInput Transfer(int bankId, int year) => new(VoucherPaymentMethod.Transfer, bankId, VoucherTestData.Day(year, 20), null, null, "REF-1");

    [Fact]
    public async Task Voucher_cannot_be_paid_twice()
    {
        var lao = await VoucherTestData.LaoIdAsync(factory);
        var (year, line) = await VoucherTestData.LineAsync(factory, lao, 50_000m);
        var bank = await VoucherTestData.BankAccountAsync(factory, lao);
        var approved = await VoucherTestData.ApprovedAsync(factory, lao, year, VoucherTestData.Input(line, year, 12_000m));

        var first = await VoucherTestData.WorkflowAsync(factory, w => w.PayAsync(approved.Id, approved.ConcurrencyStamp, Transfer(bank.Id, year), "finance", default));
        var withOldStamp = await VoucherTestData.WorkflowAsync(factory, w => w.PayAsync(approved.Id, approved.ConcurrencyStamp, Transfer(bank.Id, year), "finance", default));
        var withNewStamp = await VoucherTestData.WorkflowAsync(factory, w => w.PayAsync(approved.Id, first.Voucher!.ConcurrencyStamp, Transfer(bank.Id, year), "finance", default));

        Assert.True(first.Succeeded);
        Assert.False(withOldStamp.Succeeded);
        Assert.Equal("Voucher.Error.AlreadyPaid", Assert.Single(withNewStamp.Errors).Key);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<JournalEntry>().CountAsync(e => e.LaoId == lao && e.SourceReference == $"PV:{approved.Id}")));
        Assert.Equal(Money.FromBaht(12_000m), (await VoucherTestData.BalanceAsync(factory, line)).Disbursed);
    }

    [Fact]
    public async Task Two_payments_of_one_voucher_racing_post_once()
    {
        var lao = await VoucherTestData.LaoIdAsync(factory);
        var (year, line) = await VoucherTestData.LineAsync(factory, lao, 50_000m);
        var bank = await VoucherTestData.BankAccountAsync(factory, lao);
        var approved = await VoucherTestData.ApprovedAsync(factory, lao, year, VoucherTestData.Input(line, year, 5_000m));

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            try
            {
                return await VoucherTestData.WorkflowAsync(factory, w => w.PayAsync(approved.Id, approved.ConcurrencyStamp, Transfer(bank.Id, year), "finance", default));
            }
            catch (Microsoft.Data.Sqlite.SqliteException)
            {
                return VoucherResult.Fail(new VoucherError("", "busy"));
            }
        })));

        Assert.Equal(1, results.Count(r => r.Succeeded));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<JournalEntry>().CountAsync(e => e.LaoId == lao && e.SourceReference == $"PV:{approved.Id}")));
        Assert.Equal(Money.FromBaht(5_000m), (await VoucherTestData.BalanceAsync(factory, line)).Disbursed);
    }

    [Fact]
    public async Task Concurrent_submissions_against_one_line_cannot_overspend_it()
    {
        // Five drafts of 30,000 on a line of 100,000, submitted at once from five scopes: exactly three fit.
        var lao = await VoucherTestData.LaoIdAsync(factory);
        var (year, line) = await VoucherTestData.LineAsync(factory, lao, 100_000m);
        var drafts = new List<Voucher>();
        for (var i = 0; i < 5; i++)
        {
            drafts.Add((await VoucherTestData.CreateAsync(factory, lao, year, VoucherTestData.Input(line, year, 30_000m))).Voucher!);
        }

        var results = await Task.WhenAll(drafts.Select(d => Task.Run(async () =>
        {
            try
            {
                return await VoucherTestData.WorkflowAsync(factory, w => w.SubmitAsync(d.Id, d.ConcurrencyStamp, "finance", default));
            }
            catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or DbUpdateException)
            {
                return VoucherResult.Fail(new VoucherError("", "busy"));
            }
        })));

        Assert.Equal(3, results.Count(r => r.Succeeded));
        Assert.All(results.Where(r => !r.Succeeded && r.Errors[0].Key != "busy"), r => Assert.Equal("Voucher.Error.InsufficientBalance", r.Errors[0].Key));
        var balance = await VoucherTestData.BalanceAsync(factory, line);
        Assert.Equal(Money.FromBaht(90_000m), balance.Committed);
        Assert.True(balance.Allocated - balance.Committed - balance.Disbursed >= Money.Zero);
        Assert.Equal(3, await factory.WithDbAsync(db => db.Set<Voucher>().CountAsync(v => v.BudgetLineId == line && v.Status == VoucherStatus.Submitted)));
    }

    [Fact]
    public async Task Cancelled_voucher_gives_the_reservation_back()
    {
        var lao = await VoucherTestData.LaoIdAsync(factory);
        var (year, line) = await VoucherTestData.LineAsync(factory, lao, 50_000m);
        var approved = await VoucherTestData.ApprovedAsync(factory, lao, year, VoucherTestData.Input(line, year, 25_000m));
        Assert.Equal(Money.FromBaht(25_000m), (await VoucherTestData.BalanceAsync(factory, line)).Committed);

        var cancelled = await VoucherTestData.WorkflowAsync(factory, w => w.CancelAsync(approved.Id, approved.ConcurrencyStamp, "ผู้รับจ้างทิ้งงาน", "finance", default));

        Assert.True(cancelled.Succeeded);
        Assert.Equal(Money.Zero, (await VoucherTestData.BalanceAsync(factory, line)).Committed);
        Assert.Single(await VoucherTestData.ControlLedgerAsync(factory, line), e => e.Kind == LedgerEntryKind.CommitmentRelease && e.Amount == Money.FromBaht(25_000m));
        var again = await VoucherTestData.WorkflowAsync(factory, w => w.SubmitAsync(approved.Id, cancelled.Voucher!.ConcurrencyStamp, "finance", default));
        Assert.False(again.Succeeded);
    }

    [Fact]
    public async Task Payment_below_the_threshold_withholds_nothing_and_has_no_certificate()
    {
        var lao = await VoucherTestData.LaoIdAsync(factory);
        var (year, line) = await VoucherTestData.LineAsync(factory, lao, 50_000m);
        var bank = await VoucherTestData.BankAccountAsync(factory, lao);
        var approved = await VoucherTestData.ApprovedAsync(factory, lao, year, VoucherTestData.Input(line, year, 9_999.99m, "SERVICE"));

        var paid = await VoucherTestData.WorkflowAsync(factory, w => w.PayAsync(approved.Id, approved.ConcurrencyStamp, Transfer(bank.Id, year), "finance", default));

        Assert.True(paid.Succeeded);
        var voucher = await VoucherTestData.VoucherAsync(factory, approved.Id);
        Assert.Equal(Money.Zero, voucher.Withheld);
        Assert.Equal(voucher.Gross, voucher.Net);
        Assert.Null(voucher.CertificateNo);
        Assert.Equal(2, await factory.WithDbAsync(db => db.Set<JournalLine>().CountAsync(l => l.EntryId == voucher.JournalEntryId)));
    }

    [Fact]
    public async Task Payment_dated_outside_the_budget_year_or_from_another_LAOs_bank_account_is_refused_with_nothing_written()
    {
        var lao = await VoucherTestData.LaoIdAsync(factory);
        var (year, line) = await VoucherTestData.LineAsync(factory, lao, 50_000m);
        var approved = await VoucherTestData.ApprovedAsync(factory, lao, year, VoucherTestData.Input(line, year, 1_000m));
        var other = await factory.WithDbAsync(db => db.Database.SqlQuery<int>($"SELECT Id AS Value FROM org_Lao WHERE Id <> {lao} ORDER BY Id LIMIT 1").SingleAsync());
        var foreignBank = await VoucherTestData.BankAccountAsync(factory, other);
        var bank = await VoucherTestData.BankAccountAsync(factory, lao);

        var lateDate = await VoucherTestData.WorkflowAsync(factory, w => w.PayAsync(approved.Id, approved.ConcurrencyStamp,
            new PaymentInput(VoucherPaymentMethod.Transfer, bank.Id, VoucherTestData.Day(year, 400), null, null, "X"), "finance", default));
        var foreign = await VoucherTestData.WorkflowAsync(factory, w => w.PayAsync(approved.Id, approved.ConcurrencyStamp, Transfer(foreignBank.Id, year), "finance", default));

        Assert.Contains(lateDate.Errors, e => e.Field == "PaidOn");
        Assert.Contains(foreign.Errors, e => e.Field == "BankAccountId");
        var voucher = await VoucherTestData.VoucherAsync(factory, approved.Id);
        Assert.Equal(VoucherStatus.Approved, voucher.Status);
        Assert.Null(voucher.JournalEntryId);
        Assert.Equal(Money.FromBaht(1_000m), (await VoucherTestData.BalanceAsync(factory, line)).Committed);
        Assert.Equal(Money.Zero, (await VoucherTestData.BalanceAsync(factory, line)).Disbursed);
    }

    private async Task<T> InCallerTransactionAsync<T>(Func<IPaymentRequests, LocalGovDbContext, IServiceProvider, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        await using var tx = await db.Database.BeginTransactionAsync();
        var result = await work(scope.ServiceProvider.GetRequiredService<IPaymentRequests>(), db, scope.ServiceProvider);
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        return result;
    }

    [Fact]
    public async Task Payment_requests_create_one_submitted_voucher_per_reference()
    {
        var lao = await VoucherTestData.LaoIdAsync(factory);
        var (_, line) = await VoucherTestData.LineAsync(factory, lao, 50_000m);
        var request = new PaymentRequest(lao, line, Money.FromBaht(20_000m), "บริษัท ผู้ขาย จำกัด", "0105558123451", "งวดที่ 1", "Procurement", "C-1/2569:1", FromCommitment: false);

        var first = await InCallerTransactionAsync((p, _, _) => p.RequestAsync(request));
        var second = await InCallerTransactionAsync((p, _, _) => p.RequestAsync(request));

        Assert.True(first.Succeeded);
        Assert.False(string.IsNullOrEmpty(first.VoucherNumber));
        Assert.Equal(PaymentRequestError.DuplicateRequest, second.Error);
        var status = await InCallerTransactionAsync((p, _, _) => p.FindAsync(lao, "Procurement", "C-1/2569:1"));
        Assert.Equal(nameof(VoucherStatus.Submitted), status!.Status);
        Assert.Equal(first.VoucherId, status.VoucherId);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<Voucher>().CountAsync(v => v.SourceReference == "C-1/2569:1" && v.LaoId == lao)));
        Assert.Equal(Money.FromBaht(20_000m), (await VoucherTestData.BalanceAsync(factory, line)).Committed);

        var tooMuch = await InCallerTransactionAsync((p, _, _) => p.RequestAsync(request with { SourceReference = "C-1/2569:2", Amount = Money.FromBaht(30_000.01m) }));
        Assert.Equal(PaymentRequestError.InsufficientBalance, tooMuch.Error);
        var badPayee = await InCallerTransactionAsync((p, _, _) => p.RequestAsync(request with { SourceReference = "C-1/2569:3", PayeeTaxId = "123" }));
        Assert.Equal(PaymentRequestError.InvalidPayee, badPayee.Error);
    }

    [Fact]
    public async Task Payment_request_from_a_commitment_reserves_nothing_new_and_pays_no_more_than_the_commitment()
    {
        var lao = await VoucherTestData.LaoIdAsync(factory);
        var (year, line) = await VoucherTestData.LineAsync(factory, lao, 50_000m);
        var bank = await VoucherTestData.BankAccountAsync(factory, lao);

        // Procurement committed 10,000 for the contract, then asks to pay 10,000 (accepted) and 500 more (a second instalment).
        var voucherId = await InCallerTransactionAsync(async (p, _, services) =>
        {
            await services.GetRequiredService<IBudgetControl>().ReserveAsync(new BudgetControlRequest(lao, line, Money.FromBaht(10_000m), "Procurement", "C-9"));
            return (await p.RequestAsync(new PaymentRequest(lao, line, Money.FromBaht(10_000m), "บริษัท ผู้ขาย จำกัด", null, "งวดเดียว", "Procurement", "C-9:1", FromCommitment: true))).VoucherId!.Value;
        });
        var extraId = await InCallerTransactionAsync(async (p, _, _) =>
            (await p.RequestAsync(new PaymentRequest(lao, line, Money.FromBaht(500m), "บริษัท ผู้ขาย จำกัด", null, "ส่วนเกิน", "Procurement", "C-9:2", FromCommitment: true))).VoucherId!.Value);
        Assert.Equal(Money.FromBaht(10_000m), (await VoucherTestData.BalanceAsync(factory, line)).Committed);

        async Task<VoucherResult> ApproveAndPayAsync(int id)
        {
            var v = await VoucherTestData.VoucherAsync(factory, id);
            var approved = await VoucherTestData.WorkflowAsync(factory, w => w.ApproveAsync(id, v.ConcurrencyStamp, "executive", default));
            return await VoucherTestData.WorkflowAsync(factory, w => w.PayAsync(id, approved.Voucher!.ConcurrencyStamp, Transfer(bank.Id, year), "finance", default));
        }

        Assert.True((await ApproveAndPayAsync(voucherId)).Succeeded);
        var extra = await ApproveAndPayAsync(extraId);

        Assert.Equal("Voucher.Error.ExceedsCommitment", Assert.Single(extra.Errors).Key);
        Assert.Equal(VoucherStatus.Approved, (await VoucherTestData.VoucherAsync(factory, extraId)).Status);
        var balance = await VoucherTestData.BalanceAsync(factory, line);
        Assert.Equal(Money.Zero, balance.Committed);
        Assert.Equal(Money.FromBaht(10_000m), balance.Disbursed);
        var status = await InCallerTransactionAsync((p, _, _) => p.FindAsync(lao, "Procurement", "C-9:1"));
        Assert.Equal(nameof(VoucherStatus.Paid), status!.Status);
        Assert.Equal(VoucherTestData.Day(year, 20), status.PaidOn);
    }

    [Fact]
    public async Task Payment_request_with_a_penalty_is_paid_net_of_penalty_and_withholding_and_credits_penalty_revenue()
    {
        var lao = await VoucherTestData.LaoIdAsync(factory);
        var (year, line) = await VoucherTestData.LineAsync(factory, lao, 50_000m);
        var bank = await VoucherTestData.BankAccountAsync(factory, lao);

        // A contract instalment of 20,000 delivered late: 300 baht penalty, hire of work withholds 1% (200).
        var voucherId = await InCallerTransactionAsync(async (p, _, services) =>
        {
            await services.GetRequiredService<IBudgetControl>().ReserveAsync(new BudgetControlRequest(lao, line, Money.FromBaht(20_000m), "Procurement", "C-77"));
            var result = await p.RequestAsync(new PaymentRequest(lao, line, Money.FromBaht(20_000m), "ห้างหุ้นส่วนจำกัด ทดสอบการช่าง", "0105558123451", "งวดที่ 1",
                "Procurement", "C-77/1", FromCommitment: true, Penalty: Money.FromBaht(300m), IncomeTypeCode: "HIRE"));
            Assert.True(result.Succeeded, result.Error.ToString());
            return result.VoucherId!.Value;
        });
        var tooMuch = await InCallerTransactionAsync((p, _, _) => p.RequestAsync(new PaymentRequest(lao, line, Money.FromBaht(1_000m), "ห้างหุ้นส่วนจำกัด ทดสอบการช่าง", null, "งวดที่ 2",
            "Procurement", "C-77/2", FromCommitment: true, Penalty: Money.FromBaht(1_000m))));
        Assert.Equal(PaymentRequestError.InvalidPenalty, tooMuch.Error);

        var requested = await VoucherTestData.VoucherAsync(factory, voucherId);
        Assert.Equal(Money.FromBaht(200m), requested.Withheld);
        Assert.Equal(Money.FromBaht(300m), requested.Penalty);
        Assert.Equal(Money.FromBaht(19_500m), requested.Net);
        var approved = await VoucherTestData.WorkflowAsync(factory, w => w.ApproveAsync(voucherId, requested.ConcurrencyStamp, "executive", default));
        var paid = await VoucherTestData.WorkflowAsync(factory, w => w.PayAsync(voucherId, approved.Voucher!.ConcurrencyStamp, Transfer(bank.Id, year), "finance", default));

        Assert.True(paid.Succeeded, string.Join(", ", paid.Errors.Select(e => e.Key)));
        var entryLines = await factory.WithDbAsync(db => db.Set<JournalLine>().AsNoTracking()
            .Where(l => l.EntryId == paid.Voucher!.JournalEntryId)
            .Join(db.Set<Account>(), l => l.AccountId, a => a.Id, (l, a) => new { a.Role, l.Debit, l.Credit, l.BankAccountId })
            .ToListAsync());
        Assert.Equal(Money.Sum(entryLines.Select(l => l.Debit)), Money.Sum(entryLines.Select(l => l.Credit)));
        Assert.Equal(Money.FromBaht(20_000m), Money.Sum(entryLines.Select(l => l.Debit)));
        Assert.Equal(Money.FromBaht(300m), Assert.Single(entryLines, l => l.Role == AccountRole.PenaltyRevenue).Credit);
        Assert.Equal(Money.FromBaht(200m), Assert.Single(entryLines, l => l.Role == AccountRole.WithholdingTaxPayable).Credit);
        Assert.Equal(Money.FromBaht(19_500m), Assert.Single(entryLines, l => l.BankAccountId == bank.Id).Credit);
        var balance = await VoucherTestData.BalanceAsync(factory, line);
        Assert.Equal(Money.Zero, balance.Committed);
        Assert.Equal(Money.FromBaht(20_000m), balance.Disbursed);
        var status = await InCallerTransactionAsync((p, _, _) => p.FindAsync(lao, "Procurement", "C-77/1"));
        Assert.Equal(Money.FromBaht(300m), status!.Penalty);
    }
}
