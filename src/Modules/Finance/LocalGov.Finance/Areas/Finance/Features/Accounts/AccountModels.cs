using LocalGov.Finance.Domain;

namespace LocalGov.Finance.Areas.Finance.Features.Accounts;

internal sealed record AccountRow(Account Account, int Depth);

internal sealed record AccountGroup(AccountType Type, IReadOnlyList<AccountRow> Rows);

internal sealed record AccountsViewModel(int FiscalYear, IReadOnlyList<int> Years, IReadOnlyList<AccountGroup> Groups, bool CanEdit);

/// <summary>An account as the administrator edits it; code and type are fixed once the account has postings.</summary>
internal sealed class AccountForm
{
    public int? Id { get; set; }
    public string? Code { get; set; }
    public AccountType? Type { get; set; }
    public string? NameTh { get; set; }
    public string? NameEn { get; set; }
    public int? ParentId { get; set; }
    public bool IsPostable { get; set; } = true;
    public string? BudgetCategoryCode { get; set; }
    public int? EffectiveFromYear { get; set; }
    public int? EffectiveToYear { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}

internal sealed record AccountFormViewModel(AccountForm Form, bool HasPostings, IReadOnlyList<Account> Parents);
