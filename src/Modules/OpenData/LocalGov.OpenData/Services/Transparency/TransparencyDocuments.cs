using LocalGov.Budgeting.Contracts;
using LocalGov.OpenData.Contracts;
using LocalGov.Organizations.Contracts;
using LocalGov.Planning.Contracts;
using LocalGov.Procurement.Contracts;
using LocalGov.SharedKernel.Time;

namespace LocalGov.OpenData.Services.Transparency;

/// <summary>Why a transparency document cannot be generated.</summary>
internal enum DocumentError
{
    None = 0,

    /// <summary>The spending documents need the year's budget in force.</summary>
    BudgetNotInForce = 1,

    /// <summary>Procurement has published no plan for the year.</summary>
    NoProcurementPlan = 2,

    /// <summary>The monthly summary needs a month of the fiscal year (1 = October … 12 = September).</summary>
    BadMonth = 3,

    /// <summary>The kind is a dataset (budget, projects), not a document.</summary>
    NotADocument = 4,
}

internal sealed record DocumentResult(DocumentError Error, TransparencyDocument? Document)
{
    public bool Succeeded => Error == DocumentError.None;
}

/// <summary>
/// Generates an LAO's transparency documents from what the owning modules' contracts return now (never retyped); the
/// generators themselves are pure. A document is stored as published (<see cref="TransparencyDocument.ToJson"/>).
/// </summary>
internal sealed class TransparencyDocuments(
    IBudgetLineDirectory budgetLines,
    IActionPlanProjects actionPlan,
    IPublicProcurement procurement,
    TimeProvider clock)
{
    /// <summary>The transparency documents, in the order the publishing page and the public list show them.</summary>
    public static IReadOnlyList<PublicationKind> Kinds { get; } =
    [
        PublicationKind.SpendingPlan, PublicationKind.SixMonthProgressReport, PublicationKind.AnnualSpendingReport,
        PublicationKind.ProcurementPlan, PublicationKind.ProcurementMonthlySummary, PublicationKind.ProcurementAnnualSummary,
    ];

    public static bool IsDocument(PublicationKind kind) => Kinds.Contains(kind);

    /// <summary>The period a document covers: the fiscal year, its first six months (1 Oct – 31 Mar), or one month.</summary>
    public static (DateOnly From, DateOnly To)? Period(PublicationKind kind, int fiscalYear, int? fiscalMonth)
    {
        var year = new FiscalYear(fiscalYear);
        return kind switch
        {
            PublicationKind.SixMonthProgressReport => (year.Start, year.Start.AddMonths(6).AddDays(-1)),
            PublicationKind.ProcurementMonthlySummary when fiscalMonth is >= 1 and <= 12 =>
                (year.Start.AddMonths(fiscalMonth.Value - 1), year.Start.AddMonths(fiscalMonth.Value).AddDays(-1)),
            PublicationKind.ProcurementMonthlySummary => null,
            _ => (year.Start, year.End),
        };
    }

    public async Task<DocumentResult> GenerateAsync(LaoDto lao, PublicationKind kind, int fiscalYear, int? fiscalMonth, CancellationToken cancellationToken)
    {
        if (!IsDocument(kind))
        {
            return new(DocumentError.NotADocument, null);
        }

        if (Period(kind, fiscalYear, fiscalMonth) is not { } period)
        {
            return new(DocumentError.BadMonth, null);
        }

        var today = ThaiDate.Today(clock);
        switch (kind)
        {
            case PublicationKind.SpendingPlan:
            case PublicationKind.SixMonthProgressReport:
            case PublicationKind.AnnualSpendingReport:
                var lines = await budgetLines.GetLinesInForceAsync(lao.Id, fiscalYear, cancellationToken);
                if (lines.Count == 0)
                {
                    return new(DocumentError.BudgetNotInForce, null);
                }

                var projects = await actionPlan.GetAsync(lao.Id, fiscalYear, cancellationToken);
                if (kind == PublicationKind.SpendingPlan)
                {
                    return new(DocumentError.None, SpendingPlanGenerator.Generate(lao, fiscalYear, lines, projects, today));
                }

                var balances = await budgetLines.GetBalancesAsync(lao.Id, fiscalYear, cancellationToken);
                return new(DocumentError.None, SpendingReportGenerator.Generate(kind, lao, fiscalYear, period.From, period.To, lines, balances, projects, today));

            case PublicationKind.ProcurementPlan:
                var plan = await procurement.GetPublishedPlanAsync(lao.Id, fiscalYear, cancellationToken);
                return plan is null
                    ? new(DocumentError.NoProcurementPlan, null)
                    : new(DocumentError.None, ProcurementDocumentGenerator.Plan(lao, fiscalYear, plan, today));

            case PublicationKind.ProcurementMonthlySummary:
                var monthCases = await procurement.GetPublishedCasesAsync(lao.Id, fiscalYear, cancellationToken);
                return new(DocumentError.None, ProcurementDocumentGenerator.Monthly(lao, fiscalYear, period.From, monthCases, today));

            default:
                var cases = await procurement.GetPublishedCasesAsync(lao.Id, fiscalYear, cancellationToken);
                return new(DocumentError.None, ProcurementDocumentGenerator.Annual(lao, fiscalYear, cases, today));
        }
    }
}
