using LocalGov.Data;
using LocalGov.Procurement.Domain;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Procurement.Services;

internal enum VendorUsability
{
    Usable = 1,

    /// <summary>No vendor with that id in the LAO (another LAO's vendor is not found either).</summary>
    NotFound = 2,

    /// <summary>A blacklisting (ผู้ทิ้งงาน) covers the date.</summary>
    Blacklisted = 3,
}

/// <summary>
/// Whether a vendor may bid or be awarded on a date. <see cref="Reason"/> and <see cref="Until"/> describe the
/// blacklisting when <see cref="Outcome"/> is Blacklisted (Until null: until lifted).
/// </summary>
internal sealed record VendorCheck(VendorUsability Outcome, Vendor? Vendor, string? Reason, DateOnly? Until)
{
    public bool IsUsable => Outcome == VendorUsability.Usable;
}

/// <summary>The vendor register as the cases use it at bid and award time.</summary>
internal sealed class VendorRegister(LocalGovDbContext db)
{
    /// <summary>The LAO's vendor <paramref name="vendorId"/> when it may take part on <paramref name="on"/>.</summary>
    public async Task<VendorCheck> FindUsableAsync(int laoId, int vendorId, DateOnly on, CancellationToken cancellationToken)
    {
        var vendor = await db.Set<Vendor>().AsNoTracking().Include(v => v.Blacklistings)
            .FirstOrDefaultAsync(v => v.Id == vendorId && v.LaoId == laoId, cancellationToken);
        if (vendor is null)
        {
            return new VendorCheck(VendorUsability.NotFound, null, null, null);
        }

        var blacklisting = vendor.Blacklistings.Where(b => b.Covers(on)).OrderByDescending(b => b.ToDate is null).ThenByDescending(b => b.ToDate).FirstOrDefault();
        return blacklisting is null
            ? new VendorCheck(VendorUsability.Usable, vendor, null, null)
            : new VendorCheck(VendorUsability.Blacklisted, vendor, blacklisting.Reason, blacklisting.ToDate);
    }
}
