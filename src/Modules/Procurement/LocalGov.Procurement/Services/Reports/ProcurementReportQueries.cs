using System.Globalization;
using LocalGov.Data;
using LocalGov.Procurement.Contracts;
using LocalGov.Procurement.Domain;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Security;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Procurement.Services.Reports;

/// <summary>Count and value (contract value, or the award before a contract) of one group.</summary>
internal sealed record VolumeRow<TKey>(TKey Key, int Cases, Money Value);

/// <summary>An instalment past its due date and not accepted, or accepted late.</summary>
internal sealed record LateInstalment(int LaoId, int CaseId, string ContractNo, int No, string VendorName, DateOnly DueOn, DateOnly? AcceptedOn, int DaysLate, bool Accepted);

/// <summary>
/// The DLA's procurement figures of a fiscal year over a set of LAOs, computed by the database (GROUP BY) and never by
/// loading cases. Money is value-converted, which EF cannot SUM, so the sums are SQL over the model's own table and
/// column names (<see cref="SqlNames"/>), summing the raw satang columns; the same SQL runs on SQLite and SQL Server.
/// Volume = awarded, contracted or completed cases; value = the contract's amount, or the award before a contract.
/// </summary>
internal sealed class ProcurementReportQueries(LocalGovDbContext db, SqlNames names, TimeProvider clock) : IProcurementSummaries
{
    private static readonly int[] VolumeStatuses = [(int)ProcurementCaseStatus.Awarded, (int)ProcurementCaseStatus.Contracted, (int)ProcurementCaseStatus.Completed];

    private string C(string p) => "c." + names.Column<ProcurementCase>(p);

    private string K(string p) => "k." + names.Column<PurchaseContract>(p);

    private string I(string p) => "i." + names.Column<ContractInstalment>(p);

    private static string InList(IEnumerable<int> ids) => string.Join(", ", ids.Select(i => i.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The WHERE of the volume: the year, the statuses, the LAOs of the filter.</summary>
    private string VolumeWhere(LaoFilter filter) =>
        $"{C(nameof(ProcurementCase.FiscalYear))} = {{0}} AND {C(nameof(ProcurementCase.Status))} IN ({InList(VolumeStatuses)})" +
        (filter.All ? "" : $" AND {C(nameof(ProcurementCase.LaoId))} IN ({(filter.LaoIds.Count == 0 ? "-1" : InList(filter.LaoIds))})");

    private string VolumeFrom() =>
        $"FROM {names.Table<ProcurementCase>()} c LEFT JOIN {names.Table<PurchaseContract>()} k ON {K(nameof(PurchaseContract.CaseId))} = {C(nameof(ProcurementCase.Id))}";

    private string ValueExpression() =>
        $"SUM(COALESCE({K(nameof(PurchaseContract.Amount))}, {C(nameof(ProcurementCase.AwardAmount))}, 0))";

    /// <summary>Count and value of the volume grouped by <paramref name="key"/> (selected as Key, Cases, Value).</summary>
    private string VolumeSql(string key, LaoFilter filter, string extraWhere = "") =>
        $"SELECT {key} AS {names.Quote("Key")}, COUNT(*) AS {names.Quote("Cases")}, {ValueExpression()} AS {names.Quote("Value")} " +
        $"{VolumeFrom()} WHERE {VolumeWhere(filter)}{extraWhere} GROUP BY {key}";

    /// <summary>The cases of the year in the LAOs of the filter.</summary>
    private IQueryable<ProcurementCase> CasesOf(int fiscalYear, LaoFilter filter)
    {
        var cases = db.Set<ProcurementCase>().AsNoTracking().Where(c => c.FiscalYear == fiscalYear);
        if (!filter.All)
        {
            var ids = filter.LaoIds.ToList();
            cases = cases.Where(c => ids.Contains(c.LaoId));
        }

        return cases;
    }

    /// <summary>The late instalments of the year's non-cancelled contracts, for the list and its count alike.</summary>
    private IQueryable<LateQueryRow> LateQuery(int fiscalYear, LaoFilter filter, DateOnly today) =>
        from c in CasesOf(fiscalYear, filter).Where(c => c.Status != ProcurementCaseStatus.Cancelled)
        join k in db.Set<PurchaseContract>().AsNoTracking() on c.Id equals k.CaseId
        join i in db.Set<ContractInstalment>().AsNoTracking() on k.Id equals i.ContractId
        where (i.Accepted != true && i.DueOn < today) || (i.Accepted == true && i.LateDays > 0)
        select new LateQueryRow { LaoId = k.LaoId, CaseId = c.Id, ContractNo = k.ContractNo, VendorId = k.VendorId, No = i.No, DueOn = i.DueOn, InspectedOn = i.InspectedOn, Accepted = i.Accepted, LateDays = i.LateDays };

    public async Task<IReadOnlyList<VolumeRow<ProcurementMethod?>>> ByMethodAsync(int fiscalYear, LaoFilter filter, CancellationToken cancellationToken)
    {
        var sql = VolumeSql(C(nameof(ProcurementCase.Method)), filter);
        var rows = await db.Database.SqlQueryRaw<NullableKeyRow>(sql, fiscalYear).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new VolumeRow<ProcurementMethod?>(r.Key is { } m ? (ProcurementMethod)m : null, r.Cases, Money.FromSatang(r.Value))).OrderBy(r => r.Key)];
    }

