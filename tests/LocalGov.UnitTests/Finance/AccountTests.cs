using LocalGov.Finance.Domain;

namespace LocalGov.UnitTests.Finance;

public sealed class AccountTests
{
    private static Account Account(int id, string code, AccountRole? role = null) =>
        new() { Id = id, Code = code, NameTh = code, NameEn = code, Type = (AccountType)(code[0] - '0'), Role = role };

    [Fact]
    public void Cash_and_bank_are_the_roles_the_cash_and_bank_group_and_the_ledger_accounts_of_bank_accounts()
    {
        int[] bankLedgers = [9];

        Assert.True(Account(1, "1101010101", AccountRole.Cash).IsCashOrBank([]));
        Assert.True(Account(2, "1101020301").IsCashOrBank([]));
        Assert.True(Account(9, "1199990101").IsCashOrBank(bankLedgers));
        Assert.False(Account(3, "1102010101").IsCashOrBank(bankLedgers));
        Assert.False(Account(4, "4101010101").IsCashOrBank(bankLedgers));
    }
}
