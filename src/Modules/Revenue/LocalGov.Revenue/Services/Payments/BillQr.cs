using LocalGov.Data;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Domain.Payments;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;
using QRCoder;

namespace LocalGov.Revenue.Services.Payments;

/// <summary>A bill's Thai QR: the payload, the amount it carries (as of a date) and the code as SVG.</summary>
internal sealed record BillQrCode(string Payload, Money Amount, DateOnly AsOf, string Reference1, string Reference2, string Svg);

/// <summary>Why a bill shows no QR code.</summary>
internal enum BillQrAbsence
{
    None = 0,
    NotConfigured = 1,
    NothingOwed = 2,
}

/// <summary>
/// Builds the Thai QR bill-payment code of a bill from its LAO's <see cref="PaymentSettings"/>: the amount is
/// everything owed as of the date (principal, surcharge, interest), reference 1 the bill, reference 2 the taxpayer.
/// The image is an SVG drawn on the server by QRCoder (error correction M), so pages and print need no script.
/// </summary>
internal sealed class BillQr(LocalGovDbContext db, BillPositions positions)
{
    public async Task<(BillQrCode? Code, BillQrAbsence Absence)> ForAsync(Bill bill, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bill);
        var settings = await db.Set<PaymentSettings>().AsNoTracking().FirstOrDefaultAsync(s => s.LaoId == bill.LaoId, cancellationToken);
        if (settings is null)
        {
            return (null, BillQrAbsence.NotConfigured);
        }

        var position = await positions.ForAsync(bill, asOf, cancellationToken);
        if (position.Owed.Total.Satang <= 0 || bill.Status is BillStatus.Cancelled or BillStatus.Paid)
        {
            return (null, BillQrAbsence.NothingOwed);
        }

        var ref1 = BillReference.Reference1(bill);
        var ref2 = BillReference.Reference2(bill.TaxpayerId);
        var payload = ThaiQrPayload.BuildBillPayment(settings.BillerId, ref1, ref2, position.Owed.Total, settings.MerchantName);
        return (new BillQrCode(payload, position.Owed.Total, asOf, ref1, ref2, Svg(payload)), BillQrAbsence.None);
    }

    public static string Svg(string payload)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        using var svg = new SvgQRCode(data);
        return svg.GetGraphic(4);
    }
}
