using LocalGov.Data;
using LocalGov.Finance.Domain;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Finance.Services;

/// <summary>
/// Running numbers per LAO, fiscal year and series, without gaps: ONE UPDATE … SET LastNumber = LastNumber + 1
/// inside the caller's transaction, so the row stays locked until the document commits (a rolled-back document
/// gives its number back) and two clerks never get the same number.
/// </summary>
internal sealed class DocumentNumbers(LocalGovDbContext db)
{
    /// <summary>Journal entries (ใบผ่านรายการบัญชี).</summary>
    public const string Journal = "JV";

    /// <summary>Disbursement vouchers (ฎีกา).</summary>
    public const string Voucher = "PV";

    /// <summary>Counter receipts (ใบเสร็จรับเงิน).</summary>
    public const string Receipt = "RC";

    /// <summary>Deposits to the bank (ใบนำฝาก).</summary>
    public const string Deposit = "DP";

    /// <summary>Withholding tax certificates (หนังสือรับรองการหักภาษี ณ ที่จ่าย).</summary>
    public const string WithholdingCertificate = "WT";

    public async Task<int> NextAsync(int laoId, int fiscalYear, string series, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Document numbers are taken inside the document's transaction.");
        }

        var updated = await db.Set<DocumentSequence>()
            .Where(s => s.LaoId == laoId && s.FiscalYear == fiscalYear && s.Series == series)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastNumber, x => x.LastNumber + 1), cancellationToken);
        if (updated == 0)
        {
            // The first document of the series this year; a concurrent first one collides on the unique index.
            db.Set<DocumentSequence>().Add(new DocumentSequence { LaoId = laoId, FiscalYear = fiscalYear, Series = series, LastNumber = 1 });
            await db.SaveChangesAsync(cancellationToken);
            return 1;
        }

        return await db.Set<DocumentSequence>().AsNoTracking()
            .Where(s => s.LaoId == laoId && s.FiscalYear == fiscalYear && s.Series == series)
            .Select(s => s.LastNumber).SingleAsync(cancellationToken);
    }

    /// <summary>The next number formatted as the series' document number, e.g. JV2569-000123.</summary>
    public async Task<string> NextDocumentNoAsync(int laoId, int fiscalYear, string series, CancellationToken cancellationToken) =>
        Format(series, fiscalYear, await NextAsync(laoId, fiscalYear, series, cancellationToken));

    public static string Format(string series, int fiscalYear, int number) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{series}{fiscalYear}-{number:000000}");
}
