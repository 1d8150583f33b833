using LocalGov.Budgeting.Domain;
using LocalGov.Data;
using LocalGov.SharedKernel.Seeding;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Budgeting.Seeding;

/// <summary>Adds the budget classification when the database has none; never touches entries an administrator edited.</summary>
internal sealed class BudgetingReferenceDataSeeder(LocalGovDbContext db) : IReferenceDataSeeder
{
    public int Order => 20;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<Classification>().AnyAsync(cancellationToken))
        {
            return;
        }

        var byCode = new Dictionary<(ClassificationKind, string), Classification>();
        var order = 0;
        foreach (var entry in ClassificationCatalog.Entries)
        {
            var parentKind = entry.Kind switch
            {
                ClassificationKind.WorkUnit => ClassificationKind.Programme,
                ClassificationKind.ExpenditureCategory => ClassificationKind.ExpenditureGroup,
                _ => entry.Kind,
            };
            var item = new Classification
            {
                Kind = entry.Kind,
                Code = entry.Code,
                NameTh = entry.NameTh,
                NameEn = entry.NameEn,
                Parent = entry.ParentCode is null ? null : byCode[(parentKind, entry.ParentCode)],
                IsPersonnel = entry.IsPersonnel,
                IsCapital = entry.IsCapital,
                RevenueSource = entry.Source,
                EffectiveFromYear = ClassificationCatalog.EffectiveFrom,
                SortOrder = ++order,
            };
            byCode[(entry.Kind, entry.Code)] = item;
            db.Set<Classification>().Add(item);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
