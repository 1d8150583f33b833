using System.Text.RegularExpressions;
using FluentValidation;
using LocalGov.Benchmarking.Contracts;
using LocalGov.Benchmarking.Domain;
using LocalGov.Benchmarking.Resources;
using LocalGov.Benchmarking.Services.Catalogue;
using LocalGov.Benchmarking.Services.Engine;
using LocalGov.Organizations.Contracts;
using Microsoft.Extensions.Localization;

namespace LocalGov.Benchmarking.Areas.Benchmarking.Features.Indicators;

internal sealed record IndicatorListViewModel(IReadOnlyList<Indicator> Indicators, IReadOnlyList<FigureDefinition> Figures, bool CanManage);

internal sealed record PeerBandsViewModel(PeerBandOverview Overview, PeerBandFormModel Form, bool CanManage);

/// <summary>Add or edit an indicator of the catalogue.</summary>
internal sealed class IndicatorFormModel
{
    public const int MinYear = 2500;
    public const int MaxYear = 2700;

    public int? Id { get; set; }

    public string Code { get; set; } = "";

    public string NameTh { get; set; } = "";

    public string NameEn { get; set; } = "";

    public string? DescriptionTh { get; set; }

    public string? DescriptionEn { get; set; }

    public string Formula { get; set; } = "";

    public IndicatorUnit? Unit { get; set; }

    public int? Decimals { get; set; }

    public IndicatorDirection? Direction { get; set; }

    public string SourceModule { get; set; } = "";

    public int? FromYear { get; set; }

    public int? ToYear { get; set; }

    public decimal? Threshold { get; set; }

    public int? SortOrder { get; set; }

    public bool IsActive { get; set; } = true;

    public Guid ConcurrencyStamp { get; set; }

    public IndicatorInput ToInput() => new(
        Code, NameTh, NameEn, DescriptionTh, DescriptionEn, Formula, Unit!.Value, Decimals!.Value, Direction!.Value, SourceModule,
        FromYear!.Value, ToYear, Threshold, SortOrder ?? 0);

    public static IndicatorFormModel From(Indicator i) => new()
    {
        Id = i.Id,
        Code = i.Code,
        NameTh = i.NameTh,
        NameEn = i.NameEn,
        DescriptionTh = i.DescriptionTh,
        DescriptionEn = i.DescriptionEn,
        Formula = i.Formula,
        Unit = i.Unit,
        Decimals = i.Decimals,
        Direction = i.Direction,
        SourceModule = i.SourceModule,
        FromYear = i.FromYear,
        ToYear = i.ToYear,
        Threshold = i.Threshold,
        SortOrder = i.SortOrder,
        IsActive = i.IsActive,
        ConcurrencyStamp = i.ConcurrencyStamp,
    };
}

