using LocalGov.Finance.Domain;
using LocalGov.Finance.Reporting;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Finance.Services.Reports;

/// <summary>
/// บัญชีแยกประเภททั่วไป: every account's balance brought forward, the period's debits and credits and its closing
/// balance in the account's own direction, each linking to the account's detail.
/// </summary>
internal sealed class GeneralLedgerReport(TrialBalanceReport trialBalance, ReportText text)
{
    public const string TableId = "general-ledger";

    public async Task<ReportDocument> BuildAsync(LaoDto lao, ReportPeriod period, Func<Account, string?>? accountUrl, CancellationToken cancellationToken)
    {
        var (_, lines) = await trialBalance.LinesAsync(lao.Id, period, cancellationToken);
        static Money Natural(Account a, Money debitMinusCredit) => a.IsDebitNormal ? debitMinusCredit : -debitMinusCredit;
        var rows = new List<ReportRow>();
        foreach (var type in Enum.GetValues<AccountType>())
        {
            var ofType = lines.Where(l => l.Account.Type == type).ToList();
            if (ofType.Count == 0)
            {
                continue;
            }

            rows.Add(Rows.Header(text["Rep.Type." + type]));
            rows.AddRange(ofType.Select(l => Rows.Account(l.Account, 1, accountUrl?.Invoke(l.Account),
                Natural(l.Account, l.Opening), l.Debit, l.Credit, Natural(l.Account, l.Closing))));
        }

        rows.Add(Rows.Total("total", text["Rep.Total"], 0, null, Money.Sum(lines.Select(l => l.Debit)), Money.Sum(lines.Select(l => l.Credit)), null));
        ReportColumn[] columns =
        [
            new(text["Rep.Col.Code"]), new(text["Rep.Col.Account"]), new(text["Rep.GL.Opening"], true),
            new(text["Rep.TB.Debit"], true), new(text["Rep.TB.Credit"], true), new(text["Rep.GL.Closing"], true),
        ];
        return new ReportDocument("report-general-ledger", text["Rep.GL.Title"], text.Subtitle(lao, period),
            [new ReportTable(TableId, null, columns, rows)], [text["Rep.GL.Note"]], DateTime.UtcNow);
    }
}
