using FluentValidation;
using LocalGov.Organizations.Contracts;
using LocalGov.Organizations.Resources;
using Microsoft.Extensions.Localization;

namespace LocalGov.Organizations.Areas.Organizations.Features.Laos;

internal sealed record LaoListItem(int Id, string Code, string NameTh, string NameEn, LaoType Type, string ProvinceTh, string ProvinceEn, int Population);

internal sealed record LaoListViewModel(
    IReadOnlyList<LaoListItem> Laos,
    LaoSearch Search,
    IReadOnlyList<ProvinceDto> Provinces,
    int Page,
    int PageCount,
    int Total);

internal sealed class LaoSearch
{
    public string? Q { get; set; }
    public int? ProvinceId { get; set; }
    public LaoType? Type { get; set; }
}

internal sealed record LaoDetailsViewModel(
    LaoDto Lao,
    string ProvinceTh,
    string ProvinceEn,
    string? DistrictTh,
    string? DistrictEn,
    bool CanEdit,
    bool CanManage);

/// <summary>
/// The LAO form. Administrators edit every field; the LAO's own staff only the profile figures
/// (population, area, council size), which they know best.
/// </summary>
internal sealed class LaoFormModel
{
    public int? Id { get; set; }
    public string Code { get; set; } = "";
    public string NameTh { get; set; } = "";
    public string NameEn { get; set; } = "";
    public LaoType? Type { get; set; }
    public int? ProvinceId { get; set; }
    public int? DistrictId { get; set; }
    public int? Population { get; set; }
    public decimal? AreaSquareKm { get; set; }
    public int? CouncilSize { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}

internal sealed class LaoFormValidator : AbstractValidator<LaoFormModel>
{
    public LaoFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.Code).NotEmpty().WithMessage(_ => l["Lao.CodeRequired"])
            .Matches("^[0-9]{7}$").WithMessage(_ => l["Lao.CodeFormat"]);
        RuleFor(x => x.NameTh).NotEmpty().WithMessage(_ => l["Lao.NameThRequired"]).MaximumLength(200);
        RuleFor(x => x.NameEn).NotEmpty().WithMessage(_ => l["Lao.NameEnRequired"]).MaximumLength(200);
        RuleFor(x => x.Type).NotNull().WithMessage(_ => l["Lao.TypeRequired"]).IsInEnum();
        RuleFor(x => x.ProvinceId).NotNull().WithMessage(_ => l["Lao.ProvinceRequired"]);
        RuleFor(x => x.DistrictId).NotNull().WithMessage(_ => l["Lao.DistrictRequired"])
            .When(x => x.Type is not (LaoType.ProvincialAdministrativeOrganisation or LaoType.Bangkok) and not null);
        RuleFor(x => x.Population).NotNull().WithMessage(_ => l["Lao.PopulationRequired"])
            .InclusiveBetween(0, 20_000_000).WithMessage(_ => l["Lao.PopulationRange"]);
        RuleFor(x => x.AreaSquareKm).NotNull().WithMessage(_ => l["Lao.AreaRequired"])
            .InclusiveBetween(0m, 100_000m).WithMessage(_ => l["Lao.AreaRange"])
            .PrecisionScale(12, 2, ignoreTrailingZeros: true).WithMessage(_ => l["Lao.AreaDecimals"]);
        RuleFor(x => x.CouncilSize).NotNull().WithMessage(_ => l["Lao.CouncilRequired"])
            .InclusiveBetween(1, 200).WithMessage(_ => l["Lao.CouncilRange"]);
    }
}