/// <summary>
/// The catalogue's rules that need no database (uniqueness of the code is checked on save): code format, names,
/// decimals, B.E. years, and a formula that parses with only known figures – its message names the unknown figure or
/// the position of the syntax error.
/// </summary>
internal sealed partial class IndicatorFormValidator : AbstractValidator<IndicatorFormModel>
{
    public IndicatorFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.Code).Cascade(CascadeMode.Stop)
            .Must(c => !string.IsNullOrWhiteSpace(c)).WithMessage(_ => l["Catalog.Error.CodeRequired"])
            .Must(c => CodePattern().IsMatch(IndicatorCatalogAdmin.NormalizeCode(c))).WithMessage(_ => l["Catalog.Error.CodeFormat"]);
        RuleFor(x => x.NameTh).Cascade(CascadeMode.Stop)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => l["Catalog.Error.NameThRequired"])
            .MaximumLength(200).WithMessage(_ => l["Catalog.Error.TooLong", 200]);
        RuleFor(x => x.NameEn).Cascade(CascadeMode.Stop)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => l["Catalog.Error.NameEnRequired"])
            .MaximumLength(200).WithMessage(_ => l["Catalog.Error.TooLong", 200]);
        RuleFor(x => x.DescriptionTh).MaximumLength(2000).WithMessage(_ => l["Catalog.Error.TooLong", 2000]);
        RuleFor(x => x.DescriptionEn).MaximumLength(2000).WithMessage(_ => l["Catalog.Error.TooLong", 2000]);
        RuleFor(x => x.Formula).Custom((text, context) =>
        {
            var parsed = Formula.Parse(text);
            if (!parsed.Succeeded)
            {
                context.AddFailure(nameof(IndicatorFormModel.Formula), l[parsed.ErrorKey!, parsed.Position, parsed.Token ?? ""]);
            }
        });
        RuleFor(x => x.Unit).NotNull().WithMessage(_ => l["Catalog.Error.UnitRequired"]).IsInEnum().WithMessage(_ => l["Catalog.Error.UnitRequired"]);
        RuleFor(x => x.Direction).NotNull().WithMessage(_ => l["Catalog.Error.DirectionRequired"]).IsInEnum().WithMessage(_ => l["Catalog.Error.DirectionRequired"]);
        RuleFor(x => x.Decimals).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => l["Catalog.Error.Decimals"])
            .InclusiveBetween(0, 4).WithMessage(_ => l["Catalog.Error.Decimals"]);
        RuleFor(x => x.SourceModule).Must(m => IndicatorCatalogAdmin.SourceModules.Contains(m)).WithMessage(_ => l["Catalog.Error.SourceRequired"]);
        RuleFor(x => x.FromYear).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => l["Catalog.Error.YearRange", IndicatorFormModel.MinYear, IndicatorFormModel.MaxYear])
            .InclusiveBetween(IndicatorFormModel.MinYear, IndicatorFormModel.MaxYear).WithMessage(_ => l["Catalog.Error.YearRange", IndicatorFormModel.MinYear, IndicatorFormModel.MaxYear]);
        RuleFor(x => x.ToYear).Cascade(CascadeMode.Stop)
            .InclusiveBetween(IndicatorFormModel.MinYear, IndicatorFormModel.MaxYear).WithMessage(_ => l["Catalog.Error.YearRange", IndicatorFormModel.MinYear, IndicatorFormModel.MaxYear])
            .Must((x, to) => x.FromYear is null || to >= x.FromYear).WithMessage(_ => l["Catalog.Error.YearOrder"])
            .When(x => x.ToYear is not null);
        RuleFor(x => x.Threshold).InclusiveBetween(-1_000_000_000m, 1_000_000_000m).WithMessage(_ => l["Catalog.Error.Threshold"]).When(x => x.Threshold is not null);
        RuleFor(x => x.SortOrder).InclusiveBetween(0, 100_000).WithMessage(_ => l["Catalog.Error.SortOrder"]).When(x => x.SortOrder is not null);
    }

    [GeneratedRegex("^[A-Z][A-Z0-9_]{1,39}$")]
    private static partial Regex CodePattern();
}

/// <summary>Add a peer band, or rename one (<see cref="Id"/> set).</summary>
internal sealed class PeerBandFormModel
{
    public int? Id { get; set; }

    public LaoType? LaoType { get; set; }

    public SizeBasis? Basis { get; set; }

    public long? LowerBound { get; set; }

    public string NameTh { get; set; } = "";

    public string NameEn { get; set; } = "";
}

internal sealed class PeerBandFormValidator : AbstractValidator<PeerBandFormModel>
{
    public const long MaxBound = 1_000_000_000_000L;

    public PeerBandFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.NameTh).Cascade(CascadeMode.Stop)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => l["Band.Error.NameThRequired"])
            .MaximumLength(200).WithMessage(_ => l["Catalog.Error.TooLong", 200]);
        RuleFor(x => x.NameEn).Cascade(CascadeMode.Stop)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => l["Band.Error.NameEnRequired"])
            .MaximumLength(200).WithMessage(_ => l["Catalog.Error.TooLong", 200]);

        // A rename changes only the names.
        When(x => x.Id is null, () =>
        {
            RuleFor(x => x.LaoType).NotNull().WithMessage(_ => l["Band.Error.TypeRequired"]).IsInEnum().WithMessage(_ => l["Band.Error.TypeRequired"]);
            RuleFor(x => x.Basis).NotNull().WithMessage(_ => l["Band.Error.BasisRequired"]).IsInEnum().WithMessage(_ => l["Band.Error.BasisRequired"]);
            RuleFor(x => x.LowerBound).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(_ => l["Band.Error.BoundRange"])
                .InclusiveBetween(0, MaxBound).WithMessage(_ => l["Band.Error.BoundRange"]);
        });
    }
}
