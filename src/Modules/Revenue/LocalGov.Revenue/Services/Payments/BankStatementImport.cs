using System.Globalization;
using System.Text;
using LocalGov.Data;
using LocalGov.Revenue.Contracts;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Domain.Payments;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Files;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Revenue.Services.Payments;

/// <summary>What became of one line of a bank statement.</summary>
internal enum StatementLineStatus
{
    Imported = 1,

    /// <summary>Well-formed, but no open bill takes it (unknown reference, bill paid or cancelled, amount too large).</summary>
    Unmatched = 2,

    /// <summary>Already imported (its bank reference is on an earlier receipt): skipped, never paid twice.</summary>
    Duplicate = 3,

    /// <summary>Not readable (date, amount, missing bank reference, repeated in the file): nothing is imported.</summary>
    Broken = 4,
}

/// <summary>Why a line was not imported; the page turns it into a localized message.</summary>
internal enum StatementLineReason
{
    None = 0,
    WrongColumnCount = 1,
    BadDate = 2,
    BadAmount = 3,
    MissingBankReference = 4,
    BankReferenceTooLong = 5,
    RepeatedInFile = 6,
    UnknownReference = 7,
    BillNotPayable = 8,
    MoreThanOwed = 9,
    Reference2Mismatch = 10,
    AlreadyImported = 11,
}

internal sealed record StatementLineResult(int LineNo, StatementLineStatus Status, StatementLineReason Reason, string BankReference, Money Amount, string? BillNumber, string? ReceiptNo, int? ReceiptId);

internal sealed record StatementImportResult(IReadOnlyList<StatementLineResult> Lines, bool NothingImported, PaymentRefusedException? Refusal)
{
    public int Imported => Lines.Count(l => l.Status == StatementLineStatus.Imported);

    public bool HasBrokenLines => Lines.Any(l => l.Status == StatementLineStatus.Broken);
}

/// <summary>
/// Imports a bank statement (CSV, UTF-8, comma-separated; an optional header line): date (yyyy-MM-dd, or
/// d/M/yyyy in B.E.), amount (baht, at most two decimals), reference 1, reference 2, bank reference.
/// Reference 1 is the bill's reference (<see cref="BillReference"/>); reference 2, when given, must be its
/// taxpayer's. Policy:
/// <list type="bullet">
/// <item>Any broken line: nothing is imported; every broken line is reported with its number and reason, to be
/// fixed in the file and imported again (a half-imported statement is harder to reconcile than none).</item>
/// <item>Otherwise every matched line becomes a receipt (one per line, dated on the statement date, penalties as of
/// that date), all in one transaction; unmatched lines and lines already imported are reported and skipped.</item>
/// <item>A bank reference is unique per LAO (<see cref="BankStatementLine"/>): re-importing never pays twice.</item>
/// </list>
/// </summary>
internal sealed class BankStatementImport(LocalGovDbContext db, PaymentService payments, RevenueSummaryUpdater summaries, TimeProvider clock)
{
    public const int MaxLines = 5000;

    private sealed record ParsedLine(int LineNo, DateOnly Date, Money Amount, string Reference1, string Reference2, string BankReference);

