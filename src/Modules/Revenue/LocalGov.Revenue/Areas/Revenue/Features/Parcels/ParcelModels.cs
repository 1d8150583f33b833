using FluentValidation;
using LocalGov.Revenue.Domain.LandTax;
using LocalGov.Revenue.Resources;
using LocalGov.SharedKernel.Amounts;
using Microsoft.Extensions.Localization;

namespace LocalGov.Revenue.Areas.Revenue.Features.Parcels;

/// <summary>One use row of the form (land or building part); a row without a use and area is ignored.</summary>
internal sealed class UseRow
{
    public string? Kind { get; set; }

    public decimal? Area { get; set; }

    public int? VacantSinceYear { get; set; }

    public bool IndividualFarmer { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Kind) && Area is null && VacantSinceYear is null;
}

/// <summary>One building row with its use rows; a row without type, area and year is ignored.</summary>
internal sealed class BuildingRow
{
    public string? TypeCode { get; set; }

    public decimal? FloorArea { get; set; }

    public int? YearBuilt { get; set; }

    /// <summary>13-digit id of the building's owner when not the land's owner; empty = the land's owner.</summary>
    public string? OwnerTaxId { get; set; }

    public string? Description { get; set; }

    public List<UseRow> Uses { get; set; } = [];

    public bool IsBlank => string.IsNullOrWhiteSpace(TypeCode) && FloorArea is null && YearBuilt is null && Uses.All(u => u.IsBlank);
}

/// <summary>The parcel form: deed, owner, area in rai-ngan-square wah, location, appraisal, land uses and buildings.</summary>
internal sealed class ParcelFormModel
{
    public const int UseRows = 4;
    public const int BuildingUseRows = 3;

    public int? Id { get; set; }

    public string? OwnerTaxId { get; set; }

    public string? DeedType { get; set; }

    public string DeedNumber { get; set; } = "";

    public string? LandNumber { get; set; }

    public int? Rai { get; set; }

    public int? Ngan { get; set; }

    public decimal? SquareWah { get; set; }

    public string? VillageNo { get; set; }

    public string? Subdistrict { get; set; }

    public decimal? PricePerSquareWah { get; set; }

    public int? PriceEffectiveYear { get; set; }

    public List<UseRow> Uses { get; set; } = [];

    public List<BuildingRow> Buildings { get; set; } = [];

    public Guid ConcurrencyStamp { get; set; }

    /// <summary>Adds blank rows so the form always offers room for one more use and one more building.</summary>
    public void Pad()
    {
        while (Uses.Count < UseRows || !Uses[^1].IsBlank)
        {
            Uses.Add(new UseRow());
        }

        if (Buildings.Count == 0 || !Buildings[^1].IsBlank)
        {
            Buildings.Add(new BuildingRow());
        }

        foreach (var building in Buildings)
        {
            while (building.Uses.Count < BuildingUseRows || !building.Uses[^1].IsBlank)
            {
                building.Uses.Add(new UseRow());
            }
        }
    }

    public static bool TryParseDeedType(string? text, out DeedType type) =>
        Enum.TryParse(text, ignoreCase: false, out type) && Enum.IsDefined(type) && !int.TryParse(text, out _);

    public static bool TryParseUse(string? text, out UseKind kind) =>
        Enum.TryParse(text, ignoreCase: false, out kind) && Enum.IsDefined(kind) && !int.TryParse(text, out _);

    public decimal TotalSquareWah => LandArea.ToSquareWah(Rai ?? 0, Ngan ?? 0, SquareWah ?? 0m);
}

/// <summary>Field rules of the parcel form; rules that need the database (owner, duplicate deed, building types) are in <see cref="Services.LandTax.ParcelEditor"/>.</summary>
internal sealed class ParcelFormValidator : AbstractValidator<ParcelFormModel>
{
    public const int MinYear = 2400;
    public const int MaxYear = 2700;

    public ParcelFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.OwnerTaxId).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => l["Land.Error.OwnerRequired"]);
        RuleFor(x => x.DeedType).Must(v => ParcelFormModel.TryParseDeedType(v, out _)).WithMessage(_ => l["Land.Error.UnknownDeedType"]);
        RuleFor(x => x.DeedNumber).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => l["Land.Error.DeedNumberRequired"])
            .MaximumLength(50).WithMessage(_ => l["Land.Error.TooLong", 50]);
        RuleFor(x => x.LandNumber).MaximumLength(50).WithMessage(_ => l["Land.Error.TooLong", 50]);
        RuleFor(x => x.VillageNo).MaximumLength(20).WithMessage(_ => l["Land.Error.TooLong", 20]);
        RuleFor(x => x.Subdistrict).MaximumLength(200).WithMessage(_ => l["Land.Error.TooLong", 200]);
        RuleFor(x => x.Rai).NotNull().WithMessage(_ => l["Land.Error.RaiRequired"])
            .GreaterThanOrEqualTo(0).WithMessage(_ => l["Land.Error.Negative"])
            .LessThanOrEqualTo(1_000_000).WithMessage(_ => l["Land.Error.TooLarge"]);
        RuleFor(x => x.Ngan).NotNull().WithMessage(_ => l["Land.Error.NganRange"])
            .InclusiveBetween(0, 3).WithMessage(_ => l["Land.Error.NganRange"]);
        RuleFor(x => x.SquareWah).NotNull().WithMessage(_ => l["Land.Error.WahRange"])
            .InclusiveBetween(0m, 99.99m).WithMessage(_ => l["Land.Error.WahRange"])
            .Must(TwoDecimals).WithMessage(_ => l["Land.Error.TwoDecimals"]);
        RuleFor(x => x.TotalSquareWah).GreaterThan(0m).WithMessage(_ => l["Land.Error.AreaZero"])
            .When(x => x.Rai is >= 0 && x.Ngan is >= 0 and <= 3 && x.SquareWah is >= 0 and <= 99.99m).OverridePropertyName(nameof(ParcelFormModel.Rai));
        RuleFor(x => x.PricePerSquareWah).NotNull().WithMessage(_ => l["Land.Error.PriceRequired"])
            .GreaterThanOrEqualTo(0m).WithMessage(_ => l["Land.Error.Negative"])
            .LessThanOrEqualTo(100_000_000m).WithMessage(_ => l["Land.Error.TooLarge"])
            .Must(TwoDecimals).WithMessage(_ => l["Land.Error.TwoDecimals"]);
        RuleFor(x => x.PriceEffectiveYear).NotNull().WithMessage(_ => l["Land.Error.YearRange"])
            .InclusiveBetween(MinYear, MaxYear).WithMessage(_ => l["Land.Error.YearRange"]);
        RuleForEach(x => x.Uses).SetValidator(new UseRowValidator(l));
        RuleForEach(x => x.Buildings).SetValidator(new BuildingRowValidator(l));
    }

    public static bool TwoDecimals(decimal? value) => value is not { } v || BahtInput.HasAtMostTwoDecimals(v);
}

