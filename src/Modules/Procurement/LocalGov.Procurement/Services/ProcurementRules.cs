using LocalGov.Data;
using LocalGov.Procurement.Domain;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Procurement.Services;

/// <summary>The method rules and value limits in force on a date, read from the reference data.</summary>
internal sealed class ProcurementRules(LocalGovDbContext db)
{
    /// <summary>The methods allowed for a case of <paramref name="amount"/> on <paramref name="on"/> (see <see cref="MethodRules.Allowed"/>).</summary>
    public async Task<IReadOnlyList<AllowedMethod>> AllowedMethodsAsync(Money amount, bool inCatalogue, DateOnly on, CancellationToken cancellationToken)
    {
        var rules = await db.Set<MethodRule>().AsNoTracking().ToListAsync(cancellationToken);
        return MethodRules.Allowed(rules, amount, inCatalogue, on);
    }

    /// <summary>The limit of <paramref name="kind"/> in force on <paramref name="on"/>, or null when none is.</summary>
    public async Task<Money?> LimitAsync(LimitKind kind, DateOnly on, CancellationToken cancellationToken)
    {
        var limits = await db.Set<ProcurementLimit>().AsNoTracking().Where(l => l.Kind == kind).ToListAsync(cancellationToken);
        return limits.Where(l => l.AppliesOn(on)).OrderByDescending(l => l.EffectiveFrom).Select(l => (Money?)l.Amount).FirstOrDefault();
    }
}
