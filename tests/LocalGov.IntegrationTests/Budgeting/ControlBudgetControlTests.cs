using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;
using LocalGov.Data;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.Budgeting;

/// <summary>IBudgetControl as another module uses it: in its own scope and transaction, on the app's SQLite file.</summary>
public sealed class ControlBudgetControlTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private async Task<(int LaoId, int LineId)> LineAsync(decimal baht)
    {
        var lao = await ControlTestData.FinanceLaoIdAsync(factory);
        var (_, lines) = await ControlTestData.CreateBudgetAsync(factory, lao, ControlTestData.NewFiscalYear(), BudgetStatus.Approved, ("532000", baht, "ค่าใช้สอย"));
        return (lao, lines[0]);
    }

    /// <summary>One caller's unit of work: transaction, control call, the caller's SaveChanges, commit (or rollback).</summary>
    private async Task<BudgetControlResult> InTransactionAsync(Func<IBudgetControl, Task<BudgetControlResult>> call, bool commit = true)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        var control = scope.ServiceProvider.GetRequiredService<IBudgetControl>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await call(control);
        await db.SaveChangesAsync();
        if (commit && result.Succeeded)
        {
            await transaction.CommitAsync();
        }
        else
        {
            await transaction.RollbackAsync();
        }

        return result;
    }

    private static BudgetControlRequest Request(int lao, int line, decimal baht) => new(lao, line, Money.FromBaht(baht), "Procurement", "PO-1/2571");

    [Fact]
    public async Task Reservation_within_the_available_balance_commits_it_and_the_ledger_shows_it()
    {
        var (lao, line) = await LineAsync(100_000m);

        var result = await InTransactionAsync(c => c.ReserveAsync(Request(lao, line, 30_000m)));

        Assert.True(result.Succeeded);
        Assert.Equal(Money.FromBaht(70_000m), result.Balance!.Available);
        var balance = await ControlTestData.BalanceAsync(factory, line);
        Assert.Equal(Money.FromBaht(30_000m), balance.Committed);
        var entry = Assert.Single(await ControlTestData.LedgerAsync(factory, line), e => e.Kind == LedgerEntryKind.Commitment);
        Assert.Equal(Money.FromBaht(30_000m), entry.Amount);
        Assert.Equal("Procurement", entry.SourceModule);
        Assert.Equal("PO-1/2571", entry.SourceReference);
    }

    [Fact]
    public async Task Reservation_above_the_available_balance_is_refused_and_nothing_changes()
    {
        var (lao, line) = await LineAsync(100_000m);

        var result = await InTransactionAsync(c => c.ReserveAsync(Request(lao, line, 100_000.01m)));

        Assert.False(result.Succeeded);
        Assert.Equal(BudgetControlError.InsufficientBalance, result.Error);
        Assert.Equal(Money.Zero, (await ControlTestData.BalanceAsync(factory, line)).Committed);
        Assert.DoesNotContain(await ControlTestData.LedgerAsync(factory, line), e => e.Kind == LedgerEntryKind.Commitment);
    }

    [Fact]
    public async Task Release_gives_the_money_back_but_never_more_than_was_committed()
    {
        var (lao, line) = await LineAsync(50_000m);
        await InTransactionAsync(c => c.ReserveAsync(Request(lao, line, 20_000m)));

        var tooMuch = await InTransactionAsync(c => c.ReleaseAsync(Request(lao, line, 20_000.01m)));
        var release = await InTransactionAsync(c => c.ReleaseAsync(Request(lao, line, 15_000m)));

        Assert.Equal(BudgetControlError.NothingToRelease, tooMuch.Error);
        Assert.True(release.Succeeded);
        var balance = await ControlTestData.BalanceAsync(factory, line);
        Assert.Equal(Money.FromBaht(5_000m), balance.Committed);
        Assert.Equal(Money.FromBaht(45_000m), balance.Allocated - balance.Committed - balance.Disbursed);
        Assert.Single(await ControlTestData.LedgerAsync(factory, line), e => e.Kind == LedgerEntryKind.CommitmentRelease);
    }

    [Fact]
    public async Task Disbursements_move_committed_to_disbursed_or_pay_from_the_available_balance()
    {
        var (lao, line) = await LineAsync(10_000m);
        await InTransactionAsync(c => c.ReserveAsync(Request(lao, line, 4_000m)));

        var ofCommitment = await InTransactionAsync(c => c.DisburseCommittedAsync(Request(lao, line, 3_000m)));
        var direct = await InTransactionAsync(c => c.DisburseAsync(Request(lao, line, 6_000m)));
        var overspend = await InTransactionAsync(c => c.DisburseAsync(Request(lao, line, 0.01m)));

        Assert.True(ofCommitment.Succeeded);
        Assert.True(direct.Succeeded);
        Assert.Equal(BudgetControlError.InsufficientBalance, overspend.Error);
        var balance = await ControlTestData.BalanceAsync(factory, line);
        Assert.Equal(Money.FromBaht(1_000m), balance.Committed);
        Assert.Equal(Money.FromBaht(9_000m), balance.Disbursed);
    }

    [Fact]
    public async Task Caller_rolling_back_its_transaction_leaves_the_balance_and_ledger_unchanged()
    {
        var (lao, line) = await LineAsync(100_000m);

        var result = await InTransactionAsync(c => c.ReserveAsync(Request(lao, line, 40_000m)), commit: false);

        Assert.True(result.Succeeded);
        Assert.Equal(Money.Zero, (await ControlTestData.BalanceAsync(factory, line)).Committed);
        Assert.DoesNotContain(await ControlTestData.LedgerAsync(factory, line), e => e.Kind == LedgerEntryKind.Commitment);
    }

    [Fact]
    public async Task Concurrent_reservations_never_overspend_a_line()
    {
        // 20 callers, each in its own scope, DbContext and transaction, ask for 15,000 of 100,000: exactly 6 fit.
        var (lao, line) = await LineAsync(100_000m);
        var calls = Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            try
            {
                return await InTransactionAsync(c => c.ReserveAsync(new BudgetControlRequest(lao, line, Money.FromBaht(15_000m), "Procurement", $"PO-{i}")));
            }
            catch (DbUpdateException)
            {
                return BudgetControlResult.Fail(BudgetControlError.InsufficientBalance);
            }
            catch (Microsoft.Data.Sqlite.SqliteException)
            {
                return BudgetControlResult.Fail(BudgetControlError.InsufficientBalance);
            }
        }));

        var results = await Task.WhenAll(calls);

        Assert.Equal(6, results.Count(r => r.Succeeded));
        var balance = await ControlTestData.BalanceAsync(factory, line);
        Assert.Equal(Money.FromBaht(90_000m), balance.Committed);
        Assert.True(balance.Allocated - balance.Committed - balance.Disbursed >= Money.Zero);
        Assert.Equal(6, (await ControlTestData.LedgerAsync(factory, line)).Count(e => e.Kind == LedgerEntryKind.Commitment));
    }

    [Fact]
    public async Task Requests_are_checked_for_amount_lao_and_budget_in_force()
    {
        var (lao, line) = await LineAsync(1_000m);
        var other = await ControlTestData.OtherLaoIdAsync(factory, lao);
        var (_, draftLines) = await ControlTestData.CreateBudgetAsync(factory, lao, ControlTestData.NewFiscalYear(), BudgetStatus.Draft, ("532000", 1_000m, "ร่าง"));

        Assert.Equal(BudgetControlError.InvalidAmount, (await InTransactionAsync(c => c.ReserveAsync(Request(lao, line, 0m)))).Error);
        Assert.Equal(BudgetControlError.NotInScope, (await InTransactionAsync(c => c.ReserveAsync(Request(other, line, 10m)))).Error);
        Assert.Equal(BudgetControlError.LineNotFound, (await InTransactionAsync(c => c.ReserveAsync(Request(lao, int.MaxValue, 10m)))).Error);
        Assert.Equal(BudgetControlError.BudgetNotInForce, (await InTransactionAsync(c => c.ReserveAsync(Request(lao, draftLines[0], 10m)))).Error);
    }

    [Fact]
    public async Task Calling_without_a_transaction_is_refused()
    {
        var (lao, line) = await LineAsync(1_000m);
        await using var scope = factory.Services.CreateAsyncScope();
        var control = scope.ServiceProvider.GetRequiredService<IBudgetControl>();

        await Assert.ThrowsAsync<InvalidOperationException>(() => control.ReserveAsync(Request(lao, line, 10m)));
        Assert.Equal(Money.Zero, (await ControlTestData.BalanceAsync(factory, line)).Committed);
    }
}