    public async Task<StatementImportResult> ImportAsync(int laoId, Stream csv, string fileName, PaymentMethod method, string userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(csv);
        using var reader = new StreamReader(csv, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var text = await reader.ReadToEndAsync(cancellationToken);
        var (parsed, broken) = Parse(text);
        if (broken.Count > 0)
        {
            return new StatementImportResult([.. broken.OrderBy(b => b.LineNo)], true, null);
        }

        List<StatementLineResult> results = [];
        var outcome = await payments.RunAsync(async ct =>
        {
            results = [];
            var references = parsed.Select(p => p.BankReference).ToList();
            var known = await db.Set<BankStatementLine>().AsNoTracking()
                .Where(l => l.LaoId == laoId && references.Contains(l.BankReference))
                .Select(l => l.BankReference).ToListAsync(ct);
            var fiscalYears = new HashSet<int>();
            foreach (var line in parsed)
            {
                if (known.Contains(line.BankReference))
                {
                    results.Add(Result(line, StatementLineStatus.Duplicate, StatementLineReason.AlreadyImported, null, null));
                    continue;
                }

                var number = BillReference.BillNumberOf(line.Reference1);
                var bill = number is null ? null : await db.Set<Bill>().AsNoTracking().FirstOrDefaultAsync(b => b.LaoId == laoId && b.Number == number, ct);
                if (bill is null)
                {
                    results.Add(Result(line, StatementLineStatus.Unmatched, StatementLineReason.UnknownReference, null, null));
                    continue;
                }

                if (line.Reference2.Length > 0 && line.Reference2 != BillReference.Reference2(bill.TaxpayerId))
                {
                    results.Add(Result(line, StatementLineStatus.Unmatched, StatementLineReason.Reference2Mismatch, bill.Number, null));
                    continue;
                }

                Receipt receipt;
                try
                {
                    receipt = await payments.IssueAsync(
                        new PaymentRequest(laoId, bill.TaxpayerId, line.Date, method, line.BankReference, [new PaymentItem(bill.Id, line.Amount)]),
                        userName,
                        ct);
                }
                catch (PaymentRefusedException refusal) when (refusal.Error is PaymentError.MoreThanOwed or PaymentError.BillNotPayable)
                {
                    results.Add(Result(line, StatementLineStatus.Unmatched,
                        refusal.Error == PaymentError.MoreThanOwed ? StatementLineReason.MoreThanOwed : StatementLineReason.BillNotPayable, bill.Number, null));
                    continue;
                }

                db.Set<BankStatementLine>().Add(new BankStatementLine
                {
                    LaoId = laoId,
                    BankReference = line.BankReference,
                    StatementDate = line.Date,
                    Amount = line.Amount,
                    Reference1 = line.Reference1,
                    Reference2 = line.Reference2,
                    ReceiptId = receipt.Id,
                    FileName = Path.GetFileName(fileName).Length > 260 ? Path.GetFileName(fileName)[..260] : Path.GetFileName(fileName),
                    ImportedBy = userName,
                    ImportedUtc = clock.GetUtcNow().UtcDateTime,
                });
                await db.SaveChangesAsync(ct);
                fiscalYears.Add(receipt.FiscalYear);
                results.Add(Result(line, StatementLineStatus.Imported, StatementLineReason.None, bill.Number, receipt));
            }

            foreach (var year in fiscalYears)
            {
                await summaries.RefreshAsync(laoId, year, ct);
            }

            await db.SaveChangesAsync(ct);
            return (Receipt?)null;
        }, cancellationToken);

        return outcome.Succeeded
            ? new StatementImportResult(results, results.All(r => r.Status != StatementLineStatus.Imported), null)
            : new StatementImportResult([], true, outcome.Refusal);
    }

    private static StatementLineResult Result(ParsedLine line, StatementLineStatus status, StatementLineReason reason, string? billNumber, Receipt? receipt) =>
        new(line.LineNo, status, reason, line.BankReference, line.Amount, billNumber, receipt?.ReceiptNo, receipt?.Id);

    private static (List<ParsedLine> Lines, List<StatementLineResult> Broken) Parse(string text)
    {
        var lines = new List<ParsedLine>();
        var broken = new List<StatementLineResult>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rows = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < rows.Length && i < MaxLines; i++)
        {
            var lineNo = i + 1;
            var row = rows[i];
            if (string.IsNullOrWhiteSpace(row))
            {
                continue;
            }

            var cells = CsvRow.Split(row);
            if (lineNo == 1 && cells.Count > 0 && !ThaiDate.TryParseIsoOrShort(cells[0], out _) && !cells[0].Any(char.IsAsciiDigit))
            {
                continue; // header
            }

            void Broken(StatementLineReason reason, string bankReference = "") =>
                broken.Add(new StatementLineResult(lineNo, StatementLineStatus.Broken, reason, bankReference, Money.Zero, null, null, null));

            if (cells.Count != 5)
            {
                Broken(StatementLineReason.WrongColumnCount);
                continue;
            }

            var bankReference = cells[4].Trim();
            if (!ThaiDate.TryParseIsoOrShort(cells[0], out var date))
            {
                Broken(StatementLineReason.BadDate, bankReference);
                continue;
            }

            if (!decimal.TryParse(cells[1].Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var baht)
                || baht <= 0 || !BahtInput.HasAtMostTwoDecimals(baht) || baht > 100_000_000_000m)
            {
                Broken(StatementLineReason.BadAmount, bankReference);
                continue;
            }

            if (bankReference.Length == 0)
            {
                Broken(StatementLineReason.MissingBankReference);
                continue;
            }

            if (bankReference.Length > 50)
            {
                Broken(StatementLineReason.BankReferenceTooLong, bankReference[..50]);
                continue;
            }

            if (!seen.Add(bankReference))
            {
                Broken(StatementLineReason.RepeatedInFile, bankReference);
                continue;
            }

            lines.Add(new ParsedLine(lineNo, date, Money.FromBaht(baht), Clip(cells[2]), Clip(cells[3]), bankReference));
        }

        return (lines, broken);
    }

    private static string Clip(string value)
    {
        var trimmed = value.Trim().ToUpperInvariant();
        return trimmed.Length > 20 ? trimmed[..20] : trimmed;
    }

}
