using LocalGov.Procurement.Contracts;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Procurement.Domain;

/// <summary>Whether a rule applies to e-catalogue items, to items outside it, or to both.</summary>
internal enum CatalogueCondition
{
    Any = 0,
    CatalogueOnly = 1,
    NotInCatalogue = 2,
}

/// <summary>
/// One effective-dated rule of the Ministry of Finance regulation B.E. 2560: <see cref="Method"/> is allowed for a
/// case value above <see cref="AboveAmount"/> and up to <see cref="UpToAmount"/> (no upper bound when null), for the
/// catalogue condition, with a stated reason when <see cref="RequiresReason"/>. Seeded as data; administrators add a
/// new row when the law changes (the old row gets an end date).
/// </summary>
internal sealed class MethodRule
{
    public int Id { get; set; }
    public ProcurementMethod Method { get; set; }
    public Money AboveAmount { get; set; }
    public Money? UpToAmount { get; set; }
    public CatalogueCondition Catalogue { get; set; }
    public bool RequiresReason { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }

    /// <summary>The regulation and clause, shown to users.</summary>
    public required string Source { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public bool AppliesOn(DateOnly on) => EffectiveFrom <= on && (EffectiveTo is null || on <= EffectiveTo);

    public bool Covers(Money amount, bool inCatalogue) =>
        amount > AboveAmount && (UpToAmount is null || amount <= UpToAmount)
        && Catalogue switch
        {
            CatalogueCondition.CatalogueOnly => inCatalogue,
            CatalogueCondition.NotInCatalogue => !inCatalogue,
            _ => true,
        };
}

/// <summary>A method allowed for a case, and whether choosing it needs a stated reason.</summary>
internal sealed record AllowedMethod(ProcurementMethod Method, bool RequiresReason, string Source);

/// <summary>The methods the rules allow: pure, so unit-tested without a database.</summary>
internal static class MethodRules
{
    /// <summary>
    /// The methods allowed for a case of <paramref name="amount"/> on <paramref name="on"/>; when several rules allow
    /// one method, the one without a reason requirement wins. Ordered by method.
    /// </summary>
    public static IReadOnlyList<AllowedMethod> Allowed(IEnumerable<MethodRule> rules, Money amount, bool inCatalogue, DateOnly on) =>
        [.. rules.Where(r => r.AppliesOn(on) && r.Covers(amount, inCatalogue))
            .GroupBy(r => r.Method)
            .Select(g => g.OrderBy(r => r.RequiresReason).First())
            .OrderBy(r => r.Method)
            .Select(r => new AllowedMethod(r.Method, r.RequiresReason, r.Source))];
}

/// <summary>The value limits of the 2560 ministerial regulation that change what a case needs.</summary>
internal enum LimitKind
{
    /// <summary>Up to this value no written contract is needed: a purchase order or agreement is enough.</summary>
    WrittenContractAbove = 1,

    /// <summary>Up to this value one inspector may replace the inspection committee.</summary>
    InspectionCommitteeAbove = 2,

    /// <summary>Reference prices above this value are published.</summary>
    PublishReferencePriceAbove = 3,
}

/// <summary>An effective-dated limit, seeded as data like <see cref="MethodRule"/>.</summary>
internal sealed class ProcurementLimit
{
    public int Id { get; set; }
    public LimitKind Kind { get; set; }
    public Money Amount { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public required string Source { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public bool AppliesOn(DateOnly on) => EffectiveFrom <= on && (EffectiveTo is null || on <= EffectiveTo);
}
