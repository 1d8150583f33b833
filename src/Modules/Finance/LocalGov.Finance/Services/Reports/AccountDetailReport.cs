using System.Globalization;
using LocalGov.Data;
using LocalGov.Finance.Domain;
using LocalGov.Finance.Reporting;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Finance.Services.Reports;

/// <summary>A page of the account detail: the document and where the page sits in the whole.</summary>
internal sealed record AccountDetailPage(ReportDocument Document, Account Account, int Page, int PageCount, int LineCount);

/// <summary>
/// บัญชีแยกประเภทรายตัว: one account's lines of the period in date order with the running balance in the account's
/// own direction, from the balance brought forward. The lines are read through the covering index (LaoId, FiscalYear,
/// AccountId, Period, …) and ordered afterwards; only the shown page's entries are joined for their numbers.
/// </summary>
internal sealed class AccountDetailReport(LocalGovDbContext db, LedgerQueries ledger, ReportText text)
{
    public const string TableId = "account-detail";

    /// <summary>Lines per screen page.</summary>
    public const int PageSize = 200;

    /// <summary>The most lines an export (print or Excel) carries; beyond it the note says to choose a month.</summary>
    public const int ExportLimit = 20_000;

    /// <summary>The page (1-based; 0 = everything up to <see cref="ExportLimit"/> for exports), or null when the account does not exist.</summary>
    public async Task<AccountDetailPage?> BuildAsync(
        LaoDto lao, ReportPeriod period, int accountId, int page, Func<int, string>? entryUrl, CancellationToken cancellationToken)
    {
        var account = await db.Set<Account>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (account is null)
        {
            return null;
        }

        var broughtForward = (await ledger.ByAccountAsync(lao.Id, period.FiscalYear, period.Opening.From, period.Opening.To, cancellationToken))
            .FirstOrDefault(t => t.Key == accountId)?.DebitMinusCredit ?? Money.Zero;
        var (from, to) = period.Movements;
        var all = await db.Set<JournalLine>().AsNoTracking()
            .Where(l => l.LaoId == lao.Id && l.FiscalYear == period.FiscalYear && l.AccountId == accountId && l.Period >= from && l.Period <= to)
            .Select(l => new LineRow(l.Id, l.EntryId, l.EntryDate, l.Period, l.LineNo, l.Debit, l.Credit))
            .ToListAsync(cancellationToken);
        all = [.. all.OrderBy(l => l.Period).ThenBy(l => l.EntryDate).ThenBy(l => l.EntryId).ThenBy(l => l.LineNo)];

        int skip, take, pageCount;
        if (page <= 0)
        {
            (skip, take, pageCount, page) = (0, ExportLimit, 1, 1);
        }
        else
        {
            pageCount = Math.Max(1, (all.Count + PageSize - 1) / PageSize);
            page = Math.Clamp(page, 1, pageCount);
            (skip, take) = ((page - 1) * PageSize, PageSize);
        }

        var shown = all.Skip(skip).Take(take).ToList();
        var entryIds = shown.Select(l => l.EntryId).Distinct().ToList();
        var entries = await db.Set<JournalEntry>().AsNoTracking().Where(e => entryIds.Contains(e.Id))
            .Select(e => new { e.Id, e.EntryNo, e.Description }).ToDictionaryAsync(e => e.Id, cancellationToken);
        var lineIds = shown.Select(l => l.Id).ToList();
        var descriptions = await db.Set<JournalLine>().AsNoTracking()
            .Where(l => lineIds.Contains(l.Id) && l.Description != null)
            .Select(l => new { l.Id, l.Description }).ToDictionaryAsync(l => l.Id, l => l.Description, cancellationToken);

        Money Natural(Money debitMinusCredit) => account.IsDebitNormal ? debitMinusCredit : -debitMinusCredit;
        var balance = broughtForward + Money.Sum(all.Take(skip).Select(l => l.Debit - l.Credit));
        var rows = new List<ReportRow>
        {
            new([ReportCell.Of((string?)null), ReportCell.Of(ThaiDate.Format(period.StartDate, ThaiDateStyle.Medium)),
                ReportCell.Of(skip == 0 ? text["Rep.AD.BroughtForward"] : text["Rep.AD.FromPreviousPage"]),
                ReportCell.Of((Money?)null), ReportCell.Of((Money?)null), ReportCell.Of(Natural(balance))], Key: "opening"),
        };
        foreach (var line in shown)
        {
            balance += line.Debit - line.Credit;
            var entry = entries.GetValueOrDefault(line.EntryId);
            var description = descriptions.GetValueOrDefault(line.Id) ?? entry?.Description;
            rows.Add(new ReportRow(
                [ReportCell.Of(entry?.EntryNo), ReportCell.Of(ThaiDate.Format(line.EntryDate, ThaiDateStyle.Medium)), ReportCell.Of(description),
                    ReportCell.Of(line.Debit == Money.Zero ? null : line.Debit), ReportCell.Of(line.Credit == Money.Zero ? null : line.Credit), ReportCell.Of(Natural(balance))],
                Url: entryUrl?.Invoke(line.EntryId), Key: line.Id.ToString(CultureInfo.InvariantCulture)));
        }

        var notes = new List<string>();
        if (skip + shown.Count >= all.Count)
        {
            rows.Add(new ReportRow(
                [ReportCell.Of((string?)null), ReportCell.Of(ThaiDate.Format(period.EndDate, ThaiDateStyle.Medium)), ReportCell.Of(text["Rep.AD.Total"]),
                    ReportCell.Of(Money.Sum(all.Select(l => l.Debit))), ReportCell.Of(Money.Sum(all.Select(l => l.Credit))), ReportCell.Of(Natural(balance))],
                IsTotal: true, Key: "total"));
        }
        else if (pageCount == 1)
        {
            notes.Add(text.Format("Rep.AD.Truncated", ExportLimit.ToString("N0", CultureInfo.InvariantCulture)));
        }

        var subtitle = $"{ReportText.LaoName(lao)} · {account.Code} {ReportText.AccountName(account)} · {text.PeriodLabel(period)}";
        ReportColumn[] columns =
        [
            new(text["Rep.AD.EntryNo"]), new(text["Rep.AD.Date"]), new(text["Rep.AD.Description"]),
            new(text["Rep.TB.Debit"], true), new(text["Rep.TB.Credit"], true), new(text["Rep.AD.Balance"], true),
        ];
        var document = new ReportDocument("report-account-detail", text["Rep.AD.Title"], subtitle,
            [new ReportTable(TableId, null, columns, rows)], notes, DateTime.UtcNow);
        return new AccountDetailPage(document, account, page, pageCount, all.Count);
    }

    private sealed record LineRow(long Id, int EntryId, DateOnly EntryDate, int Period, int LineNo, Money Debit, Money Credit);
}
