using System.Globalization;
using FluentValidation;
using LocalGov.Budgeting.Contracts;
using LocalGov.Organizations.Contracts;
using LocalGov.Procurement.Contracts;
using LocalGov.Procurement.Domain;
using LocalGov.Procurement.Resources;
using LocalGov.Procurement.Services.Cases;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using LocalGov.SharedKernel.Web;
using Microsoft.Extensions.Localization;

namespace LocalGov.Procurement.Areas.Procurement.Features.Cases;

internal sealed class CaseSearch
{
    public int? Year { get; set; }
    public ProcurementCaseStatus? Status { get; set; }
    public ProcurementMethod? Method { get; set; }
    public string? Q { get; set; }
    public int Page { get; set; } = 1;
    public int? LaoId { get; set; }
    public string? Code { get; set; }
}

internal sealed record CaseListItem(int Id, string CaseNo, string Title, DateOnly RequestedOn, ProcurementMethod? Method, ProcurementCaseStatus Status, Money Amount);

internal sealed record CaseListViewModel(LaoDto Lao, IReadOnlyList<CaseListItem> Items, CaseSearch Search, IReadOnlyList<int> Years, int Total, Pager Pager, bool CanCreate, bool ShowLao);

/// <summary>Typed text of amounts, quantities and dates (parsed invariantly; never rounded silently).</summary>
internal static class CaseText
{
    public const decimal MaxAmount = 10_000_000_000m;

    public static bool TryAmount(string? text, out Money money)
    {
        money = Money.Zero;
        if (!BahtInput.TryParse(text, out var v) || !BahtInput.HasAtMostTwoDecimals(v) || v <= 0 || v > MaxAmount)
        {
            return false;
        }

        money = Money.FromBaht(v);
        return true;
    }

    public static bool TryQuantity(string? text, out decimal quantity) =>
        decimal.TryParse(text?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out quantity)
        && quantity > 0 && quantity <= CaseTotals.MaxQuantity && CaseTotals.HasAtMostThreeDecimals(quantity);

    public static DateOnly? Date(string? text) => ThaiDate.TryParseIsoOrShort(text, out var d) ? d : null;

    public static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Show(Money? amount) => amount?.Baht.ToString("0.00", CultureInfo.InvariantCulture) ?? "";

    public static string Show(decimal quantity) => quantity.ToString("0.###", CultureInfo.InvariantCulture);
}

internal sealed class ItemRow
{
    public string? Description { get; set; }
    public string? Quantity { get; set; }
    public string? Unit { get; set; }
    public string? UnitPrice { get; set; }
    public bool IsDurable { get; set; }
    public int? UsefulLifeYears { get; set; }
    public string? AssetCategory { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(Quantity) && string.IsNullOrWhiteSpace(Unit) && string.IsNullOrWhiteSpace(UnitPrice);
}

/// <summary>The requisition form (create, and edit while Requisitioned). A fixed number of item rows; empty rows are ignored.</summary>
internal sealed class RequisitionForm
{
    public const int ItemRows = 10;

    public int FiscalYear { get; set; }
    public string? Title { get; set; }
    public ProcurementCategory? Category { get; set; }
    public string? Justification { get; set; }
    public int? PlanItemId { get; set; }
    public int? BudgetLineId { get; set; }
    public bool InCatalogue { get; set; }
    public string? RequestedOn { get; set; }
    public List<ItemRow> Items { get; set; } = [];
    public Guid ConcurrencyStamp { get; set; }

    public void PadItems()
    {
        while (Items.Count < ItemRows)
        {
            Items.Add(new ItemRow());
        }
    }

