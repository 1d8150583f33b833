using FluentValidation;
using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;
using LocalGov.Budgeting.Resources;
using LocalGov.SharedKernel.Time;
using Microsoft.Extensions.Localization;

namespace LocalGov.Budgeting.Areas.Budgeting.Features.Classifications;

internal sealed record ClassificationListItem(
    int Id,
    ClassificationKind Kind,
    string Code,
    string NameTh,
    string NameEn,
    string? ParentCode,
    bool IsPersonnel,
    bool IsCapital,
    RevenueSource? RevenueSource,
    int EffectiveFromYear,
    int? EffectiveToYear);

internal sealed class ClassificationSearch
{
    public ClassificationKind? Kind { get; set; }

    /// <summary>B.E. fiscal year: only entries that apply to it.</summary>
    public int? Year { get; set; }
}

internal sealed record ClassificationListViewModel(IReadOnlyList<ClassificationListItem> Items, ClassificationSearch Search);

/// <summary>
/// Add or edit a classification entry. Kind, code, parent and first year identify an entry and are set when it
/// is added; later the administrator edits names and flags, or ends it (last year) and adds a successor.
/// </summary>
internal sealed class ClassificationFormModel
{
    public int? Id { get; set; }
    public ClassificationKind? Kind { get; set; }
    public string Code { get; set; } = "";
    public string NameTh { get; set; } = "";
    public string NameEn { get; set; } = "";
    public int? ParentId { get; set; }
    public bool IsPersonnel { get; set; }
    public bool IsCapital { get; set; }
    public RevenueSource? RevenueSource { get; set; }
    public int? EffectiveFromYear { get; set; }
    public int? EffectiveToYear { get; set; }

    /// <summary>The kind a parent must have: แผนงาน for a งาน, งบ for a หมวด; none for other kinds.</summary>
    public static ClassificationKind? ParentKindOf(ClassificationKind? kind) => kind switch
    {
        ClassificationKind.WorkUnit => ClassificationKind.Programme,
        ClassificationKind.ExpenditureCategory => ClassificationKind.ExpenditureGroup,
        _ => null,
    };
}

internal sealed class ClassificationFormValidator : AbstractValidator<ClassificationFormModel>
{
    public ClassificationFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.Kind).NotNull().WithMessage(_ => l["Docs.Class.KindRequired"]).IsInEnum();
        RuleFor(x => x.Code).NotEmpty().WithMessage(_ => l["Docs.Class.CodeRequired"])
            .Matches("^[0-9A-Za-z.-]{1,20}$").WithMessage(_ => l["Docs.Class.CodeFormat"]);
        RuleFor(x => x.NameTh).NotEmpty().WithMessage(_ => l["Docs.Class.NameThRequired"])
            .MaximumLength(200).WithMessage(_ => l["Docs.Class.NameTooLong"]);
        RuleFor(x => x.NameEn).NotEmpty().WithMessage(_ => l["Docs.Class.NameEnRequired"])
            .MaximumLength(200).WithMessage(_ => l["Docs.Class.NameTooLong"]);
        RuleFor(x => x.ParentId).NotNull().WithMessage(_ => l["Docs.Class.ParentRequired"])
            .When(x => ClassificationFormModel.ParentKindOf(x.Kind) is not null);
        RuleFor(x => x.EffectiveFromYear).NotNull().WithMessage(_ => l["Docs.Class.FromRequired"])
            .InclusiveBetween(FiscalYear.MinBuddhistYear, FiscalYear.MaxBuddhistYear).WithMessage(_ => l["Docs.Class.YearRange"]);
        RuleFor(x => x.EffectiveToYear)
            .InclusiveBetween(FiscalYear.MinBuddhistYear, FiscalYear.MaxBuddhistYear).WithMessage(_ => l["Docs.Class.YearRange"])
            .GreaterThanOrEqualTo(x => x.EffectiveFromYear ?? 0).WithMessage(_ => l["Docs.Class.ToBeforeFrom"])
            .When(x => x.EffectiveToYear is not null);
        RuleFor(x => x.RevenueSource).IsInEnum().When(x => x.RevenueSource is not null);
    }
}
