using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;
using LocalGov.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LocalGov.Budgeting.Services;

/// <summary>
/// Recomputes both summary tables from the lines and estimates with INSERT … SELECT … GROUP BY, with the same
/// rules as <see cref="BudgetSummaryUpdater"/>: the annual ordinance (any status) plus supplementary budgets in
/// force; current amounts; the annual ordinance's promulgation date; personnel and capital by the line's หมวด flags; totals by แผนงาน and by งบ. The
/// summary tables are derived data, so raw SQL (which the audit interceptor does not see) is acceptable (ADR 0004).
/// Synthetic rows (an LAO-year with neither an annual budget nor lines) are kept; the count returned includes them.
/// </summary>
internal sealed class BudgetSummaryRebuild(LocalGovDbContext db, SqlNames names, TimeProvider clock) : IBudgetSummaryRebuild
{
    public async Task<int> RebuildAsync(CancellationToken cancellationToken = default)
    {
        var budget = names.Table<Budget>();
        var line = names.Table<BudgetLine>();
        var revenue = names.Table<RevenueEstimate>();
        var classification = names.Table<Classification>();
        var summary = names.Table<BudgetSummaryRow>();
        var byClassification = names.Table<BudgetSummaryByClassificationRow>();
        string B(string p) => names.Column<Budget>(p);
        string L(string p) => names.Column<BudgetLine>(p);
        string S(string p) => names.Column<BudgetSummaryRow>(p);
        string X(string p) => names.Column<BudgetSummaryByClassificationRow>(p);

        const string updatedParameter = "{0}";
        var annual = (int)BudgetKind.Annual;
        var inForce = $"{(int)BudgetStatus.Approved}, {(int)BudgetStatus.Promulgated}";

        // Budgets that count toward a year's figures.
        var counted = $"(b.{B(nameof(Budget.Kind))} = {annual} OR b.{B(nameof(Budget.Status))} IN ({inForce}))";
        var amount = $"l.{L(nameof(BudgetLine.CurrentAmount))}";
        var lines = $"""
            SELECT b.{B(nameof(Budget.LaoId))} AS LaoId, b.{B(nameof(Budget.FiscalYear))} AS FiscalYear,
                   SUM({amount}) AS Total,
                   SUM(CASE WHEN c.{names.Column<Classification>(nameof(Classification.IsPersonnel))} = 1 THEN {amount} ELSE 0 END) AS Personnel,
                   SUM(CASE WHEN c.{names.Column<Classification>(nameof(Classification.IsCapital))} = 1 THEN {amount} ELSE 0 END) AS Capital,
                   COUNT(*) AS LineCount
            FROM {line} l
            JOIN {budget} b ON b.{B(nameof(Budget.Id))} = l.{L(nameof(BudgetLine.BudgetId))}
            LEFT JOIN {classification} c ON c.{names.Column<Classification>(nameof(Classification.Id))} = l.{L(nameof(BudgetLine.CategoryId))}
            WHERE {counted}
            GROUP BY b.{B(nameof(Budget.LaoId))}, b.{B(nameof(Budget.FiscalYear))}
            """;
        var revenues = $"""
            SELECT b.{B(nameof(Budget.LaoId))} AS LaoId, b.{B(nameof(Budget.FiscalYear))} AS FiscalYear,
                   SUM(r.{names.Column<RevenueEstimate>(nameof(RevenueEstimate.Amount))}) AS Total
            FROM {revenue} r
            JOIN {budget} b ON b.{B(nameof(Budget.Id))} = r.{names.Column<RevenueEstimate>(nameof(RevenueEstimate.BudgetId))}
            WHERE {counted}
            GROUP BY b.{B(nameof(Budget.LaoId))}, b.{B(nameof(Budget.FiscalYear))}
            """;
        var insertSummary = $"""
            INSERT INTO {summary} ({S(nameof(BudgetSummaryRow.LaoId))}, {S(nameof(BudgetSummaryRow.FiscalYear))}, {S(nameof(BudgetSummaryRow.ProvinceId))},
                {S(nameof(BudgetSummaryRow.LaoType))}, {S(nameof(BudgetSummaryRow.Status))}, {S(nameof(BudgetSummaryRow.RevenueTotal))},
                {S(nameof(BudgetSummaryRow.ExpenditureTotal))}, {S(nameof(BudgetSummaryRow.PersonnelTotal))}, {S(nameof(BudgetSummaryRow.CapitalTotal))},
                {S(nameof(BudgetSummaryRow.LineCount))}, {S(nameof(BudgetSummaryRow.PromulgatedOn))}, {S(nameof(BudgetSummaryRow.UpdatedUtc))})
            SELECT a.{B(nameof(Budget.LaoId))}, a.{B(nameof(Budget.FiscalYear))}, a.{B(nameof(Budget.ProvinceId))}, a.{B(nameof(Budget.LaoType))},
                a.{B(nameof(Budget.Status))}, COALESCE(rv.Total, 0), COALESCE(ln.Total, 0), COALESCE(ln.Personnel, 0), COALESCE(ln.Capital, 0),
                COALESCE(ln.LineCount, 0), a.{B(nameof(Budget.PromulgatedOn))}, {updatedParameter}
            FROM {budget} a
            LEFT JOIN ({lines}) ln ON ln.LaoId = a.{B(nameof(Budget.LaoId))} AND ln.FiscalYear = a.{B(nameof(Budget.FiscalYear))}
            LEFT JOIN ({revenues}) rv ON rv.LaoId = a.{B(nameof(Budget.LaoId))} AND rv.FiscalYear = a.{B(nameof(Budget.FiscalYear))}
            WHERE a.{B(nameof(Budget.Kind))} = {annual}
            """;

        string ByColumn(string column) => $"""
            SELECT b.{B(nameof(Budget.LaoId))} AS LaoId, b.{B(nameof(Budget.FiscalYear))} AS FiscalYear, l.{L(column)} AS ClassificationId, SUM({amount}) AS Amount
            FROM {line} l
            JOIN {budget} b ON b.{B(nameof(Budget.Id))} = l.{L(nameof(BudgetLine.BudgetId))}
            WHERE {counted}
            GROUP BY b.{B(nameof(Budget.LaoId))}, b.{B(nameof(Budget.FiscalYear))}, l.{L(column)}
            """;
        var insertByClassification = $"""
            INSERT INTO {byClassification} ({X(nameof(BudgetSummaryByClassificationRow.LaoId))}, {X(nameof(BudgetSummaryByClassificationRow.FiscalYear))},
                {X(nameof(BudgetSummaryByClassificationRow.ProvinceId))}, {X(nameof(BudgetSummaryByClassificationRow.LaoType))},
                {X(nameof(BudgetSummaryByClassificationRow.ClassificationId))}, {X(nameof(BudgetSummaryByClassificationRow.Amount))})
            SELECT a.{B(nameof(Budget.LaoId))}, a.{B(nameof(Budget.FiscalYear))}, a.{B(nameof(Budget.ProvinceId))}, a.{B(nameof(Budget.LaoType))}, x.ClassificationId, x.Amount
            FROM {budget} a
            JOIN ({ByColumn(nameof(BudgetLine.ProgrammeId))} UNION ALL {ByColumn(nameof(BudgetLine.GroupId))}) x
              ON x.LaoId = a.{B(nameof(Budget.LaoId))} AND x.FiscalYear = a.{B(nameof(Budget.FiscalYear))}
            WHERE a.{B(nameof(Budget.Kind))} = {annual}
            """;

        // Join the caller's transaction if there is one; otherwise all or nothing in our own.
        IDbContextTransaction? own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await using (own)
        {
            // Table names come from the EF model, not from input.
            var deleteByClassification = "DELETE FROM " + byClassification;
            await db.Database.ExecuteSqlRawAsync(deleteByClassification, cancellationToken);

            // Rows of LAO-years without an annual budget and without lines are synthetic (benchmark and demo figures
            // written without documents): they have no source to recompute from, so they are kept.
            var deleteSummary = $"""
                DELETE FROM {summary}
                WHERE {S(nameof(BudgetSummaryRow.LineCount))} > 0 OR EXISTS (
                    SELECT 1 FROM {budget} b WHERE b.{B(nameof(Budget.LaoId))} = {summary}.{S(nameof(BudgetSummaryRow.LaoId))}
                      AND b.{B(nameof(Budget.FiscalYear))} = {summary}.{S(nameof(BudgetSummaryRow.FiscalYear))} AND b.{B(nameof(Budget.Kind))} = {annual})
                """;
            await db.Database.ExecuteSqlRawAsync(deleteSummary, cancellationToken);
            var kept = await db.Set<BudgetSummaryRow>().CountAsync(cancellationToken);
            var written = kept + await db.Database.ExecuteSqlRawAsync(insertSummary, [clock.GetUtcNow().UtcDateTime], cancellationToken);
            await db.Database.ExecuteSqlRawAsync(insertByClassification, cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            return written;
        }
    }
}