    public RequisitionInput ToInput() => new(
        Title ?? "",
        Category!.Value,
        Justification ?? "",
        PlanItemId,
        BudgetLineId!.Value,
        InCatalogue,
        CaseText.Date(RequestedOn)!.Value,
        [.. Items.Where(i => !i.IsEmpty).Select(i =>
        {
            CaseText.TryQuantity(i.Quantity, out var q);
            CaseText.TryAmount(i.UnitPrice, out var p);
            return new ItemInput(i.Description ?? "", q, i.Unit ?? "", p, i.IsDurable, i.UsefulLifeYears, i.AssetCategory);
        })]);
}

internal sealed class ItemRowValidator : AbstractValidator<ItemRow>
{
    public ItemRowValidator(IStringLocalizer<Strings> l)
    {
        When(x => !x.IsEmpty, () =>
        {
            RuleFor(x => x.Description).NotEmpty().WithMessage(_ => l["Case.Error.Required"]).MaximumLength(500).WithMessage(_ => l["Case.Error.TooLong", 500]);
            RuleFor(x => x.Unit).NotEmpty().WithMessage(_ => l["Case.Error.Required"]).MaximumLength(50).WithMessage(_ => l["Case.Error.TooLong", 50]);
            RuleFor(x => x.Quantity).Must(q => CaseText.TryQuantity(q, out _)).WithMessage(_ => l["Case.Error.Quantity"]);
            RuleFor(x => x.UnitPrice).Must(p => CaseText.TryAmount(p, out _)).WithMessage(_ => l["Case.Error.Amount"]);
            RuleFor(x => x.UsefulLifeYears).NotNull().WithMessage(_ => l["Case.Error.UsefulLife"]).InclusiveBetween(1, 100).WithMessage(_ => l["Case.Error.UsefulLife"]).When(x => x.IsDurable);
            RuleFor(x => x.AssetCategory).NotEmpty().WithMessage(_ => l["Case.Error.Required"]).MaximumLength(100).WithMessage(_ => l["Case.Error.TooLong", 100]).When(x => x.IsDurable);
        });
    }
}

internal sealed class RequisitionFormValidator : AbstractValidator<RequisitionForm>
{
    public RequisitionFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage(_ => l["Case.Error.Required"]).MaximumLength(300).WithMessage(_ => l["Case.Error.TooLong", 300]);
        RuleFor(x => x.Category).NotNull().WithMessage(_ => l["Case.Error.Required"]).IsInEnum().WithMessage(_ => l["Case.Error.Required"]);
        RuleFor(x => x.Justification).NotEmpty().WithMessage(_ => l["Case.Error.Required"]).MaximumLength(2000).WithMessage(_ => l["Case.Error.TooLong", 2000]);
        RuleFor(x => x.BudgetLineId).NotNull().WithMessage(_ => l["Case.Error.LineRequired"]);
        RuleFor(x => x.RequestedOn).Must(d => CaseText.Date(d) is not null).WithMessage(_ => l["Case.Error.DateRequired"]);
        RuleFor(x => x.Items).Must(items => items.Any(i => !i.IsEmpty)).WithMessage(_ => l["Case.Error.NoItems"]);
        RuleForEach(x => x.Items).SetValidator(new ItemRowValidator(l));
    }
}

/// <summary>A budget line to pick, with what is still available on it.</summary>
internal sealed record CaseLineChoice(int Id, string Label, Money Available);

internal sealed record PlanItemChoice(int Id, string Label);

internal sealed record RequisitionViewModel(int? CaseId, string? CaseNo, RequisitionForm Form, IReadOnlyList<int> Years, IReadOnlyList<CaseLineChoice> Lines, IReadOnlyList<PlanItemChoice> PlanItems);

internal sealed class MemberRow
{
    public CommitteeKind Committee { get; set; }
    public string? Name { get; set; }
    public string? Position { get; set; }
    public CommitteeRole Role { get; set; } = CommitteeRole.Member;
}

/// <summary>Reference price, method and committees (a fixed number of member rows per committee; empty rows ignored).</summary>
internal sealed class PreparationForm
{
    public const int RowsPerCommittee = 5;

    public string? ReferencePrice { get; set; }
    public string? ReferencePriceBasis { get; set; }
    public string? ReferencePriceOn { get; set; }
    public ProcurementMethod? Method { get; set; }
    public string? MethodReason { get; set; }
    public List<MemberRow> Members { get; set; } = [];
    public Guid ConcurrencyStamp { get; set; }

    public void PadMembers()
    {
        foreach (var kind in Enum.GetValues<CommitteeKind>())
        {
            var count = Members.Count(m => m.Committee == kind);
            for (var i = count; i < RowsPerCommittee; i++)
            {
                Members.Add(new MemberRow { Committee = kind });
            }
        }

        Members = [.. Members.OrderBy(m => m.Committee)];
    }
}

internal sealed class PreparationFormValidator : AbstractValidator<PreparationForm>
{
    public PreparationFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.ReferencePrice).Must(p => CaseText.TryAmount(p, out _)).WithMessage(_ => l["Case.Error.Amount"]).When(x => !string.IsNullOrWhiteSpace(x.ReferencePrice));
        RuleFor(x => x.ReferencePriceOn).Must(d => CaseText.Date(d) is not null).WithMessage(_ => l["Case.Error.DateRequired"]).When(x => !string.IsNullOrWhiteSpace(x.ReferencePriceOn));
        RuleFor(x => x.ReferencePriceBasis).MaximumLength(1000).WithMessage(_ => l["Case.Error.TooLong", 1000]);
        RuleFor(x => x.MethodReason).MaximumLength(1000).WithMessage(_ => l["Case.Error.TooLong", 1000]);
        RuleFor(x => x.Method).IsInEnum().WithMessage(_ => l["Case.Error.MethodNotAllowedShort"]);
    }
}

internal sealed record PreparationViewModel(ProcurementCase Case, PreparationForm Form, IReadOnlyList<AllowedMethod> Allowed, Money Value, Money? InspectionLimit);

internal sealed record VendorChoice(int Id, string Name, string TaxId);

internal sealed record CaseDetailsViewModel(
    ProcurementCase Case,
    LaoDto Lao,
    BudgetLineInfo? Line,
    BudgetLineBalance? Balance,
    IReadOnlyDictionary<int, string> VendorNames,
    IReadOnlyList<VendorChoice> Vendors,
    IReadOnlyList<string> Missing,
    bool CanManage,
    bool CanApprove,
    DateOnly Today);