    public async Task<IReadOnlyList<VolumeRow<int>>> ByLaoAsync(int fiscalYear, LaoFilter filter, CancellationToken cancellationToken)
    {
        var sql = VolumeSql(C(nameof(ProcurementCase.LaoId)), filter);
        var rows = await db.Database.SqlQueryRaw<KeyRow>(sql, fiscalYear).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new VolumeRow<int>(r.Key, r.Cases, Money.FromSatang(r.Value)))];
    }

    /// <summary>By month of the award (1 = October … 12 = September of the fiscal year): grouped by award date in SQL (at most a year of days), folded into months here.</summary>
    public async Task<IReadOnlyList<VolumeRow<int>>> ByMonthAsync(int fiscalYear, LaoFilter filter, CancellationToken cancellationToken)
    {
        var key = C(nameof(ProcurementCase.AwardedOn));
        var sql = VolumeSql(key, filter, $" AND {key} IS NOT NULL");
        var rows = await db.Database.SqlQueryRaw<DateKeyRow>(sql, fiscalYear).ToListAsync(cancellationToken);
        var year = new FiscalYear(fiscalYear);
        return [.. rows.GroupBy(r => year.Contains(r.Key) ? year.MonthIndexOf(r.Key) : r.Key < year.Start ? 0 : 13)
            .Select(g => new VolumeRow<int>(g.Key, g.Sum(r => r.Cases), Money.FromSatang(g.Sum(r => r.Value))))
            .OrderBy(r => r.Key)];
    }

    /// <summary>Average days from the announcement to the contract's signing, over the cases of the year that have both (null when none).</summary>
    public async Task<double?> AverageDaysToContractAsync(int fiscalYear, LaoFilter filter, CancellationToken cancellationToken)
    {
        return await CasesOf(fiscalYear, filter).Where(c => c.AnnouncedOn != null).Join(db.Set<PurchaseContract>().AsNoTracking(), c => c.Id, k => k.CaseId, (c, k) => new { c.AnnouncedOn, k.SignedOn })
            .Select(x => (double?)(x.SignedOn.DayNumber - x.AnnouncedOn!.Value.DayNumber))
            .AverageAsync(cancellationToken);
    }

    /// <summary>Instalments of the year's contracts past due and not accepted (days late until today), or accepted late (the days recorded at acceptance).</summary>
    public async Task<IReadOnlyList<LateInstalment>> LateAsync(int fiscalYear, LaoFilter filter, int? take, CancellationToken cancellationToken)
    {
        var today = ThaiDate.Today(clock);
        var query =
            from l in LateQuery(fiscalYear, filter, today)
            join v in db.Set<Vendor>().AsNoTracking() on l.VendorId equals v.Id
            orderby l.DueOn, l.ContractNo, l.No
            select new { l.LaoId, Id = l.CaseId, l.ContractNo, l.No, v.Name, l.DueOn, l.InspectedOn, l.Accepted, l.LateDays };
        var rows = await (take is { } t ? query.Take(t) : query).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new LateInstalment(r.LaoId, r.Id, r.ContractNo, r.No, r.Name, r.DueOn, r.Accepted == true ? r.InspectedOn : null,
                r.Accepted == true ? r.LateDays : today.DayNumber - r.DueOn.DayNumber, r.Accepted == true))
            .OrderByDescending(r => r.DaysLate)];
    }

    public Task<int> LateCountAsync(int fiscalYear, LaoFilter filter, CancellationToken cancellationToken) =>
        LateQuery(fiscalYear, filter, ThaiDate.Today(clock)).CountAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<LaoProcurementSummary>> GetAsync(int fiscalYear, IReadOnlyCollection<int>? laoIds, CancellationToken cancellationToken = default)
    {
        var today = ThaiDate.Today(clock);
        var laoFilter = laoIds is null ? "" : $" AND {C(nameof(ProcurementCase.LaoId))} IN ({(laoIds.Count == 0 ? "-1" : InList(laoIds))})";
        var lateExists =
            $"EXISTS (SELECT 1 FROM {names.Table<ContractInstalment>()} i WHERE {I(nameof(ContractInstalment.ContractId))} = {K(nameof(PurchaseContract.Id))} " +
            $"AND ((COALESCE({I(nameof(ContractInstalment.Accepted))}, 0) = 0 AND {I(nameof(ContractInstalment.DueOn))} < {{1}}) " +
            $"OR ({I(nameof(ContractInstalment.Accepted))} = 1 AND {I(nameof(ContractInstalment.LateDays))} > 0)))";
        var status = C(nameof(ProcurementCase.Status));
        var sql =
            $"SELECT {C(nameof(ProcurementCase.LaoId))} AS {names.Quote("LaoId")}, COUNT(*) AS {names.Quote("Cases")}, " +
            $"SUM(CASE WHEN {K(nameof(PurchaseContract.Id))} IS NULL THEN 0 ELSE 1 END) AS {names.Quote("ContractedCases")}, " +
            $"SUM(COALESCE({K(nameof(PurchaseContract.Amount))}, 0)) AS {names.Quote("ContractedValue")}, " +
            $"SUM(CASE WHEN {C(nameof(ProcurementCase.Method))} = {(int)ProcurementMethod.Specific} AND {status} IN ({InList(VolumeStatuses)}) " +
            $"THEN COALESCE({K(nameof(PurchaseContract.Amount))}, {C(nameof(ProcurementCase.AwardAmount))}, 0) ELSE 0 END) AS {names.Quote("SpecificValue")}, " +
            $"SUM(CASE WHEN {K(nameof(PurchaseContract.Id))} IS NOT NULL AND {lateExists} THEN 1 ELSE 0 END) AS {names.Quote("LateContracts")} " +
            $"{VolumeFrom()} WHERE {C(nameof(ProcurementCase.FiscalYear))} = {{0}} AND {status} <> {(int)ProcurementCaseStatus.Cancelled}{laoFilter} " +
            $"GROUP BY {C(nameof(ProcurementCase.LaoId))}";
        var rows = await db.Database.SqlQueryRaw<SummaryRow>(sql, fiscalYear, today).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.LaoId).Select(r => new LaoProcurementSummary(r.LaoId, fiscalYear, r.Cases, r.ContractedCases,
            Money.FromSatang(r.ContractedValue), Money.FromSatang(r.SpecificValue), r.LateContracts))];
    }

    /// <summary>Member-initialised (not a constructor) so that EF can compose the vendor join and the ordering on it.</summary>
    private sealed class LateQueryRow
    {
        public int LaoId { get; init; }
        public int CaseId { get; init; }
        public required string ContractNo { get; init; }
        public int VendorId { get; init; }
        public int No { get; init; }
        public DateOnly DueOn { get; init; }
        public DateOnly? InspectedOn { get; init; }
        public bool? Accepted { get; init; }
        public int LateDays { get; init; }
    }

    private sealed class KeyRow
    {
        public int Key { get; set; }
        public int Cases { get; set; }
        public long Value { get; set; }
    }

    private sealed class NullableKeyRow
    {
        public int? Key { get; set; }
        public int Cases { get; set; }
        public long Value { get; set; }
    }

    private sealed class DateKeyRow
    {
        public DateOnly Key { get; set; }
        public int Cases { get; set; }
        public long Value { get; set; }
    }

    private sealed class SummaryRow
    {
        public int LaoId { get; set; }
        public int Cases { get; set; }
        public int ContractedCases { get; set; }
        public long ContractedValue { get; set; }
        public long SpecificValue { get; set; }
        public int LateContracts { get; set; }
    }
}
