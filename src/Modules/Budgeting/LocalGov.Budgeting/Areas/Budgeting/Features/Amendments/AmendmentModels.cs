using FluentValidation;
using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;
using LocalGov.Budgeting.Resources;
using LocalGov.SharedKernel.Amounts;
using Microsoft.Extensions.Localization;

namespace LocalGov.Budgeting.Areas.Budgeting.Features.Amendments;

/// <summary>A line as the amendment pages list it, with its control-ledger balance.</summary>
internal sealed record AmendmentLineItem(
    int Id,
    int LineNo,
    string ItemName,
    string CategoryName,
    bool IsCapital,
    Money OriginalAmount,
    Money CurrentAmount,
    Money Committed,
    Money Available)
{
    public string Label => LineNo.ToString(System.Globalization.CultureInfo.InvariantCulture) + ". " + ItemName + " (" + CategoryName + ")";
}

internal sealed record AmendmentListItem(
    int Id,
    AmendmentKind Kind,
    string DocumentNumber,
    DateOnly DocumentDate,
    ApprovalLevel RequiredApproval,
    AmendmentStatus Status,
    string? ApprovedBy,
    DateOnly? ApprovedOn,
    Money TotalIncrease);

/// <summary>The budget a page is about (header and breadcrumbs).</summary>
internal sealed record AmendmentBudgetHeader(int Id, int FiscalYear, BudgetKind Kind, int Sequence, BudgetStatus Status, bool IsInForce);

internal sealed record AmendmentIndexViewModel(
    AmendmentBudgetHeader Budget,
    IReadOnlyList<AmendmentListItem> Amendments,
    IReadOnlyList<AmendmentLineItem> Lines,
    IReadOnlyList<(int Id, int Sequence, BudgetStatus Status)> Supplementaries,
    bool CanChange);

internal sealed record AmendmentEntryItem(int LineId, string ItemName, Money AmountChange, string? NewExplanation, string? PreviousExplanation, bool IsNewItem);

internal sealed record AmendmentDetailsViewModel(
    AmendmentBudgetHeader Budget,
    AmendmentListItem Amendment,
    string Reason,
    string CreatedBy,
    IReadOnlyList<AmendmentEntryItem> Entries,
    bool CanChange,
    ApproveFormModel Approve);

/// <summary>The header every amendment document has: number, date, reason.</summary>
internal abstract class AmendmentFormModel
{
    public int BudgetId { get; set; }
    public string DocumentNumber { get; set; } = "";
    public DateOnly? DocumentDate { get; set; }
    public string Reason { get; set; } = "";
}

internal sealed class TransferTargetRow
{
    public int? LineId { get; set; }
    public decimal? Amount { get; set; }
}

/// <summary>A transfer: one source line, up to three existing target lines and/or one new capital item.</summary>
internal sealed class TransferFormModel : AmendmentFormModel
{
    public const int TargetRows = 3;

    public int? SourceLineId { get; set; }

    /// <summary>The decrease (โอนลด); it must equal the sum of the increases.</summary>
    public decimal? SourceAmount { get; set; }

    public List<TransferTargetRow> Targets { get; set; } = [];
    public int? NewItemCategoryId { get; set; }
    public string? NewItemName { get; set; }
    public decimal? NewItemAmount { get; set; }

    /// <summary>Always shows the fixed number of target rows (pages work without script).</summary>
    public void PadTargets()
    {
        while (Targets.Count < TargetRows)
        {
            Targets.Add(new TransferTargetRow());
        }
    }
}

internal sealed class ExplanationFormModel : AmendmentFormModel
{
    public int? LineId { get; set; }
    public string NewExplanation { get; set; } = "";
}

internal sealed class CarryOverFormModel : AmendmentFormModel
{
    public int? LineId { get; set; }
    public decimal? Amount { get; set; }
}

/// <summary>
/// Approval as recorded on the document: who (name and position, or the council and its session) and when. For a
/// council-level document the date is the date of the council's resolution; the user recording it is the finance
/// officer or executive (PreparePolicy), as for the budget's own workflow.
/// </summary>
internal sealed class ApproveFormModel
{
    public string ApprovedBy { get; set; } = "";
    public DateOnly? ApprovedOn { get; set; }
}

