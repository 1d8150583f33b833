using LocalGov.Finance.Domain;
using LocalGov.Organizations.Contracts;

namespace LocalGov.Finance.Areas.Finance.Features.BankAccounts;

internal sealed record BankAccountRow(BankAccount Bank, string LedgerAccount);

internal sealed record BankAccountsViewModel(LaoDto Lao, IReadOnlyList<BankAccountRow> Rows, bool CanManage);

internal sealed class BankAccountForm
{
    public int? Id { get; set; }
    public string? BankName { get; set; }
    public string? Branch { get; set; }
    public string? AccountNumber { get; set; }
    public string? AccountName { get; set; }
    public BankAccountKind? Kind { get; set; }
    public int? LedgerAccountId { get; set; }
    public bool IsActive { get; set; } = true;
    public Guid ConcurrencyStamp { get; set; }
}

internal sealed record BankAccountFormViewModel(BankAccountForm Form, IReadOnlyList<Account> LedgerAccounts);