internal sealed class UseRowValidator : AbstractValidator<UseRow>
{
    public UseRowValidator(IStringLocalizer<Strings> l)
    {
        When(x => !x.IsBlank, () =>
        {
            RuleFor(x => x.Kind).Must(v => ParcelFormModel.TryParseUse(v, out _)).WithMessage(_ => l["Land.Error.UseRequired"]);
            RuleFor(x => x.Area).NotNull().WithMessage(_ => l["Land.Error.UseAreaRequired"])
                .GreaterThan(0m).WithMessage(_ => l["Land.Error.UseAreaPositive"])
                .LessThanOrEqualTo(100_000_000m).WithMessage(_ => l["Land.Error.TooLarge"])
                .Must(ParcelFormValidator.TwoDecimals).WithMessage(_ => l["Land.Error.TwoDecimals"]);
            RuleFor(x => x.VacantSinceYear).NotNull().WithMessage(_ => l["Land.Error.VacantSinceRequired"])
                .When(x => x.Kind == nameof(UseKind.Vacant));
            RuleFor(x => x.VacantSinceYear).InclusiveBetween(ParcelFormValidator.MinYear, ParcelFormValidator.MaxYear).WithMessage(_ => l["Land.Error.YearRange"])
                .When(x => x.VacantSinceYear is not null);
            RuleFor(x => x.IndividualFarmer).Equal(false).WithMessage(_ => l["Land.Error.FarmerOnlyAgriculture"])
                .When(x => x.Kind != nameof(UseKind.Agriculture));
        });
    }
}

internal sealed class BuildingRowValidator : AbstractValidator<BuildingRow>
{
    public BuildingRowValidator(IStringLocalizer<Strings> l)
    {
        When(x => !x.IsBlank, () =>
        {
            RuleFor(x => x.TypeCode).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage(_ => l["Land.Error.BuildingTypeRequired"]);
            RuleFor(x => x.FloorArea).NotNull().WithMessage(_ => l["Land.Error.FloorAreaRequired"])
                .GreaterThan(0m).WithMessage(_ => l["Land.Error.UseAreaPositive"])
                .LessThanOrEqualTo(10_000_000m).WithMessage(_ => l["Land.Error.TooLarge"])
                .Must(ParcelFormValidator.TwoDecimals).WithMessage(_ => l["Land.Error.TwoDecimals"]);
            RuleFor(x => x.YearBuilt).NotNull().WithMessage(_ => l["Land.Error.YearRange"])
                .InclusiveBetween(ParcelFormValidator.MinYear, ParcelFormValidator.MaxYear).WithMessage(_ => l["Land.Error.YearRange"]);
            RuleFor(x => x.Description).MaximumLength(300).WithMessage(_ => l["Land.Error.TooLong", 300]);
            RuleForEach(x => x.Uses).SetValidator(new UseRowValidator(l));
        });
    }
}

/// <summary>A row of the parcel list.</summary>
internal sealed record ParcelListRow(int Id, int LaoId, DeedType DeedType, string DeedNumber, string LandNumber, string OwnerName, string OwnerTaxId, decimal AreaSquareWah, Money PricePerSquareWah, int Buildings);

internal sealed record ParcelIndexViewModel(string? Query, IReadOnlyList<ParcelListRow> Rows, int Total, int Page, int PageCount, bool CanChange);

internal sealed record ParcelDetailsViewModel(
    Parcel Parcel,
    string LaoName,
    string OwnerName,
    string OwnerTaxId,
    IReadOnlyDictionary<int, string> BuildingOwners,
    IReadOnlyDictionary<string, string> BuildingTypeNames,
    bool CanChange);

/// <summary>Problems of an appraisal import row.</summary>
internal enum PriceImportProblem
{
    NotAWorkbook = 1,
    MissingColumn = 2,
    Required = 3,
    UnknownDeedType = 4,
    UnknownDeed = 5,
    NotANumber = 6,
    Negative = 7,
    TooManyDecimals = 8,
    YearOutOfRange = 9,
    Duplicate = 10,
    TooManyRows = 11,
    Empty = 12,
    TooLarge = 13,
}

internal sealed record PriceImportError(int Row, string Column, PriceImportProblem Problem, string? Detail = null);

internal sealed record PriceImportViewModel(IReadOnlyList<PriceImportError> Errors, int? Updated);
