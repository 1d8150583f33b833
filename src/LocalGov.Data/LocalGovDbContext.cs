using LocalGov.Data.Identity;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Auditing;
using LocalGov.SharedKernel.Modularity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LocalGov.Data;

/// <summary>
/// The one database context. Identity and audit belong to the platform; every module adds its own
/// entities through <see cref="IModule.ConfigureModel"/> and reaches them with <c>Set&lt;T&gt;()</c>.
/// </summary>
public sealed class LocalGovDbContext(DbContextOptions<LocalGovDbContext> options, ModuleCatalog modules)
    : IdentityDbContext<AppUser, IdentityRole, string>(options)
{
    public const string PlatformSchema = "platform";
    public const string IdentitySchema = "identity";

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Identifies the set of modules whose entities make up this context's model.</summary>
    internal string ModuleKey { get; } = string.Join(",", modules.Modules.Select(m => m.GetType().FullName));

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.ReplaceService<Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory, ModuleAwareModelCacheKeyFactory>();

    /// <summary>Amounts are stored as integer satang (ADR 0001): exact, and SUM runs natively on both providers.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Money>().HaveConversion<MoneyValueConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        ApplyNaming(IdentitySchema, builder.Model.GetEntityTypes().ToList());

        ConfigureAudit(builder);
        ApplyNaming(PlatformSchema, [builder.Model.FindEntityType(typeof(AuditEntry))!]);

        foreach (var module in modules.Modules)
        {
            var before = builder.Model.GetEntityTypes().ToHashSet();
            module.ConfigureModel(builder);
            ApplyNaming(module.Schema, builder.Model.GetEntityTypes().Where(e => !before.Contains(e)).ToList());
        }
    }

    private static void ConfigureAudit(ModelBuilder builder)
    {
        builder.Entity<AuditEntry>(e =>
        {
            e.ToTable("AuditEntry");
            e.Property(x => x.EntityType).HasMaxLength(200);
            e.Property(x => x.EntityKey).HasMaxLength(200);
            e.Property(x => x.UserId).HasMaxLength(450);
            e.Property(x => x.UserName).HasMaxLength(256);
            e.HasIndex(x => x.TimestampUtc);
            e.HasIndex(x => new { x.EntityType, x.EntityKey });
            e.HasIndex(x => x.UserName);
        });
    }

    /// <summary>Schema per module on SQL Server; SQLite has no schemas, so its table names carry the prefix.</summary>
    private void ApplyNaming(string schema, IReadOnlyList<IMutableEntityType> entityTypes)
    {
        var sqlite = Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";
        foreach (var entity in entityTypes.Where(e => e.BaseType is null && !e.IsOwned()))
        {
            var table = entity.GetTableName() ?? entity.ClrType.Name;
            table = table.StartsWith("AspNet", StringComparison.Ordinal) ? table[6..] : table;
            if (sqlite)
            {
                entity.SetTableName($"{schema}_{table}");
                entity.SetSchema(null);
            }
            else
            {
                entity.SetTableName(table);
                entity.SetSchema(schema);
            }
        }
    }
}
