using LocalGov.Procurement.Contracts;
using LocalGov.Procurement.Domain;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Procurement.Services.Cases;

/// <summary>A rule a case change breaks: the form field ("" for the whole case), the message's resource key and its arguments.</summary>
internal sealed record CaseError(string Field, string Key, params object[] Args);

/// <summary>The case after the change, or the rules it broke (nothing written).</summary>
internal sealed record CaseResult(ProcurementCase? Case, IReadOnlyList<CaseError> Errors)
{
    public bool Succeeded => Case is not null && Errors.Count == 0;

    public static CaseResult Fail(IEnumerable<CaseError> errors) => new(null, [.. errors]);
}

/// <summary>One requisition line as typed (already parsed).</summary>
internal sealed record ItemInput(string Description, decimal Quantity, string Unit, Money UnitPrice, bool IsDurable, int? UsefulLifeYears, string? AssetCategory);

internal sealed record RequisitionInput(
    string Title,
    ProcurementCategory Category,
    string Justification,
    int? PlanItemId,
    int BudgetLineId,
    bool InCatalogue,
    DateOnly RequestedOn,
    IReadOnlyList<ItemInput> Items);

internal sealed record MemberInput(CommitteeKind Committee, string Name, string? Position, CommitteeRole Role);

internal sealed record PreparationInput(
    Money? ReferencePrice,
    string? ReferencePriceBasis,
    DateOnly? ReferencePriceOn,
    ProcurementMethod? Method,
    string? MethodReason,
    IReadOnlyList<MemberInput> Members);

internal sealed record AnnouncementInput(string AnnouncementNo, DateOnly AnnouncedOn, DateOnly BidsCloseOn);

internal sealed record BidInput(int VendorId, DateOnly SubmittedOn, Money Price, string? Note);

internal sealed record EvaluationInput(int BidId, bool? IsResponsive, int? Rank);

internal sealed record AwardInput(int BidId, DateOnly AwardedOn, string? Reason);

/// <summary>Item totals: quantity × unit price rounded to satang half away from zero (MoneyRounding), summed.</summary>
internal static class CaseTotals
{
    /// <summary>Largest accepted quantity (a sanity bound).</summary>
    public const decimal MaxQuantity = 10_000_000m;

    public static Money ItemTotal(decimal quantity, Money unitPrice) =>
        Money.FromBaht(MoneyRounding.ToSatang(quantity * unitPrice.Baht));

    public static Money Total(IEnumerable<(decimal Quantity, Money UnitPrice)> items) =>
        Money.Sum(items.Select(i => ItemTotal(i.Quantity, i.UnitPrice)));

    /// <summary>True when the quantity has at most three decimals.</summary>
    public static bool HasAtMostThreeDecimals(decimal quantity) => quantity * 1000m == decimal.Truncate(quantity * 1000m);
}
