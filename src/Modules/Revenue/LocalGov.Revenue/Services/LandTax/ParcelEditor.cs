using LocalGov.Data;
using LocalGov.Revenue.Areas.Revenue.Features.Parcels;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Domain.LandTax;
using LocalGov.Revenue.Resources;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Identity;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Revenue.Services.LandTax;

/// <summary>
/// The rules of the parcel form that need the database or span rows: the owner is in the LAO's register, the
/// deed is not already recorded, building types exist, the use areas add up to the parcel's area and each
/// building's use areas to its floor area. Then writes the parcel with its uses and buildings (replacing the old
/// ones on edit) in one save.
/// </summary>
internal sealed class ParcelEditor(LocalGovDbContext db, IStringLocalizer<Strings> l, TimeProvider clock)
{
    public async Task<IReadOnlyDictionary<string, string>> BuildingTypesAsync(CancellationToken cancellationToken) =>
        (await db.Set<BuildingPrice>().AsNoTracking().Select(x => new { x.Code, x.NameTh, x.NameEn, x.EffectiveFromYear }).ToListAsync(cancellationToken))
            .GroupBy(x => x.Code, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g =>
            {
                var latest = g.OrderByDescending(x => x.EffectiveFromYear).First();
                return System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "th" ? latest.NameTh : latest.NameEn;
            }, StringComparer.Ordinal);

    /// <summary>Checks the cross-row and database rules; returns the owner ids (land, and per building row) when valid.</summary>
    public async Task<(int? OwnerId, Dictionary<int, int> BuildingOwners)> CheckAsync(int laoId, ParcelFormModel form, Action<string, string> error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(error);
        var buildingOwners = new Dictionary<int, int>();
        var ownerId = await FindTaxpayerAsync(laoId, form.OwnerTaxId, nameof(form.OwnerTaxId), error, cancellationToken);

        _ = ParcelFormModel.TryParseDeedType(form.DeedType, out var deedType);
        var number = form.DeedNumber.Trim();
        var id = form.Id ?? 0;
        if (await db.Set<Parcel>().AnyAsync(p => p.LaoId == laoId && p.DeedType == deedType && p.DeedNumber == number && p.Id != id, cancellationToken))
        {
            error(nameof(form.DeedNumber), l["Land.Error.DuplicateDeed"]);
        }

        var uses = form.Uses.Select((u, i) => (Row: u, Index: i)).Where(x => !x.Row.IsBlank).ToList();
        if (uses.Count == 0)
        {
            error("Uses[0].Kind", l["Land.Error.NoUse"]);
        }
        else
        {
            var sum = uses.Sum(x => x.Row.Area ?? 0m);
            if (sum != form.TotalSquareWah)
            {
                error($"Uses[{uses[^1].Index}].Area", l["Land.Error.UseAreaSum", Format(sum), Format(form.TotalSquareWah)]);
            }
        }

        var thisYear = ThaiDate.ToBuddhistYear(ThaiDate.Today(clock).Year);
        var types = await BuildingTypesAsync(cancellationToken);
        for (var b = 0; b < form.Buildings.Count; b++)
        {
            var building = form.Buildings[b];
            if (building.IsBlank)
            {
                continue;
            }

            if (!string.IsNullOrWhiteSpace(building.TypeCode) && !types.ContainsKey(building.TypeCode.Trim()))
            {
                error($"Buildings[{b}].TypeCode", l["Land.Error.UnknownBuildingType"]);
            }

            if (building.YearBuilt > thisYear + 1)
            {
                error($"Buildings[{b}].YearBuilt", l["Land.Error.YearBuiltFuture"]);
            }

            if (!string.IsNullOrWhiteSpace(building.OwnerTaxId)
                && await FindTaxpayerAsync(laoId, building.OwnerTaxId, $"Buildings[{b}].OwnerTaxId", error, cancellationToken) is { } buildingOwner)
            {
                buildingOwners[b] = buildingOwner;
            }

            var parts = building.Uses.Select((u, i) => (Row: u, Index: i)).Where(x => !x.Row.IsBlank).ToList();
            if (parts.Count == 0)
            {
                error($"Buildings[{b}].Uses[0].Kind", l["Land.Error.NoUse"]);
            }
            else if (building.FloorArea is { } floor && parts.Sum(x => x.Row.Area ?? 0m) != floor)
            {
                error($"Buildings[{b}].Uses[{parts[^1].Index}].Area", l["Land.Error.FloorAreaSum", Format(parts.Sum(x => x.Row.Area ?? 0m)), Format(floor)]);
            }
        }

        return (ownerId, buildingOwners);
    }

