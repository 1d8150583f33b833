using LocalGov.Budgeting.Domain;
using LocalGov.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Budgeting.Services;

/// <summary>Which column the roll-up groups by, besides status.</summary>
internal enum RollupKey
{
    Province = 1,
    LaoType = 2,
}

/// <summary>Budgets and totals (satang) of one group and status.</summary>
internal sealed class RollupTotalsRow
{
    public int FiscalYear { get; set; }
    public int Key { get; set; }
    public int Status { get; set; }
    public int Budgets { get; set; }
    public long Revenue { get; set; }
    public long Expenditure { get; set; }
    public long Personnel { get; set; }
    public long Capital { get; set; }
}

/// <summary>Total of one classification entry (แผนงาน or งบ), with its names.</summary>
internal sealed class RollupClassificationRow
{
    public int Id { get; set; }
    public int Kind { get; set; }
    public string Code { get; set; } = "";
    public string NameTh { get; set; } = "";
    public string NameEn { get; set; } = "";
    public int SortOrder { get; set; }
    public long Amount { get; set; }
}

/// <summary>
/// The roll-up aggregates, computed by the database with GROUP BY over the summary tables only (never the
/// lines). The one place that sums <c>Money</c> columns: EF cannot translate <c>Sum</c> over a value-converted
/// type, so these are SQL over the model's own table and column names, summing the raw satang columns.
/// </summary>
internal sealed class RollupQueries(LocalGovDbContext db, SqlNames names)
{
    private const string P0 = "{0}";
    private const string P1 = "{1}";
    private const string P2 = "{2}";

    /// <summary>Totals of the year and of the year before, by the key and status.</summary>
    public async Task<IReadOnlyList<RollupTotalsRow>> TotalsAsync(int fiscalYear, int? provinceId, RollupKey key, CancellationToken cancellationToken)
    {
        string S(string p) => names.Column<BudgetSummaryRow>(p);
        var keyColumn = S(key == RollupKey.Province ? nameof(BudgetSummaryRow.ProvinceId) : nameof(BudgetSummaryRow.LaoType));
        var sql = $"""
            SELECT {S(nameof(BudgetSummaryRow.FiscalYear))} AS FiscalYear, {keyColumn} AS {names.Quote(nameof(RollupTotalsRow.Key))},
                   {S(nameof(BudgetSummaryRow.Status))} AS Status, COUNT(*) AS Budgets,
                   SUM({S(nameof(BudgetSummaryRow.RevenueTotal))}) AS Revenue, SUM({S(nameof(BudgetSummaryRow.ExpenditureTotal))}) AS Expenditure,
                   SUM({S(nameof(BudgetSummaryRow.PersonnelTotal))}) AS Personnel, SUM({S(nameof(BudgetSummaryRow.CapitalTotal))}) AS Capital
            FROM {names.Table<BudgetSummaryRow>()}
            WHERE {S(nameof(BudgetSummaryRow.FiscalYear))} IN ({P0}, {P1}){(provinceId is null ? "" : $" AND {S(nameof(BudgetSummaryRow.ProvinceId))} = {P2}")}
            GROUP BY {S(nameof(BudgetSummaryRow.FiscalYear))}, {keyColumn}, {S(nameof(BudgetSummaryRow.Status))}
            """;
        object[] parameters = provinceId is null ? [fiscalYear, fiscalYear - 1] : [fiscalYear, fiscalYear - 1, provinceId.Value];
        return await db.Database.SqlQueryRaw<RollupTotalsRow>(sql, parameters).ToListAsync(cancellationToken);
    }

    /// <summary>Totals by แผนงาน and by งบ (the classification's kind says which), joined to their names.</summary>
    public async Task<IReadOnlyList<RollupClassificationRow>> ByClassificationAsync(int fiscalYear, int? provinceId, CancellationToken cancellationToken)
    {
        string X(string p) => names.Column<BudgetSummaryByClassificationRow>(p);
        string C(string p) => names.Column<Classification>(p);
        var sql = $"""
            SELECT c.{C(nameof(Classification.Id))} AS Id, c.{C(nameof(Classification.Kind))} AS Kind, c.{C(nameof(Classification.Code))} AS Code,
                   c.{C(nameof(Classification.NameTh))} AS NameTh, c.{C(nameof(Classification.NameEn))} AS NameEn,
                   c.{C(nameof(Classification.SortOrder))} AS SortOrder, x.Amount AS Amount
            FROM (SELECT {X(nameof(BudgetSummaryByClassificationRow.ClassificationId))} AS ClassificationId, SUM({X(nameof(BudgetSummaryByClassificationRow.Amount))}) AS Amount
                  FROM {names.Table<BudgetSummaryByClassificationRow>()}
                  WHERE {X(nameof(BudgetSummaryByClassificationRow.FiscalYear))} = {P0}{(provinceId is null ? "" : $" AND {X(nameof(BudgetSummaryByClassificationRow.ProvinceId))} = {P1}")}
                  GROUP BY {X(nameof(BudgetSummaryByClassificationRow.ClassificationId))}) x
            JOIN {names.Table<Classification>()} c ON c.{C(nameof(Classification.Id))} = x.ClassificationId
            """;
        object[] parameters = provinceId is null ? [fiscalYear] : [fiscalYear, provinceId.Value];
        var rows = await db.Database.SqlQueryRaw<RollupClassificationRow>(sql, parameters).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.SortOrder)];
    }
}
