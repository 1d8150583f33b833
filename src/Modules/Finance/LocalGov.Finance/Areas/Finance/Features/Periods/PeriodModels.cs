using LocalGov.Finance.Domain;
using LocalGov.Organizations.Contracts;

namespace LocalGov.Finance.Areas.Finance.Features.Periods;

internal sealed record PeriodRow(int Period, DateOnly MonthStart, ClosedPeriod? Closed, int EntryCount);

internal sealed record PeriodsViewModel(
    LaoDto Lao,
    int FiscalYear,
    IReadOnlyList<int> Years,
    IReadOnlyList<PeriodRow> Months,
    int OpeningEntries,
    int ClosingEntries,
    FiscalYearClose? YearClose,
    IReadOnlyList<PeriodReopening> Reopenings,
    bool CanManage,
    bool CanReopen);

internal sealed class ReopenForm
{
    public string? Reason { get; set; }
}

internal sealed record ReopenViewModel(LaoDto Lao, int FiscalYear, int Period, DateOnly MonthStart, ClosedPeriod Closed, ReopenForm Form);

internal sealed record YearEndViewModel(LaoDto Lao, YearEndChecklist Checklist, bool CanClose, IReadOnlyList<string> Errors);
