using System.Globalization;
using LocalGov.Data;
using LocalGov.Procurement.Domain;
using LocalGov.Procurement.Resources;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Text;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Procurement.Services;

/// <summary>
/// The asset register (ทะเบียนครุภัณฑ์): accepted durable goods enter it from the inspection (<see cref="IAssetIntake"/>),
/// older assets by hand. Codes are <c>{category code or ASSET}-{fiscal year}-{0001}</c>, numbered per LAO.
/// </summary>
internal sealed class AssetRegister(LocalGovDbContext db, IStringLocalizer<Strings> l, TimeProvider clock) : IAssetIntake
{
    /// <summary>Quantities up to this (whole numbers) become one asset per unit; more, or fractions, one asset for the line.</summary>
    public const int MaxUnitsPerLine = 50;

    /// <summary>ราคาซาก: Thai practice keeps 1 baht on the books until disposal (never above the cost).</summary>
    public static readonly Money StandardSalvage = Money.FromBaht(1m);

    public static Money SalvageFor(Money cost) => cost < StandardSalvage ? cost : StandardSalvage;

    /// <summary>
    /// One asset per unit of each durable item (or one for the line), costing the item's value: the line total split
    /// evenly by unit in whole satang, the remainder on the last unit, so the assets add up exactly to the items.
    /// Saves in the caller's transaction.
    /// </summary>
    public async Task<IReadOnlyList<string>> RegisterAsync(AcceptedGoods goods, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(goods);
        var laoId = goods.Case.LaoId;
        var toBeAssigned = ThaiText("Asset.ToBeAssigned");
        var userName = goods.Instalment.InspectedBy ?? goods.Contract.SignedBy;
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var codes = new List<string>();
        foreach (var item in goods.DurableItems.Where(i => i.IsDurable).OrderBy(i => i.LineNo))
        {
            var units = item.Quantity == decimal.Truncate(item.Quantity) && item.Quantity is >= 1 and <= MaxUnitsPerLine ? (int)item.Quantity : 1;
            units = item.Total.Satang < units ? 1 : units;
            var category = string.IsNullOrWhiteSpace(item.AssetCategory) ? ThaiText("Asset.OtherCategory") : item.AssetCategory.Trim();
            var life = item.UsefulLifeYears is > 0 ? item.UsefulLifeYears.Value : AssetCategories.DefaultLifeOf(category);
            var shares = Split(item.Total, units);
            for (var unit = 0; unit < units; unit++)
            {
                var cost = shares[unit];
                var code = await NextCodeAsync(laoId, category, goods.AcceptedOn, numbers, cancellationToken);
                var asset = new Asset
                {
                    LaoId = laoId,
                    AssetCode = code,
                    Name = TextLimit.Truncate(units == 1 ? item.Description : string.Create(CultureInfo.InvariantCulture, $"{item.Description} ({unit + 1}/{units})"), 300),
                    Category = category,
                    CaseId = goods.Case.Id,
                    InstalmentId = goods.Instalment.Id,
                    VendorId = goods.Contract.VendorId,
                    AcquiredOn = goods.AcceptedOn,
                    Cost = cost,
                    SalvageValue = SalvageFor(cost),
                    UsefulLifeYears = life,
                    Location = toBeAssigned,
                    Custodian = toBeAssigned,
                };
                asset.Events.Add(new AssetEvent
                {
                    Kind = AssetEventKind.Acquired,
                    OccurredOn = goods.AcceptedOn,
                    ToLocation = asset.Location,
                    ToCustodian = asset.Custodian,
                    Amount = cost,
                    Note = TextLimit.Truncate($"{goods.Case.CaseNo} / {goods.Contract.ContractNo} / {goods.Instalment.No}", 1000),
                    UserName = userName,
                    RecordedUtc = clock.GetUtcNow().UtcDateTime,
                });
                db.Set<Asset>().Add(asset);
                codes.Add(code);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return codes;
    }

    /// <summary>Splits <paramref name="total"/> into <paramref name="parts"/> whole-satang shares; the last takes the remainder.</summary>
    public static IReadOnlyList<Money> Split(Money total, int parts)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(parts);
        var each = total.Satang / parts;
        var shares = Enumerable.Repeat(Money.FromSatang(each), parts).ToList();
        shares[^1] = Money.FromSatang(total.Satang - (each * (parts - 1)));
        return shares;
    }

    /// <summary>The next free code for the LAO, category and the fiscal year of <paramref name="on"/>.</summary>
    public async Task<string> NextCodeAsync(int laoId, string? category, DateOnly on, Dictionary<string, int>? issued, CancellationToken cancellationToken)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"{AssetCategories.CodeOf(category)}-{FiscalYear.Containing(on).BuddhistYear}-");
        if (issued is null || !issued.TryGetValue(prefix, out var last))
        {
            var existing = await db.Set<Asset>().AsNoTracking().Where(a => a.LaoId == laoId && a.AssetCode.StartsWith(prefix))
                .Select(a => a.AssetCode).ToListAsync(cancellationToken);
            last = existing.Select(c => int.TryParse(c.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
                .DefaultIfEmpty(0).Max();
        }

        last++;
        if (issued is not null)
        {
            issued[prefix] = last;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{last:0000}");
    }

    private string ThaiText(string key)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("th-TH");
        try
        {
            return l[key];
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
