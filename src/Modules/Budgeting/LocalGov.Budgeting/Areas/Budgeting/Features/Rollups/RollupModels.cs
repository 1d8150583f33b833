using LocalGov.Budgeting.Domain;
using LocalGov.Organizations.Contracts;

namespace LocalGov.Budgeting.Areas.Budgeting.Features.Rollups;

/// <summary>Counts of LAOs by roll-up status, with late ones counted separately (a late LAO is also in one status).</summary>
internal sealed class StatusCounts
{
    public int NotStarted { get; set; }
    public int Draft { get; set; }
    public int InCouncil { get; set; }
    public int AwaitingApproval { get; set; }
    public int Approved { get; set; }
    public int Late { get; set; }

    public void Add(RollupStatus status, int count)
    {
        switch (status)
        {
            case RollupStatus.NotStarted: NotStarted += count; break;
            case RollupStatus.Draft: Draft += count; break;
            case RollupStatus.InCouncil: InCouncil += count; break;
            case RollupStatus.AwaitingApproval: AwaitingApproval += count; break;
            default: Approved += count; break;
        }
    }
}

/// <summary>Money totals in satang of a group of LAOs, with last year's expenditure for the comparison.</summary>
internal sealed class RollupTotals
{
    public int LaoCount { get; set; }
    public int Budgets { get; set; }
    public long Revenue { get; set; }
    public long Expenditure { get; set; }
    public long Personnel { get; set; }
    public long Capital { get; set; }
    public long PreviousExpenditure { get; set; }
    public StatusCounts Statuses { get; } = new();

    public decimal? PersonnelSharePercent => Expenditure == 0 ? null : Math.Round(Personnel * 100m / Expenditure, 1, MidpointRounding.AwayFromZero);

    public decimal? ChangePercent => RollupsRules.PercentChange(PreviousExpenditure, Expenditure);
}

internal sealed record ProvinceRollupRow(int ProvinceId, string Code, string NameTh, string NameEn, RollupTotals Totals);

internal sealed record TypeRollupRow(LaoType Type, RollupTotals Totals);

internal sealed record ClassificationRollupRow(string Code, string NameTh, string NameEn, long Amount, decimal? SharePercent);

internal sealed record LaoRollupRow(
    int LaoId,
    string Code,
    string NameTh,
    string NameEn,
    LaoType Type,
    RollupStatus Status,
    bool Late,
    int? BudgetId,
    long Revenue,
    long Expenditure,
    long Personnel,
    long Capital,
    int LineCount,
    long? PreviousExpenditure)
{
    public decimal? ChangePercent => PreviousExpenditure is { } previous ? RollupsRules.PercentChange(previous, Expenditure) : null;
}

internal sealed record NationalRollupViewModel(
    int FiscalYear,
    IReadOnlyList<int> Years,
    IReadOnlyList<ProvinceRollupRow> Provinces,
    RollupTotals Total,
    IReadOnlyList<TypeRollupRow> ByType,
    IReadOnlyList<ClassificationRollupRow> ByProgramme,
    IReadOnlyList<ClassificationRollupRow> ByGroup);

internal sealed record ProvinceRollupViewModel(
    int FiscalYear,
    IReadOnlyList<int> Years,
    ProvinceDto Province,
    bool ShowNationalLink,
    IReadOnlyList<LaoRollupRow> Laos,
    RollupTotals Total,
    IReadOnlyList<TypeRollupRow> ByType,
    IReadOnlyList<ClassificationRollupRow> ByProgramme,
    IReadOnlyList<ClassificationRollupRow> ByGroup);
