using LocalGov.Benchmarking.Domain;
using LocalGov.Budgeting.Contracts;
using LocalGov.Finance.Contracts;
using LocalGov.Organizations.Contracts;
using LocalGov.Planning.Contracts;
using LocalGov.Procurement.Contracts;
using LocalGov.Revenue.Contracts;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;

namespace LocalGov.Benchmarking.Services.Engine;

/// <summary>One LAO of a fiscal year with its named figures (codes of <see cref="FigureCatalog"/>; null = missing).</summary>
internal sealed record LaoFigures(LaoDto Lao, IReadOnlyDictionary<string, decimal?> Figures);

/// <summary>
/// Reads every LAO's figures of a fiscal year from the modules' summary contracts – each contract once for all LAOs –
/// and names them (<see cref="FigureCatalog"/>). Missing is never zero:
/// <list type="bullet">
/// <item>a module without a row for the LAO-year gives null for all its figures;</item>
/// <item><c>population</c>: the registered population, null when 0 (not recorded);</item>
/// <item>budget figures only while the budget is in force (Approved or Promulgated), else null;</item>
/// <item><c>budget_on_time</c>: 1 when the ordinance was promulgated before 1 October of the year's start, 0 when it
/// was promulgated later or is not promulgated once the year has started, null before the year starts without a
/// promulgation, and null when there is no budget row at all;</item>
/// <item>revenue figures: sums over the kinds (land and building tax, signboard tax, fees) of assessed, collected and
/// outstanding;</item>
/// <item>procurement figures: null when the LAO has no case in the year.</item>
/// </list>
/// </summary>
internal sealed class FigureCollector(
    IOrganizationDirectory directory,
    IBudgetSummaries budgets,
    IFinanceSummaries finances,
    IRevenueSummaries revenues,
    IPlanningSummaries planning,
    IProcurementSummaries procurement,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<LaoFigures>> CollectAsync(int fiscalYear, CancellationToken cancellationToken)
    {
        var laos = await directory.GetAllLaosAsync(cancellationToken);
        // null = every LAO: one set-based read per module instead of an IN list of ~7,850 ids.
        var budgetRows = (await budgets.GetAsync(fiscalYear, laoIds: null, cancellationToken)).ToDictionary(b => b.LaoId);
        var financeRows = (await finances.GetAsync(fiscalYear, laoIds: null, cancellationToken)).ToDictionary(f => f.LaoId);
        var revenueRows = (await revenues.GetForYearAsync(fiscalYear, laoIds: null, cancellationToken)).ToLookup(r => r.LaoId);
        var planningRows = (await planning.GetAsync(fiscalYear, laoIds: null, cancellationToken)).ToDictionary(p => p.LaoId);
        var procurementRows = (await procurement.GetAsync(fiscalYear, laoIds: null, cancellationToken)).ToDictionary(p => p.LaoId);
        var yearStart = new FiscalYear(fiscalYear).Start;
        var started = ThaiDate.Today(clock) >= yearStart;

        var result = new List<LaoFigures>(laos.Count);
        foreach (var lao in laos)
        {
            var figures = new Dictionary<string, decimal?>(FigureCatalog.All.Count, StringComparer.Ordinal)
            {
                [FigureCatalog.Population] = lao.Population > 0 ? lao.Population : null,
            };
            AddBudget(figures, budgetRows.GetValueOrDefault(lao.Id), yearStart, started);
            AddFinance(figures, financeRows.GetValueOrDefault(lao.Id));
            AddRevenue(figures, revenueRows[lao.Id].ToList());
            AddPlanning(figures, planningRows.GetValueOrDefault(lao.Id));
            AddProcurement(figures, procurementRows.GetValueOrDefault(lao.Id));
            result.Add(new LaoFigures(lao, figures));
        }

        return result;
    }

    internal static void AddBudget(Dictionary<string, decimal?> figures, LaoBudgetSummary? budget, DateOnly yearStart, bool yearStarted)
    {
        var inForce = budget is { Status: BudgetStatus.Approved or BudgetStatus.Promulgated };
        figures[FigureCatalog.BudgetRevenue] = inForce ? budget!.RevenueTotal.Baht : null;
        figures[FigureCatalog.BudgetExpenditure] = inForce ? budget!.ExpenditureTotal.Baht : null;
        figures[FigureCatalog.BudgetPersonnel] = inForce ? budget!.PersonnelTotal.Baht : null;
        figures[FigureCatalog.BudgetCapital] = inForce ? budget!.CapitalTotal.Baht : null;
        figures[FigureCatalog.BudgetOnTime] = budget switch
        {
            null => null,
            { PromulgatedOn: { } on } => on < yearStart ? 1m : 0m,
            _ => yearStarted ? 0m : null,
        };
    }

    internal static void AddFinance(Dictionary<string, decimal?> figures, LaoFinanceSummary? finance)
    {
        figures[FigureCatalog.FinanceRevenue] = finance?.RevenueActual.Baht;
        figures[FigureCatalog.FinanceExpense] = finance?.ExpenseActual.Baht;
        figures[FigureCatalog.FinanceDisbursed] = finance?.BudgetDisbursed.Baht;
        figures[FigureCatalog.FinanceCash] = finance?.CashAndDeposits.Baht;
        figures[FigureCatalog.FinanceReserves] = finance?.AccumulatedFunds.Baht;
        figures[FigureCatalog.FinanceLiabilities] = finance?.Liabilities.Baht;
        figures[FigureCatalog.FinanceDebtService] = finance?.DebtService.Baht;
    }

    internal static void AddRevenue(Dictionary<string, decimal?> figures, IReadOnlyCollection<RevenueSummaryDto> rows)
    {
        var any = rows.Count > 0;
        figures[FigureCatalog.RevenueAssessed] = any ? Sum(rows, r => r.Assessed) : null;
        figures[FigureCatalog.RevenueCollected] = any ? Sum(rows, r => r.Collected) : null;
        figures[FigureCatalog.RevenueOutstanding] = any ? Sum(rows, r => r.Outstanding) : null;
    }

    internal static void AddPlanning(Dictionary<string, decimal?> figures, LaoPlanningSummary? p)
    {
        figures[FigureCatalog.PlanningReportsDue] = p?.ReportsDue;
        figures[FigureCatalog.PlanningReportsOnTime] = p?.ReportsOnTime;
        figures[FigureCatalog.PlanningProposals] = p?.Proposals;
        figures[FigureCatalog.PlanningParticipants] = p?.Participants;
        figures[FigureCatalog.PlanningProjectsInActionPlan] = p?.ProjectsInActionPlan;
        figures[FigureCatalog.PlanningProjectsDone] = p?.ProjectsDone;
    }

    internal static void AddProcurement(Dictionary<string, decimal?> figures, LaoProcurementSummary? p)
    {
        var any = p is { Cases: > 0 };
        figures[FigureCatalog.ProcurementCases] = any ? p!.Cases : null;
        figures[FigureCatalog.ProcurementContractedCases] = any ? p!.ContractedCases : null;
        figures[FigureCatalog.ProcurementContractedValue] = any ? p!.ContractedValue.Baht : null;
        figures[FigureCatalog.ProcurementSpecificValue] = any ? p!.SpecificMethodValue.Baht : null;
        figures[FigureCatalog.ProcurementLateContracts] = any ? p!.LateContracts : null;
    }

    private static decimal Sum(IEnumerable<RevenueSummaryDto> rows, Func<RevenueSummaryDto, Money> amount) =>
        rows.Sum(r => amount(r).Satang) / 100m;
}
