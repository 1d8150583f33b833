using FluentValidation;
using LocalGov.Budgeting.Resources;
using Microsoft.Extensions.Localization;

namespace LocalGov.Budgeting.Areas.Budgeting.Features.Lines;

/// <summary>An expenditure line: แผนงาน → งาน → งบ → หมวด → รายการ/โครงการ, amount and คำชี้แจง.</summary>
internal sealed class LineFormModel
{
    public int BudgetId { get; set; }
    public int? Id { get; set; }
    public int? ProgrammeId { get; set; }
    public int? WorkUnitId { get; set; }
    public int? GroupId { get; set; }
    public int? CategoryId { get; set; }
    public string ItemName { get; set; } = "";
    public string? Amount { get; set; }
    public string? Explanation { get; set; }
    public bool IsProject { get; set; }
    public string? PlanProjectCode { get; set; }
    public string? ActualTwoYearsAgo { get; set; }
    public string? ActualLastYear { get; set; }
    public string? EstimateLastYear { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}

internal sealed class LineFormValidator : AbstractValidator<LineFormModel>
{
    public const int ItemNameMax = 500;
    public const int ExplanationMax = 4000;

    public LineFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.ProgrammeId).NotNull().WithMessage(_ => l["Prep.Line.ProgrammeRequired"]);
        RuleFor(x => x.WorkUnitId).NotNull().WithMessage(_ => l["Prep.Line.WorkUnitRequired"]);
        RuleFor(x => x.GroupId).NotNull().WithMessage(_ => l["Prep.Line.GroupRequired"]);
        RuleFor(x => x.CategoryId).NotNull().WithMessage(_ => l["Prep.Line.CategoryRequired"]);
        RuleFor(x => x.ItemName).Must(s => !string.IsNullOrWhiteSpace(s)).WithMessage(_ => l["Prep.ItemNameRequired"])
            .MaximumLength(ItemNameMax).WithMessage(_ => l["Prep.ItemNameTooLong", ItemNameMax]);
        RuleFor(x => x.Explanation).MaximumLength(ExplanationMax).WithMessage(_ => l["Prep.ExplanationTooLong", ExplanationMax]);
        RuleFor(x => x.PlanProjectCode).MaximumLength(50).WithMessage(_ => l["Prep.Line.PlanCodeTooLong", 50]);
        RuleFor(x => x.Amount).ValidAmount(l);
        RuleFor(x => x.ActualTwoYearsAgo).ValidAmount(l, required: false);
        RuleFor(x => x.ActualLastYear).ValidAmount(l, required: false);
        RuleFor(x => x.EstimateLastYear).ValidAmount(l, required: false);
    }
}
