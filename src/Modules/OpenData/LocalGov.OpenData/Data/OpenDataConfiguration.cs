using LocalGov.OpenData.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalGov.OpenData.Data;

internal sealed class PublicationConfiguration : IEntityTypeConfiguration<Publication>
{
    public void Configure(EntityTypeBuilder<Publication> b)
    {
        b.ToTable("Publication");
        b.Property(x => x.PublishedBy).HasMaxLength(256).IsRequired();
        b.Property(x => x.WithdrawnBy).HasMaxLength(256);
        b.Property(x => x.WithdrawalReason).HasMaxLength(1000);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasIndex(x => new { x.LaoId, x.Kind, x.FiscalYear, x.PeriodFrom }).IsUnique();
        b.HasIndex(x => new { x.Kind, x.FiscalYear });
    }
}

internal sealed class PublishedBudgetConfiguration : IEntityTypeConfiguration<PublishedBudget>
{
    public void Configure(EntityTypeBuilder<PublishedBudget> b)
    {
        b.ToTable("PublishedBudget");
        b.HasIndex(x => new { x.LaoId, x.FiscalYear }).IsUnique();
        b.HasIndex(x => new { x.FiscalYear, x.ProvinceId, x.LaoType });
        b.HasOne<Publication>().WithMany().HasForeignKey(x => x.PublicationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PublishedBudgetLineConfiguration : IEntityTypeConfiguration<PublishedBudgetLine>
{
    public void Configure(EntityTypeBuilder<PublishedBudgetLine> b)
    {
        b.ToTable("PublishedBudgetLine");
        b.Property(x => x.ProgrammeCode).HasMaxLength(20).IsRequired();
        b.Property(x => x.WorkUnitCode).HasMaxLength(20).IsRequired();
        b.Property(x => x.GroupCode).HasMaxLength(20).IsRequired();
        b.Property(x => x.CategoryCode).HasMaxLength(20).IsRequired();
        b.Property(x => x.ItemName).HasMaxLength(500).IsRequired();
        b.Property(x => x.PlanProjectCode).HasMaxLength(50);
        b.HasIndex(x => new { x.LaoId, x.FiscalYear, x.LineNo }).IsUnique();
        b.HasIndex(x => new { x.FiscalYear, x.LaoId });
        b.HasIndex(x => new { x.FiscalYear, x.ProvinceId, x.LaoType });
    }
}

internal sealed class PublishedRevenueEstimateConfiguration : IEntityTypeConfiguration<PublishedRevenueEstimate>
{
    public void Configure(EntityTypeBuilder<PublishedRevenueEstimate> b)
    {
        b.ToTable("PublishedRevenueEstimate");
        b.Property(x => x.CategoryCode).HasMaxLength(20).IsRequired();
        b.Property(x => x.ItemName).HasMaxLength(500).IsRequired();
        b.HasIndex(x => new { x.LaoId, x.FiscalYear, x.LineNo }).IsUnique();
        b.HasIndex(x => new { x.FiscalYear, x.LaoId });
        b.HasIndex(x => new { x.FiscalYear, x.ProvinceId, x.LaoType });
    }
}

internal sealed class PublishedClassificationConfiguration : IEntityTypeConfiguration<PublishedClassification>
{
    public void Configure(EntityTypeBuilder<PublishedClassification> b)
    {
        b.ToTable("PublishedClassification");
        b.HasKey(x => new { x.Kind, x.Code });
        b.Property(x => x.Code).HasMaxLength(20);
        b.Property(x => x.NameTh).HasMaxLength(300).IsRequired();
        b.Property(x => x.NameEn).HasMaxLength(300).IsRequired();
    }
}

internal sealed class PublishedProjectConfiguration : IEntityTypeConfiguration<PublishedProject>
{
    public void Configure(EntityTypeBuilder<PublishedProject> b)
    {
        b.ToTable("PublishedProject");
        b.Property(x => x.Code).HasMaxLength(40).IsRequired();
        b.Property(x => x.Name).HasMaxLength(500).IsRequired();
        b.Property(x => x.StrategyName).HasMaxLength(500).IsRequired();
        b.HasIndex(x => new { x.LaoId, x.FiscalYear, x.Code }).IsUnique();
        b.HasIndex(x => new { x.FiscalYear, x.LaoId });
        b.HasIndex(x => new { x.FiscalYear, x.ProvinceId, x.LaoType });
    }
}
