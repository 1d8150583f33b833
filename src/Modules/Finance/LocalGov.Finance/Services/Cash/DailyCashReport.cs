using LocalGov.Finance.Domain;
using LocalGov.Finance.Reporting;
using LocalGov.Finance.Resources;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using Microsoft.Extensions.Localization;

namespace LocalGov.Finance.Services.Cash;

/// <summary>
/// รายงานเงินคงเหลือประจำวัน: for one date, the opening balance, receipts, payments and closing balance of cash on
/// hand and of each bank account (its lines by bank account), plus the bank-deposit account's lines that name no
/// bank account. Built once as a <see cref="ReportDocument"/> for screen, print and Excel.
/// </summary>
internal sealed class DailyCashReport(CashBook book, IStringLocalizer<Strings> l, TimeProvider clock)
{
    public const string TableId = "daily-cash";

    public async Task<ReportDocument> BuildAsync(LaoDto lao, DateOnly date, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lao);
        var cash = await book.RoleAccountIdAsync(AccountRole.Cash, cancellationToken);
        var bankRole = await book.RoleAccountIdAsync(AccountRole.BankDeposit, cancellationToken);
        var accounts = new List<int>();
        if (cash is { } c)
        {
            accounts.Add(c);
        }

        if (bankRole is { } b)
        {
            accounts.Add(b);
        }

        var movements = await book.MovementsAsync(lao.Id, date, accounts, includeBankLines: true, cancellationToken);
        var rows = new List<ReportRow>();
        var totals = new List<CashMovement>();

        void Add(string key, string name, IReadOnlyList<CashMovement> of)
        {
            var opening = Money.Sum(of.Select(m => m.Opening));
            var received = Money.Sum(of.Select(m => m.DebitOn));
            var paid = Money.Sum(of.Select(m => m.CreditOn));
            rows.Add(new ReportRow([ReportCell.Of(name), ReportCell.Of(opening), ReportCell.Of(received), ReportCell.Of(paid), ReportCell.Of(opening + received - paid)], Key: key));
            totals.AddRange(of);
        }

        Add("cash", l["Cash.Daily.CashOnHand"], [.. movements.Where(m => m.AccountId == cash && m.BankAccountId is null)]);
        foreach (var bank in await book.BankAccountsAsync(lao.Id, activeOnly: false, cancellationToken))
        {
            var of = movements.Where(m => m.BankAccountId == bank.Id).ToList();
            if (bank.IsActive || of.Count > 0)
            {
                Add($"bank-{bank.Id}", $"{bank.BankName} {bank.AccountNumber} ({l["Cash.BankKind." + bank.Kind]})", of);
            }
        }

        var unassigned = movements.Where(m => m.AccountId == bankRole && m.BankAccountId is null).ToList();
        if (unassigned.Count > 0)
        {
            Add("bank-unassigned", l["Cash.Daily.BankUnassigned"], unassigned);
        }

        var openingTotal = Money.Sum(totals.Select(m => m.Opening));
        var inTotal = Money.Sum(totals.Select(m => m.DebitOn));
        var outTotal = Money.Sum(totals.Select(m => m.CreditOn));
        rows.Add(new ReportRow([ReportCell.Of(l["Cash.Daily.Total"]), ReportCell.Of(openingTotal), ReportCell.Of(inTotal), ReportCell.Of(outTotal), ReportCell.Of(openingTotal + inTotal - outTotal)], IsTotal: true, Key: "total"));
        var table = new ReportTable(
            TableId,
            null,
            [new(l["Cash.Daily.Account"]), new(l["Cash.Daily.Opening"], true), new(l["Cash.Daily.Receipts"], true), new(l["Cash.Daily.Payments"], true), new(l["Cash.Daily.Closing"], true)],
            rows);
        return new ReportDocument(
            "daily-cash-report",
            l["Cash.Daily.Title"],
            l["Cash.Daily.Subtitle", lao.NameTh, ThaiDate.Format(date, ThaiDateStyle.Long)],
            [table],
            [],
            clock.GetUtcNow().UtcDateTime);
    }
}
