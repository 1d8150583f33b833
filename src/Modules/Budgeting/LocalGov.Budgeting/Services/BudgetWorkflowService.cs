using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;
using LocalGov.Data;
using LocalGov.Planning.Contracts;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Budgeting.Services;

/// <summary>A refused step: a resource key (Prep.*) and its arguments.</summary>
internal sealed record WorkflowError(string Key, params object[] Arguments);

/// <summary>
/// Moves a budget along <see cref="BudgetWorkflow"/> and records council readings, with the rules that need the
/// budget's content (balanced, has lines, readings 1 and 2 before the vote, dates in order). Roles and scope are the
/// caller's job. Changes the tracked entities and refreshes the summary; the caller saves once.
/// </summary>
internal sealed class BudgetWorkflowService(LocalGovDbContext db, BudgetSummaryUpdater summaries, IPlanProjectDirectory plans, TimeProvider clock)
{
    public const int MaxReasonLength = 2000;

    /// <summary>Loads what the rules look at: lines, estimates and the history in recorded order.</summary>
    public async Task LoadAsync(Budget budget, CancellationToken cancellationToken)
    {
        await db.Entry(budget).Collection(b => b.Lines).LoadAsync(cancellationToken);
        await db.Entry(budget).Collection(b => b.Revenues).LoadAsync(cancellationToken);
        await db.Entry(budget).Collection(b => b.History).LoadAsync(cancellationToken);
    }

