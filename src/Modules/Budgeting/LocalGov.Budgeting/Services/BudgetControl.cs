using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;
using LocalGov.Data;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Security;
using LocalGov.SharedKernel.Text;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Budgeting.Services;

/// <summary>
/// The budget control ledger for other modules (procurement reserves, finance disburses).
/// </summary>
/// <remarks>
/// <para>Unit of work: every change runs in the CALLER's transaction on the caller's scoped
/// <see cref="LocalGovDbContext"/>. The caller opens it (<c>await db.Database.BeginTransactionAsync()</c>), calls
/// this service, adds its own rows, calls <c>SaveChangesAsync</c> and commits. A call without an open transaction
/// throws <see cref="InvalidOperationException"/>: otherwise the balance would change at once while the ledger
/// entry and the caller's document wait for a SaveChanges that may never come.</para>
/// <para>What happens in a call: (1) the checks (amount &gt; 0, the line exists, belongs to
/// <see cref="BudgetControlRequest.LaoId"/>, and its budget is in force); (2) ONE conditional UPDATE of the
/// line's balance row (<see cref="LineBalanceStatements"/>), which is the authoritative check — 0 rows means the
/// balance does not cover it, and nothing changed; (3) the <see cref="BudgetLedgerEntry"/> is ADDED to the
/// context (not saved): the caller's SaveChanges writes it together with the caller's document. If the caller
/// rolls back, the balance change and the entry both disappear.</para>
/// <para>Errors: a reservation or direct disbursement that the available balance does not cover →
/// <see cref="BudgetControlError.InsufficientBalance"/>; a release or disbursement of a commitment larger than
/// what is committed → <see cref="BudgetControlError.NothingToRelease"/>. See docs/adr/0005.</para>
/// <para>The user's scope is not checked here (the calling module checks its own); the LAO must match. Database
/// errors (e.g. a lock timeout) propagate: the caller's transaction fails as a whole and nothing is overspent.</para>
/// </remarks>
internal sealed class BudgetControl(LocalGovDbContext db, LineBalanceStatements statements, ICurrentUser user, TimeProvider clock) : IBudgetControl
{
    public async Task<BudgetLineBalance?> GetBalanceAsync(int budgetLineId, CancellationToken cancellationToken = default)
    {
        var row = await db.Set<BudgetLineBalanceRow>().AsNoTracking().FirstOrDefaultAsync(b => b.BudgetLineId == budgetLineId, cancellationToken);
        return row is null ? null : ToBalance(row);
    }

    public Task<BudgetControlResult> ReserveAsync(BudgetControlRequest request, CancellationToken cancellationToken = default) =>
        ApplyAsync(request, LineBalanceStatements.Change.Commit, LedgerEntryKind.Commitment, BudgetControlError.InsufficientBalance, cancellationToken);

    public Task<BudgetControlResult> ReleaseAsync(BudgetControlRequest request, CancellationToken cancellationToken = default) =>
        ApplyAsync(request, LineBalanceStatements.Change.ReleaseCommitment, LedgerEntryKind.CommitmentRelease, BudgetControlError.NothingToRelease, cancellationToken);

    public Task<BudgetControlResult> DisburseCommittedAsync(BudgetControlRequest request, CancellationToken cancellationToken = default) =>
        ApplyAsync(request, LineBalanceStatements.Change.DisburseCommitment, LedgerEntryKind.DisbursementOfCommitment, BudgetControlError.NothingToRelease, cancellationToken);

    public Task<BudgetControlResult> DisburseAsync(BudgetControlRequest request, CancellationToken cancellationToken = default) =>
        ApplyAsync(request, LineBalanceStatements.Change.Disburse, LedgerEntryKind.Disbursement, BudgetControlError.InsufficientBalance, cancellationToken);

    internal static BudgetLineBalance ToBalance(BudgetLineBalanceRow row) =>
        new(row.BudgetLineId, row.LaoId, row.FiscalYear, row.Allocated, row.Committed, row.Disbursed);

    private async Task<BudgetControlResult> ApplyAsync(
        BudgetControlRequest request,
        LineBalanceStatements.Change change,
        LedgerEntryKind kind,
        BudgetControlError whenConditionFails,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("IBudgetControl must be called inside the caller's transaction (db.Database.BeginTransactionAsync).");
        }

        if (request.Amount <= Money.Zero)
        {
            return BudgetControlResult.Fail(BudgetControlError.InvalidAmount);
        }

        var line = await db.Set<BudgetLine>().AsNoTracking()
            .Where(l => l.Id == request.BudgetLineId)
            .Select(l => new { l.Budget!.LaoId, l.Budget.FiscalYear, l.Budget.Status })
            .FirstOrDefaultAsync(cancellationToken);
        if (line is null)
        {
            return BudgetControlResult.Fail(BudgetControlError.LineNotFound);
        }

        if (line.LaoId != request.LaoId)
        {
            return BudgetControlResult.Fail(BudgetControlError.NotInScope);
        }

        var before = await GetBalanceAsync(request.BudgetLineId, cancellationToken);
        if (line.Status is not (BudgetStatus.Approved or BudgetStatus.Promulgated) || before is null)
        {
            return BudgetControlResult.Fail(BudgetControlError.BudgetNotInForce, before);
        }

        if (!await statements.ApplyAsync(request.BudgetLineId, change, request.Amount, cancellationToken))
        {
            return BudgetControlResult.Fail(whenConditionFails, await GetBalanceAsync(request.BudgetLineId, cancellationToken));
        }

        db.Set<BudgetLedgerEntry>().Add(new BudgetLedgerEntry
        {
            BudgetLineId = request.BudgetLineId,
            LaoId = line.LaoId,
            FiscalYear = line.FiscalYear,
            Kind = kind,
            Amount = request.Amount,
            SourceModule = TextLimit.Truncate(request.SourceModule, 50),
            SourceReference = TextLimit.Truncate(request.SourceReference, 100),
            OccurredUtc = clock.GetUtcNow().UtcDateTime,
            UserName = user.UserName,
        });
        return new BudgetControlResult(true, BudgetControlError.None, await GetBalanceAsync(request.BudgetLineId, cancellationToken));
    }
}
