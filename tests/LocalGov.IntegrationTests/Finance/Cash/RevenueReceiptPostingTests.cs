using LocalGov.Finance.Domain;
using LocalGov.Finance.Services.Cash;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.IntegrationTests.Revenue.Payments;
using LocalGov.Revenue.Contracts;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Services.Payments;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LocalGov.IntegrationTests.Finance.CashOffice;

/// <summary>Revenue's receipts reach the ledger through Finance's <see cref="IReceiptLedgerPosting"/>.</summary>
public sealed class RevenueReceiptPostingTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private static DateOnly Today => PaymentTestData.Today;

    [Fact]
    public async Task A_cash_payment_at_the_counter_posts_a_balanced_receipt_entry_and_cancelling_reverses_it()
    {
        var bill = await PaymentTestData.CreateBillAsync(factory, 1_500m, Today.AddDays(10));
        var cash = await CashTestData.RoleAccountAsync(factory, AccountRole.Cash);
        var fees = await CashTestData.RoleAccountAsync(factory, AccountRole.FeeRevenue);

        var outcome = await PaymentTestData.PayDirectAsync(factory, bill, 1_500m);

        Assert.True(outcome.Succeeded);
        var receipt = outcome.Receipt!;
        var entry = await CashTestData.EntryAsync(factory, bill.LaoId, "Revenue", $"RCPT:{receipt.Id}");
        Assert.NotNull(entry);
        Assert.Equal(JournalEntryKind.Receipt, entry.Kind);
        Assert.Equal(receipt.IssuedOn, entry.EntryDate);
        Assert.Equal(Money.FromBaht(1_500m), entry.TotalDebit);
        Assert.Equal(entry.TotalDebit, Money.Sum(entry.Lines.Select(l => l.Credit)));
        Assert.Equal(Money.Sum(entry.Lines.Select(l => l.Debit)), Money.Sum(entry.Lines.Select(l => l.Credit)));
        var debit = Assert.Single(entry.Lines, l => l.Debit > Money.Zero);
        Assert.Equal(cash, debit.AccountId);
        Assert.Null(debit.BankAccountId);
        Assert.Equal(Money.FromBaht(1_500m), Assert.Single(entry.Lines, l => l.Credit > Money.Zero && l.AccountId == fees).Credit);
        Assert.Equal(HandOffStatus.Posted, Assert.Single(await PaymentTestData.HandOffsAsync(factory, receipt.Id)).Status);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var cancelled = await scope.ServiceProvider.GetRequiredService<PaymentService>().CancelReceiptAsync(receipt.Id, "รับชำระซ้ำ", "revenue", default);
            Assert.True(cancelled.Succeeded);
        }

        var original = await CashTestData.EntryByIdAsync(factory, entry.Id);
        Assert.NotNull(original.ReversedById);
        var reversal = await CashTestData.EntryByIdAsync(factory, original.ReversedById!.Value);
        Assert.Equal(JournalEntryKind.Reversal, reversal.Kind);
        Assert.Equal(ThaiDate.Today(TimeProvider.System), reversal.EntryDate);
        Assert.Equal(cash, Assert.Single(reversal.Lines, l => l.Credit > Money.Zero).AccountId);
        Assert.Equal(Money.FromBaht(1_500m), Assert.Single(reversal.Lines, l => l.Debit > Money.Zero && l.AccountId == fees).Debit);
        Assert.All(await PaymentTestData.HandOffsAsync(factory, receipt.Id), h => Assert.Equal(HandOffStatus.Posted, h.Status));
    }

    [Fact]
    public async Task A_transfer_on_an_overdue_tax_bill_debits_the_bank_and_credits_tax_and_penalties()
    {
        var bill = await PaymentTestData.CreateBillAsync(factory, 2_000m, Today.AddDays(-200), RevenueKind.LandAndBuildingTax);
        await CashTestData.CreateBankAccountAsync(factory, bill.LaoId);
        BankAccount bank;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // The LAO's default account (its first active current account; the demo data may already have one).
            bank = (await scope.ServiceProvider.GetRequiredService<CashBook>().DefaultBankAccountAsync(bill.LaoId, default))!;
        }

        var tax = await CashTestData.RoleAccountAsync(factory, AccountRole.LandAndBuildingTaxRevenue);
        var penalty = await CashTestData.RoleAccountAsync(factory, AccountRole.PenaltyRevenue);

        PaymentOutcome outcome;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var request = new PaymentRequest(bill.LaoId, bill.TaxpayerId, Today, PaymentMethod.BankTransfer, "TRF-1", [new PaymentItem(bill.BillId, Money.FromBaht(1_000m))]);
            outcome = await scope.ServiceProvider.GetRequiredService<PaymentService>().PayAsync(request, "revenue", default);
        }

        Assert.True(outcome.Succeeded, outcome.Refusal?.Detail);
        var receipt = (await PaymentTestData.ReceiptsOfBillAsync(factory, bill.BillId)).Single();
        var line = Assert.Single(receipt.Lines);
        var entry = (await CashTestData.EntryAsync(factory, bill.LaoId, "Revenue", $"RCPT:{receipt.Id}"))!;
        var debit = Assert.Single(entry.Lines, l => l.Debit > Money.Zero);
        Assert.Equal(bank.LedgerAccountId, debit.AccountId);
        Assert.Equal(bank.Id, debit.BankAccountId);
        Assert.Equal(Money.FromBaht(1_000m), debit.Debit);
        Assert.Equal(line.Principal, Money.Sum(entry.Lines.Where(l => l.AccountId == tax).Select(l => l.Credit)));
        Assert.Equal(line.Surcharge + line.Interest, Money.Sum(entry.Lines.Where(l => l.AccountId == penalty).Select(l => l.Credit)));
        Assert.True(line.Surcharge + line.Interest > Money.Zero, "an overdue bill carries penalties");
        Assert.Equal(entry.TotalDebit, Money.Sum(entry.Lines.Select(l => l.Credit)));
    }

    [Fact]
    public async Task A_payment_into_a_closed_month_is_refused_by_the_ledger_and_nothing_is_saved()
    {
        var bill = await PaymentTestData.CreateBillAsync(factory, 300m, Today.AddDays(10));
        var (year, period) = LedgerRules.PeriodOf(Today, JournalEntryKind.Receipt);
        var closedId = await factory.WithDbAsync(async db =>
        {
            var closed = new ClosedPeriod { LaoId = bill.LaoId, FiscalYear = year, Period = period, ClosedBy = "test", ClosedUtc = DateTime.UtcNow };
            db.Set<ClosedPeriod>().Add(closed);
            await db.SaveChangesAsync();
            return closed.Id;
        });
        try
        {
            var outcome = await PaymentTestData.PayDirectAsync(factory, bill, 300m);

            Assert.False(outcome.Succeeded);
            Assert.Equal(PaymentError.LedgerRefused, outcome.Refusal!.Error);
            Assert.Empty(await PaymentTestData.ReceiptsOfBillAsync(factory, bill.BillId));
        }
        finally
        {
            await factory.WithDbAsync(db => db.Set<ClosedPeriod>().Where(c => c.Id == closedId).ExecuteDeleteAsync());
        }
    }

    [Fact]
    public async Task A_pending_hand_off_from_before_Finance_is_posted_exactly_once()
    {
        // A host without the ledger: the receipt is taken and its hand-off waits, as before Finance was installed.
        using var noLedger = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.RemoveAll<IReceiptLedgerPosting>()));
        var bill = await PaymentTestData.CreateBillAsync(factory, 450m, Today.AddDays(10));
        int receiptId;
        await using (var scope = noLedger.Services.CreateAsyncScope())
        {
            var request = new PaymentRequest(bill.LaoId, bill.TaxpayerId, Today, PaymentMethod.Cash, "", [new PaymentItem(bill.BillId, Money.FromBaht(450m))]);
            var outcome = await scope.ServiceProvider.GetRequiredService<PaymentService>().PayAsync(request, "revenue", default);
            receiptId = outcome.Receipt!.Id;
        }

        Assert.Equal(HandOffStatus.Pending, Assert.Single(await PaymentTestData.HandOffsAsync(factory, receiptId)).Status);
        Assert.Null(await CashTestData.EntryAsync(factory, bill.LaoId, "Revenue", $"RCPT:{receiptId}"));

        for (var run = 0; run < 2; run++)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<LedgerHandOff>().PostPendingAsync(bill.LaoId, default);
        }

        Assert.Equal(HandOffStatus.Posted, Assert.Single(await PaymentTestData.HandOffsAsync(factory, receiptId)).Status);
        var reference = $"RCPT:{receiptId}";
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<JournalEntry>().CountAsync(e => e.LaoId == bill.LaoId && e.SourceReference == reference)));
        Assert.Equal(Money.FromBaht(450m), (await CashTestData.EntryAsync(factory, bill.LaoId, "Revenue", reference))!.TotalDebit);

        // Finance's receipt list shows the Revenue receipt of the day.
        using var browser = new Browser(factory);
        await browser.SignInAsync("finance");
        var (_, list) = await browser.GetAsync($"/Finance/Receipts?date={CashTestData.Iso(Today)}");
        var entryId = (await CashTestData.EntryAsync(factory, bill.LaoId, "Revenue", reference))!.Id;
        Assert.NotNull(list.QuerySelector($"#receipts tr[data-kind='Revenue'][data-entry-id='{entryId}']"));
    }

    [Fact]
    public async Task The_posting_is_idempotent_for_a_receipt_already_in_the_ledger()
    {
        var bill = await PaymentTestData.CreateBillAsync(factory, 80m, Today.AddDays(10));
        var outcome = await PaymentTestData.PayDirectAsync(factory, bill, 80m);
        var receipt = outcome.Receipt!;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalGov.Data.LocalGovDbContext>();
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            await scope.ServiceProvider.GetRequiredService<IReceiptLedgerPosting>().PostReceiptAsync(
                new ReceiptPosting(receipt.Id, receipt.LaoId, receipt.ReceiptNo, receipt.IssuedOn, receipt.Method, receipt.Total, [new ReceiptPostingLine(RevenueKind.Fee, bill.Number, receipt.Total, Money.Zero, Money.Zero)]),
                default);
            await tx.CommitAsync();
        }

        var reference = RevenueReceiptPosting.SourceReferenceOf(receipt.Id);
        Assert.Equal(1, await db.Set<JournalEntry>().CountAsync(e => e.SourceReference == reference));
    }
}