internal static class AmendmentValidation
{
    public static void Header<T>(AbstractValidator<T> v, IStringLocalizer<Strings> l)
        where T : AmendmentFormModel
    {
        v.RuleFor(x => x.DocumentNumber).NotEmpty().WithMessage(_ => l["Control.NumberRequired"])
            .MaximumLength(50).WithMessage(_ => l["Control.TooLong"]);
        v.RuleFor(x => x.DocumentDate).NotNull().WithMessage(_ => l["Control.DateRequired"]);
        v.RuleFor(x => x.Reason).NotEmpty().WithMessage(_ => l["Control.ReasonRequired"])
            .MaximumLength(2000).WithMessage(_ => l["Control.TooLong"]);
    }

    public static IRuleBuilderOptions<T, decimal?> Baht<T>(IRuleBuilder<T, decimal?> rule, IStringLocalizer<Strings> l) =>
        rule.GreaterThan(0m).WithMessage(_ => l["Control.AmountPositive"])
            .LessThan(1_000_000_000_000m).WithMessage(_ => l["Control.AmountPositive"])
            .PrecisionScale(15, 2, ignoreTrailingZeros: true).WithMessage(_ => l["Control.AmountDecimals"]);
}

internal sealed class TransferFormValidator : AbstractValidator<TransferFormModel>
{
    public TransferFormValidator(IStringLocalizer<Strings> l)
    {
        AmendmentValidation.Header(this, l);
        RuleFor(x => x.SourceLineId).NotNull().WithMessage(_ => l["Control.LineRequired"]);
        AmendmentValidation.Baht(RuleFor(x => x.SourceAmount).NotNull().WithMessage(_ => l["Control.AmountRequired"]), l);
        RuleForEach(x => x.Targets).ChildRules(t =>
        {
            AmendmentValidation.Baht(t.RuleFor(r => r.Amount), l).When(r => r.Amount is not null);
            t.RuleFor(r => r.Amount).NotNull().WithMessage(_ => l["Control.AmountRequired"]).When(r => r.LineId is not null);
            t.RuleFor(r => r.LineId).NotNull().WithMessage(_ => l["Control.LineRequired"]).When(r => r.Amount is not null);
        });
        AmendmentValidation.Baht(RuleFor(x => x.NewItemAmount), l).When(x => x.NewItemAmount is not null);
        RuleFor(x => x.NewItemName).MaximumLength(500).WithMessage(_ => l["Control.TooLong"]);
        RuleFor(x => x.NewItemName).NotEmpty().WithMessage(_ => l["Control.NewItemIncomplete"]).When(x => x.NewItemAmount is not null);
        RuleFor(x => x.NewItemCategoryId).NotNull().WithMessage(_ => l["Control.NewItemIncomplete"]).When(x => x.NewItemAmount is not null);
        RuleFor(x => x.NewItemAmount).NotNull().WithMessage(_ => l["Control.AmountRequired"]).When(x => !string.IsNullOrWhiteSpace(x.NewItemName));
    }
}

internal sealed class ExplanationFormValidator : AbstractValidator<ExplanationFormModel>
{
    public ExplanationFormValidator(IStringLocalizer<Strings> l)
    {
        AmendmentValidation.Header(this, l);
        RuleFor(x => x.LineId).NotNull().WithMessage(_ => l["Control.LineRequired"]);
        RuleFor(x => x.NewExplanation).NotEmpty().WithMessage(_ => l["Control.ExplanationRequired"])
            .MaximumLength(4000).WithMessage(_ => l["Control.TooLong"]);
    }
}

internal sealed class CarryOverFormValidator : AbstractValidator<CarryOverFormModel>
{
    public CarryOverFormValidator(IStringLocalizer<Strings> l)
    {
        AmendmentValidation.Header(this, l);
        RuleFor(x => x.LineId).NotNull().WithMessage(_ => l["Control.LineRequired"]);
        AmendmentValidation.Baht(RuleFor(x => x.Amount).NotNull().WithMessage(_ => l["Control.AmountRequired"]), l);
    }
}

internal sealed class ApproveFormValidator : AbstractValidator<ApproveFormModel>
{
    public ApproveFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.ApprovedBy).NotEmpty().WithMessage(_ => l["Control.ApprovedByRequired"])
            .MaximumLength(200).WithMessage(_ => l["Control.TooLong"]);
        RuleFor(x => x.ApprovedOn).NotNull().WithMessage(_ => l["Control.ApprovedOnRequired"]);
    }
}
