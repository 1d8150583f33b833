using FluentValidation;
using LocalGov.Budgeting.Areas.Budgeting.Features.Lines;
using LocalGov.Budgeting.Resources;
using Microsoft.Extensions.Localization;

namespace LocalGov.Budgeting.Areas.Budgeting.Features.Revenues;

/// <summary>A revenue estimate by revenue category, with the comparison columns of the ordinance.</summary>
internal sealed class RevenueFormModel
{
    public int BudgetId { get; set; }
    public int? Id { get; set; }
    public int? CategoryId { get; set; }
    public string ItemName { get; set; } = "";
    public string? Amount { get; set; }
    public string? Explanation { get; set; }
    public string? ActualTwoYearsAgo { get; set; }
    public string? ActualLastYear { get; set; }
    public string? EstimateLastYear { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}

internal sealed class RevenueFormValidator : AbstractValidator<RevenueFormModel>
{
    public RevenueFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.CategoryId).NotNull().WithMessage(_ => l["Prep.Revenue.CategoryRequired"]);
        RuleFor(x => x.ItemName).Must(s => !string.IsNullOrWhiteSpace(s)).WithMessage(_ => l["Prep.ItemNameRequired"])
            .MaximumLength(LineFormValidator.ItemNameMax).WithMessage(_ => l["Prep.ItemNameTooLong", LineFormValidator.ItemNameMax]);
        RuleFor(x => x.Explanation).MaximumLength(LineFormValidator.ExplanationMax).WithMessage(_ => l["Prep.ExplanationTooLong", LineFormValidator.ExplanationMax]);
        RuleFor(x => x.Amount).ValidAmount(l);
        RuleFor(x => x.ActualTwoYearsAgo).ValidAmount(l, required: false);
        RuleFor(x => x.ActualLastYear).ValidAmount(l, required: false);
        RuleFor(x => x.EstimateLastYear).ValidAmount(l, required: false);
    }
}
