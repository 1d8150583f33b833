using LocalGov.Finance.Domain;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LocalGov.Finance.Areas.Finance.Features.Journal;

internal sealed record JournalListRow(int Id, string EntryNo, DateOnly EntryDate, int Period, JournalEntryKind Kind, string Description, Money Amount, bool Reversed, bool IsReversal);

internal sealed record JournalFilter(int FiscalYear, int? Period, JournalEntryKind? Kind, string? Text, string? Account);

internal sealed record JournalListViewModel(
    LaoDto Lao,
    JournalFilter Filter,
    IReadOnlyList<int> Years,
    IReadOnlyList<JournalListRow> Rows,
    int Total,
    Pager Pager,
    bool CanPost);

internal sealed record JournalLineView(int LineNo, string AccountCode, string AccountName, Money Debit, Money Credit, int? BudgetLineId, string? BankAccount, string? Description);

internal sealed record JournalDetailsViewModel(
    JournalEntry Entry,
    string LaoName,
    string FundName,
    IReadOnlyList<JournalLineView> Lines,
    (int Id, string EntryNo)? ReversalOf,
    (int Id, string EntryNo)? ReversedBy,
    bool CanReverse);

/// <summary>One row of the manual entry form; amounts as typed (validated as decimals with at most two decimals).</summary>
internal sealed class EntryLineForm
{
    public int? AccountId { get; set; }
    public string? Debit { get; set; }
    public string? Credit { get; set; }
    public string? Description { get; set; }

    public bool IsBlank => AccountId is null && string.IsNullOrWhiteSpace(Debit) && string.IsNullOrWhiteSpace(Credit) && string.IsNullOrWhiteSpace(Description);
}

/// <summary>The manual entry (ใบผ่านรายการทั่วไป) form.</summary>
internal sealed class EntryForm
{
    /// <summary>Rows rendered blank by the server (more with the "add line" button).</summary>
    public const int BlankRows = 6;

    public string? EntryDate { get; set; }
    public string? Description { get; set; }
    public string? FundCode { get; set; }
    public List<EntryLineForm> Lines { get; set; } = [];
}

internal sealed record EntryFormViewModel(EntryForm Form, IReadOnlyList<SelectListItem> Accounts, IReadOnlyList<SelectListItem> Funds, Money TotalDebit, Money TotalCredit);

internal sealed class ReverseForm
{
    public string? ReversalDate { get; set; }
    public string? Reason { get; set; }
}

internal sealed record ReverseViewModel(JournalEntry Entry, ReverseForm Form);

internal sealed record ImportViewModel(IReadOnlyList<ImportError> Errors, int? Posted);

/// <summary>Dates from forms: ISO (the date picker's "2026-11-23") or "23/11/2569" with a B.E. year.</summary>
internal static class FormDate
{
    public static bool TryParse(string? text, out DateOnly date) => LocalGov.SharedKernel.Time.ThaiDate.TryParseIsoOrShort(text, out date);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
