using LocalGov.Data;
using LocalGov.Finance.Domain;
using LocalGov.Finance.Reporting;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Finance.Services.Reports;

/// <summary>
/// สรุปกระแสเงินสด: cash and bank at the start of the period, receipts by source (revenue accounts), payments by use
/// (expense accounts and asset purchases), other movements (receivables, payables, deposits held, equity) as other
/// receipts or payments, and cash and bank at the end. Every balanced entry moves cash exactly as much as it moves
/// the other accounts the other way, so start + receipts − payments = end holds by construction of the ledger.
/// </summary>
internal sealed class CashFlowReport(LocalGovDbContext db, LedgerQueries ledger, ReportText text)
{
    public const string TableId = "cash-flow";

    public async Task<ReportDocument> BuildAsync(LaoDto lao, ReportPeriod period, Func<Account, string?>? accountUrl, CancellationToken cancellationToken)
    {
        var chart = await ReportChart.LoadAsync(db, period.FiscalYear, cancellationToken);
        var bankLedgerAccounts = await db.Set<BankAccount>().AsNoTracking().Where(b => b.LaoId == lao.Id).Select(b => b.LedgerAccountId).ToListAsync(cancellationToken);
        var movements = period with { AfterClosing = false };
        var before = new TotalsByKey(await ledger.ByAccountAsync(lao.Id, period.FiscalYear, movements.Opening.From, movements.Opening.To, cancellationToken));
        var during = new TotalsByKey(await ledger.ByAccountAsync(lao.Id, period.FiscalYear, movements.Movements.From, movements.Movements.To, cancellationToken));
        var accounts = chart.PostableWith(before.Keys.Concat(during.Keys));
        bool IsCash(Account a) => a.IsCashOrBank(bankLedgerAccounts);
        var cash = accounts.Where(IsCash).ToList();
        var start = Money.Sum(cash.Select(a => before[a.Id].DebitMinusCredit));
        var end = start + Money.Sum(cash.Select(a => during[a.Id].DebitMinusCredit));

        // The cash effect of every other account is the opposite of its own movement (credit − debit).
        var others = accounts.Where(a => !IsCash(a)).Select(a => (Account: a, Effect: -during[a.Id].DebitMinusCredit)).Where(x => x.Effect != Money.Zero).ToList();
        var revenue = others.Where(x => x.Account.Type == AccountType.Revenue).ToList();
        var expenses = others.Where(x => x.Account.Type == AccountType.Expense).ToList();
        var purchases = others.Where(x => x.Account.Type == AccountType.Asset && !string.IsNullOrEmpty(x.Account.BudgetCategoryCode)).ToList();
        var rest = others.Except(revenue).Except(expenses).Except(purchases).ToList();
        var otherIn = rest.Where(x => x.Effect > Money.Zero).ToList();
        var otherOut = rest.Where(x => x.Effect < Money.Zero).ToList();

        var rows = new List<ReportRow>
        {
            Rows.Total("cash-start", text["Rep.CF.Start"], 0, start),
            Rows.Header(text["Rep.CF.Receipts"]),
            Rows.Header(text["Rep.CF.FromRevenue"], 1),
        };
        rows.AddRange(revenue.Select(x => Rows.Account(x.Account, 2, accountUrl?.Invoke(x.Account), x.Effect)));
        rows.Add(Rows.Header(text["Rep.CF.OtherReceipts"], 1));
        rows.AddRange(otherIn.Select(x => Rows.Account(x.Account, 2, accountUrl?.Invoke(x.Account), x.Effect)));
        var receipts = Money.Sum(revenue.Concat(otherIn).Select(x => x.Effect));
        rows.Add(Rows.Total("total-receipts", text["Rep.CF.TotalReceipts"], 0, receipts));

        rows.Add(Rows.Header(text["Rep.CF.Payments"]));
        rows.Add(Rows.Header(text["Rep.CF.ForExpenses"], 1));
        rows.AddRange(expenses.Select(x => Rows.Account(x.Account, 2, accountUrl?.Invoke(x.Account), -x.Effect)));
        rows.Add(Rows.Header(text["Rep.CF.ForAssets"], 1));
        rows.AddRange(purchases.Select(x => Rows.Account(x.Account, 2, accountUrl?.Invoke(x.Account), -x.Effect)));
        rows.Add(Rows.Header(text["Rep.CF.OtherPayments"], 1));
        rows.AddRange(otherOut.Select(x => Rows.Account(x.Account, 2, accountUrl?.Invoke(x.Account), -x.Effect)));
        var payments = Money.Sum(expenses.Concat(purchases).Concat(otherOut).Select(x => -x.Effect));
        rows.Add(Rows.Total("total-payments", text["Rep.CF.TotalPayments"], 0, payments));
        rows.Add(Rows.Total("net-change", text["Rep.CF.NetChange"], 0, receipts - payments));
        rows.Add(Rows.Total("cash-end", text["Rep.CF.End"], 0, end));
        var notes = new List<string> { text["Rep.CF.Note"] };
        if (start + receipts - payments != end)
        {
            notes.Insert(0, text["Rep.CF.Unbalanced"]);
        }

        ReportColumn[] columns = [new(text["Rep.Col.Code"]), new(text["Rep.Col.Account"]), new(text["Rep.Col.Amount"], true)];
        return new ReportDocument("report-cash-flow", text["Rep.CF.Title"], text.Subtitle(lao, movements),
            [new ReportTable(TableId, null, columns, rows)], notes, DateTime.UtcNow);
    }
}
