using LocalGov.Data;
using LocalGov.Finance.Contracts;
using LocalGov.Finance.Domain;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LocalGov.IntegrationTests.Finance.LedgerTestData;

namespace LocalGov.IntegrationTests.Finance;

/// <summary>Debt service in the finance summary (benchmarking): loan principal repaid plus interest paid in the year.</summary>
public sealed class DebtServiceSummaryTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private Task<int> AccountByCodeAsync(string code) => factory.WithDbAsync(db => db.Set<Account>().Where(a => a.Code == code).Select(a => a.Id).SingleAsync());

    private async Task<LaoFinanceSummary> SummaryAsync(int lao, int year)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return Assert.Single(await scope.ServiceProvider.GetRequiredService<IFinanceSummaries>().GetAsync(year, [lao]));
    }

    [Fact]
    public async Task Paying_interest_and_loan_principal_moves_debt_service_and_borrowing_or_a_reversed_repayment_does_not()
    {
        var lao = await DemoLaoIdAsync(factory);
        var year = NewFiscalYear();
        var cash = await AccountAsync(factory, AccountRole.Cash);
        var loan = await AccountByCodeAsync("2201010101");
        var interest = await AccountByCodeAsync(Account.InterestExpenseCode);

        var borrowed = await PostAsync(factory, new JournalDraft(lao, DateIn(year, 1), "รับเงินกู้ ก.ส.ท.", JournalEntryKind.Manual, [Dr(cash, 500_000m), Cr(loan, 500_000m)]));
        Assert.True(borrowed.Succeeded);
        Assert.Equal(Money.Zero, (await SummaryAsync(lao, year)).DebtService);

        var paid = await PostAsync(factory, new JournalDraft(lao, DateIn(year, 6), "ชำระหนี้เงินกู้งวดที่ 1", JournalEntryKind.Manual,
            [Dr(loan, 40_000m), Dr(interest, 7_250.50m), Cr(cash, 47_250.50m)]));
        Assert.True(paid.Succeeded);
        Assert.Equal(Money.FromBaht(47_250.50m), (await SummaryAsync(lao, year)).DebtService);

        var wrong = await PostAsync(factory, new JournalDraft(lao, DateIn(year, 7), "ชำระหนี้ซ้ำ", JournalEntryKind.Manual,
            [Dr(loan, 40_000m), Dr(interest, 1_000m), Cr(cash, 41_000m)]));
        Assert.Equal(Money.FromBaht(88_250.50m), (await SummaryAsync(lao, year)).DebtService);
        var reversal = await InLedgerAsync(factory, l => l.ReverseAsync(wrong.Entry!.Id, DateIn(year, 7), "บันทึกซ้ำ", default));
        Assert.True(reversal.Succeeded);
        var kept = await SummaryAsync(lao, year);
        Assert.Equal(Money.FromBaht(47_250.50m), kept.DebtService);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IFinanceSummaryRebuild>().RebuildAsync();
        }

        Assert.Equal(kept, await SummaryAsync(lao, year));
    }
}
