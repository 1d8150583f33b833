using LocalGov.Data;
using LocalGov.Finance.Domain;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Finance.Services;

/// <summary>
/// Voucher numbers per LAO and fiscal year: typed by staff or taken from the PV series, where the series skips any
/// number already typed by hand on another voucher. Used by the voucher forms and by other modules' payment requests.
/// </summary>
internal sealed class VoucherNumbers(LocalGovDbContext db, DocumentNumbers numbers)
{
    public async Task<bool> IsTakenAsync(int laoId, int fiscalYear, string number, int? exceptVoucherId, CancellationToken cancellationToken) =>
        await db.Set<Voucher>().AnyAsync(v => v.LaoId == laoId && v.FiscalYear == fiscalYear && v.VoucherNo == number && v.Id != exceptVoucherId, cancellationToken);

    /// <summary>The next PV number not already typed by hand on another voucher; inside the voucher's transaction.</summary>
    public async Task<string> NextFreeAsync(int laoId, int fiscalYear, CancellationToken cancellationToken)
    {
        while (true)
        {
            var number = await numbers.NextDocumentNoAsync(laoId, fiscalYear, DocumentNumbers.Voucher, cancellationToken);
            if (!await IsTakenAsync(laoId, fiscalYear, number, null, cancellationToken))
            {
                return number;
            }
        }
    }
}
