using System.Globalization;
using LocalGov.Revenue.Contracts;
using LocalGov.Revenue.Domain;
using LocalGov.SharedKernel.Time;

namespace LocalGov.Revenue.Services.Payments;

/// <summary>
/// The digits-only references a bank carries for a bill (Thai QR references allow no Thai letters): reference 1 is
/// the kind (1 land and building tax, 2 signboard tax, 3 fees), the tax year and the bill's 6-digit running
/// number — "ภดส 2570/000123" → "12570000123" — unique within the LAO and readable back to the bill number;
/// reference 2 is the taxpayer's register number (8 digits).
/// </summary>
internal static class BillReference
{
    public static string Reference1(Bill bill)
    {
        ArgumentNullException.ThrowIfNull(bill);
        var digits = bill.Number.Length >= 6 && bill.Number[^6..].All(char.IsAsciiDigit) ? bill.Number[^6..] : bill.Id.ToString("000000", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{(int)bill.Kind}{bill.TaxYear}{digits}");
    }

    public static string Reference2(int taxpayerId) => taxpayerId.ToString("00000000", CultureInfo.InvariantCulture);

    /// <summary>The bill number a reference 1 stands for, or null when it is not one.</summary>
    public static string? BillNumberOf(string? reference1)
    {
        if (reference1 is null || reference1.Length != 11 || !reference1.All(char.IsAsciiDigit))
        {
            return null;
        }

        var kind = (RevenueKind)(reference1[0] - '0');
        if (!Enum.IsDefined(kind))
        {
            return null;
        }

        var year = int.Parse(reference1.AsSpan(1, 4), NumberStyles.None, CultureInfo.InvariantCulture);
        var number = int.Parse(reference1.AsSpan(5, 6), NumberStyles.None, CultureInfo.InvariantCulture);
        return year < FiscalYear.MinBuddhistYear ? null : BillingService.FormatNumber(kind, year, number);
    }
}
