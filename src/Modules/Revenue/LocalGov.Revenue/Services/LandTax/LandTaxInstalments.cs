using LocalGov.Data;
using LocalGov.Revenue.Contracts;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Domain.LandTax;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Revenue.Services.LandTax;

/// <summary>Why instalments cannot be set up for a bill.</summary>
internal enum InstalmentRefusal
{
    None = 0,
    NoBill = 1,
    BelowMinimum = 2,
    AlreadySplit = 3,
    NotOpen = 4,
}

/// <summary>
/// Instalments of a land and building tax bill (s.52: three monthly instalments when the tax is at least the
/// minimum). They are created ON REQUEST of the taxpayer (the officer presses the button on the assessment), not
/// by default: the notice says the bill qualifies. Equal shares truncated to satang, the remainder on the first.
/// </summary>
internal sealed class LandTaxInstalments(LocalGovDbContext db, LandTaxReferenceData reference)
{
    public static IReadOnlyList<BillInstalment> Split(int billId, Money amount, int taxYear, LandTaxCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var count = Math.Max(1, calendar.InstalmentCount);
        var share = amount.Satang / count;
        var first = amount.Satang - (share * (count - 1));
        return Enumerable.Range(1, count).Select(n => new BillInstalment
        {
            BillId = billId,
            No = n,
            Amount = Money.FromSatang(n == 1 ? first : share),
            DueOn = calendar.InstalmentDueDate(taxYear, n),
        }).ToList();
    }

    public async Task<InstalmentRefusal> RequestAsync(Assessment assessment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var bill = await db.Set<Bill>().Include(b => b.Instalments)
            .FirstOrDefaultAsync(b => b.LaoId == assessment.LaoId && b.SourceKey == assessment.SourceKey, cancellationToken);
        if (bill is null)
        {
            return InstalmentRefusal.NoBill;
        }

        var data = await reference.LoadAsync(assessment.LaoId, assessment.TaxYear, cancellationToken);
        if (bill.Instalments.Count > 0)
        {
            return InstalmentRefusal.AlreadySplit;
        }

        if (bill.Status != BillStatus.Open || bill.PaidPrincipal.Satang != 0)
        {
            return InstalmentRefusal.NotOpen;
        }

        if (bill.Amount < data.Calendar.InstalmentMinimum)
        {
            return InstalmentRefusal.BelowMinimum;
        }

        var instalments = Split(bill.Id, bill.Amount, assessment.TaxYear, data.Calendar);
        if (instalments[0].DueOn < bill.DueOn)
        {
            // A late notice: the schedule starts from the bill's own due date.
            instalments = [.. instalments.Select((x, i) => { x.DueOn = bill.DueOn.AddMonths(i); return x; })];
        }

        bill.Instalments.AddRange(instalments);
        bill.ConcurrencyStamp = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        return InstalmentRefusal.None;
    }

    /// <summary>Whether a tax qualifies for instalments in its year (shown on the notice).</summary>
    public async Task<bool> QualifiesAsync(int laoId, int taxYear, Money tax, CancellationToken cancellationToken) =>
        tax >= (await reference.LoadAsync(laoId, taxYear, cancellationToken)).Calendar.InstalmentMinimum;
}
