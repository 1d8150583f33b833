using System.Globalization;
using LocalGov.Data;
using LocalGov.Finance.Domain;
using LocalGov.Finance.Reporting;
using LocalGov.Finance.Resources;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Finance.Services.Reports;

/// <summary>The chart of accounts in force for a year, loaded once per report (a few dozen rows).</summary>
internal sealed class ReportChart(IReadOnlyDictionary<int, Account> all, int fiscalYear)
{
    public IReadOnlyDictionary<int, Account> All { get; } = all;

    /// <summary>Postable accounts of the year, in chart order.</summary>
    public IReadOnlyList<Account> Postable { get; } =
        [.. all.Values.Where(a => a.IsPostable && a.AppliesTo(fiscalYear)).OrderBy(a => a.SortOrder).ThenBy(a => a.Code, StringComparer.Ordinal)];

    public static async Task<ReportChart> LoadAsync(LocalGovDbContext db, int fiscalYear, CancellationToken cancellationToken) =>
        new(await db.Set<Account>().AsNoTracking().ToDictionaryAsync(a => a.Id, cancellationToken), fiscalYear);

    /// <summary>Accounts the ledger touched that the chart no longer has in force for the year still count (they carry balances).</summary>
    public IReadOnlyList<Account> PostableWith(IEnumerable<int> ledgerAccountIds)
    {
        var ids = Postable.Select(a => a.Id).ToHashSet();
        var extra = ledgerAccountIds.Where(id => !ids.Contains(id) && All.ContainsKey(id)).Distinct().Select(id => All[id]);
        return [.. Postable.Concat(extra).OrderBy(a => a.SortOrder).ThenBy(a => a.Code, StringComparer.Ordinal)];
    }
}

/// <summary>Ledger totals by key with zero for keys without postings.</summary>
internal sealed class TotalsByKey(IEnumerable<LedgerTotal> totals)
{
    private readonly Dictionary<int, LedgerTotal> _byKey = totals.ToDictionary(t => t.Key);

    public IEnumerable<int> Keys => _byKey.Keys;

    public LedgerTotal this[int key] => _byKey.TryGetValue(key, out var t) ? t : new LedgerTotal(key, Money.Zero, Money.Zero);

    /// <summary>The balance in the account's own direction: debit − credit for assets and expenses, credit − debit otherwise.</summary>
    public Money Natural(Account account) => account.IsDebitNormal ? this[account.Id].DebitMinusCredit : -this[account.Id].DebitMinusCredit;
}

/// <summary>Localized texts shared by the report builders: titles, period lines, account names.</summary>
internal sealed class ReportText(IStringLocalizer<Strings> localizer)
{
    public static bool Thai => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "th" || CultureInfo.CurrentUICulture.Name.Length == 0;

    public string this[string key] => localizer[key];

    public string Format(string key, params object[] arguments) => localizer[key, arguments];

    public static string LaoName(LaoDto lao) => Thai ? lao.NameTh : lao.NameEn;

    public static string AccountName(Account account) => Thai ? account.NameTh : account.NameEn;

    public static string MonthLabel(int fiscalYear, int monthOfYear, bool abbreviated = false) =>
        ThaiDate.FormatMonth(ReportPeriod.CalendarYear(fiscalYear, monthOfYear), ReportPeriod.CalendarMonth(monthOfYear), abbreviated);

    public string PeriodLabel(ReportPeriod period) => period.Month is { } m
        ? Format("Rep.Period.Month", MonthLabel(period.FiscalYear, m))
        : Format("Rep.Period.WholeYear", ThaiDate.Format(period.EndDate, ThaiDateStyle.Long));

    /// <summary>"เทศบาลเมืองนครนายก · ปีงบประมาณ 2569 · เดือนธันวาคม 2568".</summary>
    public string Subtitle(LaoDto lao, ReportPeriod period) =>
        $"{LaoName(lao)} · {Format("Rep.FiscalYear", period.FiscalYear.ToString(CultureInfo.InvariantCulture))} · {PeriodLabel(period)}"
        + (period.IncludesClosing ? $" · {this["Rep.AfterClosing"]}" : "");

    /// <summary>"เทศบาลเมืองนครนายก · ณ วันที่ 31 ธันวาคม 2568".</summary>
    public string AsAt(LaoDto lao, ReportPeriod period) =>
        $"{LaoName(lao)} · {Format("Rep.AsAt", ThaiDate.Format(period.EndDate, ThaiDateStyle.Long))}"
        + (period.IncludesClosing ? $" · {this["Rep.AfterClosing"]}" : "");
}

/// <summary>Row helpers: headers, account rows and totals.</summary>
internal static class Rows
{
    /// <summary>A heading row: the text in the name column (the code column holds <paramref name="code"/>, if any).</summary>
    public static ReportRow Header(string text, int indent = 0, string? code = null) =>
        new([ReportCell.Of(code), ReportCell.Of(text)], indent);

    public static ReportRow Account(Account account, int indent, string? url, params Money?[] amounts) =>
        new([ReportCell.Of(account.Code), ReportCell.Of(ReportText.AccountName(account)), .. amounts.Select(ReportCell.Of)], indent, Url: url, Key: account.Code);

    public static ReportRow Total(string key, string text, int indent, params Money?[] amounts) =>
        new([ReportCell.Of((string?)null), ReportCell.Of(text), .. amounts.Select(ReportCell.Of)], indent, IsTotal: true, Key: key);

    /// <summary>Splits a debit − credit balance into its debit and credit columns.</summary>
    public static (Money? Debit, Money? Credit) Sides(Money debitMinusCredit) =>
        debitMinusCredit.IsNegative ? (null, -debitMinusCredit) : (debitMinusCredit == Money.Zero ? (null, null) : (debitMinusCredit, null));

    /// <summary>Percent of <paramref name="part"/> in <paramref name="whole"/>, one decimal, or "–" when the whole is zero.</summary>
    public static string Percent(Money part, Money whole) =>
        whole == Money.Zero ? "–" : (part.Satang * 100m / whole.Satang).ToString("0.0", CultureInfo.InvariantCulture);
}

/// <summary>Statement sections: accounts under their parent headers with subtotals.</summary>
internal static class StatementRows
{
    /// <summary>The accounts under their parent headers (a header-less group under the type's name), with group subtotals when there are several groups.</summary>
    public static IEnumerable<ReportRow> Grouped(
        IReadOnlyList<Account> used, ReportChart chart, AccountType type, ReportText text, Func<Account, Money[]> amounts, Func<Account, string?>? accountUrl)
    {
        var groups = AccountGroups.ByParent(used, chart.All);
        if (groups.Count == 0)
        {
            yield return Rows.Header(text["Rep.Type." + type]);
        }

        foreach (var group in groups)
        {
            yield return group.Parent is { } parent
                ? Rows.Header(ReportText.AccountName(parent), 0, parent.Code)
                : Rows.Header(text["Rep.Type." + type]);
            foreach (var account in group.Accounts)
            {
                yield return Rows.Account(account, 1, accountUrl?.Invoke(account), [.. amounts(account).Select(m => (Money?)m)]);
            }

            if (groups.Count > 1)
            {
                var sums = group.Accounts.Select(amounts).Aggregate((x, y) => [.. x.Zip(y, (p, q) => p + q)]);
                yield return Rows.Total("sub-" + (group.Parent?.Code ?? type.ToString()), text["Rep.Subtotal"], 1, [.. sums.Select(m => (Money?)m)]);
            }
        }
    }
}