    /// <summary>The checks of the budget page (personnel flags from the classification; project lines against the approved development plan).</summary>
    public async Task<BudgetCheckResult> CheckAsync(Budget budget, CancellationToken cancellationToken)
    {
        var personnelIds = await db.Set<Classification>().Where(c => c.Kind == ClassificationKind.ExpenditureCategory && c.IsPersonnel)
            .Select(c => c.Id).ToListAsync(cancellationToken);
        var personnel = Money.Sum(budget.Lines.Where(l => personnelIds.Contains(l.CategoryId)).Select(l => l.CurrentAmount));
        var planCodes = (await plans.GetProjectsForYearAsync(budget.LaoId, budget.FiscalYear, cancellationToken))
            .Select(p => p.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var notInPlan = BudgetChecks.ProjectLinesNotInPlan(budget.Lines, planCodes);
        return BudgetChecks.Evaluate(budget.RevenueTotal, budget.ExpenditureTotal, personnel, budget.Lines.Count, notInPlan.Count, notInPlan);
    }

    /// <summary>Takes the step <paramref name="to"/>; null when done, else why not (nothing changed).</summary>
    public async Task<WorkflowError?> TransitionAsync(Budget budget, BudgetStatus to, DateOnly occurredOn, string? reason, string userName, CancellationToken cancellationToken)
    {
        await LoadAsync(budget, cancellationToken);
        var transition = BudgetWorkflow.Find(budget.Status, to);
        if (transition is null)
        {
            return new WorkflowError("Prep.Workflow.NotAllowed");
        }

        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (transition.RequiresReason && reason is null)
        {
            return new WorkflowError("Prep.Workflow.ReasonRequired");
        }

        if (reason is { Length: > MaxReasonLength })
        {
            return new WorkflowError("Prep.Workflow.ReasonTooLong", MaxReasonLength);
        }

        if (CheckDate(budget, occurredOn) is { } dateError)
        {
            return dateError;
        }

        int? reading = null;
        if (to == BudgetStatus.SubmittedToCouncil)
        {
            var checks = await CheckAsync(budget, cancellationToken);
            if (!checks.HasLines)
            {
                return new WorkflowError("Prep.Workflow.NoLines");
            }

            if (!checks.Balanced)
            {
                return new WorkflowError("Prep.Check.Unbalanced", BahtFormat.Format(checks.Deficit));
            }
        }
        else if (to == BudgetStatus.PassedByCouncil)
        {
            if (BudgetPreparationRules.NextReading(Ordered(budget)) is not null)
            {
                return new WorkflowError("Prep.Workflow.ReadingsMissing");
            }

            reading = 3;
            budget.CouncilPassedOn = occurredOn;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        budget.History.Add(new BudgetStatusChange
        {
            FromStatus = budget.Status,
            ToStatus = to,
            OccurredOn = occurredOn,
            CouncilReading = reading,
            Reason = reason,
            UserName = userName,
            RecordedUtc = now,
        });
        budget.Status = to;
        if (to == BudgetStatus.Approved)
        {
            budget.ApprovedOn = occurredOn;
            Allocate(budget, userName, now);
        }
        else if (to == BudgetStatus.Promulgated)
        {
            budget.PromulgatedOn = occurredOn;
        }

        budget.ConcurrencyStamp = Guid.NewGuid();
        await summaries.RefreshAsync(budget.LaoId, budget.FiscalYear, cancellationToken);
        return null;
    }

    /// <summary>Records council reading 1 or 2 while the budget is before the council.</summary>
    public async Task<WorkflowError?> RecordReadingAsync(Budget budget, int reading, DateOnly occurredOn, string userName, CancellationToken cancellationToken)
    {
        await LoadAsync(budget, cancellationToken);
        if (budget.Status != BudgetStatus.SubmittedToCouncil)
        {
            return new WorkflowError("Prep.Workflow.NotAllowed");
        }

        var expected = BudgetPreparationRules.NextReading(Ordered(budget));
        if (expected is null || expected != reading)
        {
            return new WorkflowError("Prep.Workflow.ReadingOrder", expected ?? 3);
        }

        if (CheckDate(budget, occurredOn) is { } dateError)
        {
            return dateError;
        }

        budget.History.Add(new BudgetStatusChange
        {
            FromStatus = BudgetStatus.SubmittedToCouncil,
            ToStatus = BudgetStatus.SubmittedToCouncil,
            OccurredOn = occurredOn,
            CouncilReading = reading,
            UserName = userName,
            RecordedUtc = clock.GetUtcNow().UtcDateTime,
        });
        budget.ConcurrencyStamp = Guid.NewGuid();
        return null;
    }

    /// <summary>The history in recorded order (saved rows by id, then rows added in this unit of work).</summary>
    public static IEnumerable<BudgetStatusChange> Ordered(Budget budget) =>
        budget.History.OrderBy(h => h.Id == 0 ? long.MaxValue : h.Id).ThenBy(h => h.RecordedUtc);

    /// <summary>Event dates may not lie in the future nor before the previous step's date.</summary>
    private WorkflowError? CheckDate(Budget budget, DateOnly occurredOn)
    {
        var today = ThaiDate.Today(clock);
        if (occurredOn > today)
        {
            return new WorkflowError("Prep.Workflow.DateInFuture");
        }

        var last = Ordered(budget).LastOrDefault();
        return last is not null && occurredOn < last.OccurredOn
            ? new WorkflowError("Prep.Workflow.DateBeforePrevious", ThaiDate.Format(last.OccurredOn, ThaiDateStyle.Medium))
            : null;
    }

    /// <summary>The control ledger starts here: one allocation entry and one balance row per line.</summary>
    private void Allocate(Budget budget, string userName, DateTime now)
    {
        var reference = "ordinance " + budget.FiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var line in budget.Lines)
        {
            db.Set<BudgetLedgerEntry>().Add(new BudgetLedgerEntry
            {
                BudgetLineId = line.Id,
                LaoId = budget.LaoId,
                FiscalYear = budget.FiscalYear,
                Kind = LedgerEntryKind.Allocation,
                Amount = line.CurrentAmount,
                SourceModule = "Budgeting",
                SourceReference = reference,
                OccurredUtc = now,
                UserName = userName,
            });
            db.Set<BudgetLineBalanceRow>().Add(new BudgetLineBalanceRow
            {
                BudgetLineId = line.Id,
                LaoId = budget.LaoId,
                FiscalYear = budget.FiscalYear,
                Allocated = line.CurrentAmount,
            });
        }
    }
}