    /// <summary>Copies the form onto <paramref name="parcel"/>, replacing its uses and buildings (loaded with it).</summary>
    public void Apply(Parcel parcel, ParcelFormModel form, int ownerId, IReadOnlyDictionary<int, int> buildingOwners)
    {
        ArgumentNullException.ThrowIfNull(parcel);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(buildingOwners);
        _ = ParcelFormModel.TryParseDeedType(form.DeedType, out var deedType);
        parcel.OwnerTaxpayerId = ownerId;
        parcel.DeedType = deedType;
        parcel.DeedNumber = form.DeedNumber.Trim();
        parcel.LandNumber = form.LandNumber?.Trim() ?? "";
        parcel.Rai = form.Rai!.Value;
        parcel.Ngan = form.Ngan!.Value;
        parcel.SquareWah = form.SquareWah!.Value;
        parcel.VillageNo = form.VillageNo?.Trim() ?? "";
        parcel.Subdistrict = form.Subdistrict?.Trim() ?? "";
        parcel.PricePerSquareWah = Money.FromBaht(form.PricePerSquareWah!.Value);
        parcel.PriceEffectiveYear = form.PriceEffectiveYear!.Value;
        parcel.ConcurrencyStamp = Guid.NewGuid();

        db.RemoveRange(parcel.Uses);
        db.RemoveRange(parcel.Buildings.SelectMany(b => b.Uses));
        db.RemoveRange(parcel.Buildings);
        parcel.Uses.Clear();
        parcel.Buildings.Clear();
        parcel.Uses.AddRange(form.Uses.Where(u => !u.IsBlank).Select(ToUse));
        for (var b = 0; b < form.Buildings.Count; b++)
        {
            var row = form.Buildings[b];
            if (row.IsBlank)
            {
                continue;
            }

            var building = new Building
            {
                BuildingTypeCode = row.TypeCode!.Trim(),
                FloorAreaSquareMetres = row.FloorArea!.Value,
                YearBuilt = row.YearBuilt!.Value,
                Description = row.Description?.Trim() ?? "",
                OwnerTaxpayerId = buildingOwners.TryGetValue(b, out var owner) && owner != ownerId ? owner : null,
            };
            building.Uses.AddRange(row.Uses.Where(u => !u.IsBlank).Select(u =>
            {
                var use = ToUse(u);
                return new BuildingUse { Kind = use.Kind, FloorAreaSquareMetres = use.AreaSquareWah, VacantSinceYear = use.VacantSinceYear, IndividualFarmer = use.IndividualFarmer };
            }));
            parcel.Buildings.Add(building);
        }
    }

    /// <summary>The form of an existing parcel (owner ids looked up), padded with blank rows.</summary>
    public async Task<ParcelFormModel> FormOfAsync(Parcel parcel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parcel);
        var ownerIds = parcel.Buildings.Where(b => b.OwnerTaxpayerId is not null).Select(b => b.OwnerTaxpayerId!.Value).Append(parcel.OwnerTaxpayerId).Distinct().ToList();
        var taxIds = await db.Set<Taxpayer>().AsNoTracking().Where(t => ownerIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.TaxId, cancellationToken);
        var form = new ParcelFormModel
        {
            Id = parcel.Id,
            OwnerTaxId = taxIds.GetValueOrDefault(parcel.OwnerTaxpayerId),
            DeedType = parcel.DeedType.ToString(),
            DeedNumber = parcel.DeedNumber,
            LandNumber = parcel.LandNumber,
            Rai = parcel.Rai,
            Ngan = parcel.Ngan,
            SquareWah = parcel.SquareWah,
            VillageNo = parcel.VillageNo,
            Subdistrict = parcel.Subdistrict,
            PricePerSquareWah = parcel.PricePerSquareWah.Baht,
            PriceEffectiveYear = parcel.PriceEffectiveYear,
            ConcurrencyStamp = parcel.ConcurrencyStamp,
            Uses = [.. parcel.Uses.OrderBy(u => u.Id).Select(u => new UseRow { Kind = u.Kind.ToString(), Area = u.AreaSquareWah, VacantSinceYear = u.VacantSinceYear, IndividualFarmer = u.IndividualFarmer })],
            Buildings = [.. parcel.Buildings.OrderBy(b => b.Id).Select(b => new BuildingRow
            {
                TypeCode = b.BuildingTypeCode,
                FloorArea = b.FloorAreaSquareMetres,
                YearBuilt = b.YearBuilt,
                Description = b.Description,
                OwnerTaxId = b.OwnerTaxpayerId is { } o ? taxIds.GetValueOrDefault(o) : null,
                Uses = [.. b.Uses.OrderBy(u => u.Id).Select(u => new UseRow { Kind = u.Kind.ToString(), Area = u.FloorAreaSquareMetres, VacantSinceYear = u.VacantSinceYear, IndividualFarmer = u.IndividualFarmer })],
            })],
        };
        form.Pad();
        return form;
    }

    private static ParcelUse ToUse(UseRow row)
    {
        _ = ParcelFormModel.TryParseUse(row.Kind, out var kind);
        return new ParcelUse
        {
            Kind = kind,
            AreaSquareWah = row.Area!.Value,
            VacantSinceYear = kind == UseKind.Vacant ? row.VacantSinceYear : null,
            IndividualFarmer = kind == UseKind.Agriculture && row.IndividualFarmer,
        };
    }

    private async Task<int?> FindTaxpayerAsync(int laoId, string? taxId, string field, Action<string, string> error, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(taxId))
        {
            return null;
        }

        if (!ThaiTaxId.TryParse(taxId, out var normalized))
        {
            error(field, l["Land.Error.TaxIdInvalid"]);
            return null;
        }

        var found = await db.Set<Taxpayer>().AsNoTracking().Where(t => t.LaoId == laoId && t.TaxId == normalized)
            .OrderBy(t => t.MergedIntoId == null ? 0 : 1).Select(t => new { t.Id, t.MergedIntoId }).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            error(field, l["Land.Error.OwnerNotRegistered"]);
            return null;
        }

        return found.MergedIntoId ?? found.Id;
    }

    private static string Format(decimal area) => area.ToString("#,##0.##", System.Globalization.CultureInfo.InvariantCulture);
}
