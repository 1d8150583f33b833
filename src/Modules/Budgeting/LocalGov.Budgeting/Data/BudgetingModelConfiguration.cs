using LocalGov.Budgeting.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalGov.Budgeting.Data;

internal sealed class ClassificationConfiguration : IEntityTypeConfiguration<Classification>
{
    public void Configure(EntityTypeBuilder<Classification> b)
    {
        b.ToTable("Classification");
        b.Property(x => x.Code).HasMaxLength(20).IsRequired();
        b.Property(x => x.NameTh).HasMaxLength(200).IsRequired();
        b.Property(x => x.NameEn).HasMaxLength(200).IsRequired();
        b.HasOne(x => x.Parent).WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.Kind, x.Code, x.EffectiveFromYear }).IsUnique();
    }
}

internal sealed class BudgetConfiguration : IEntityTypeConfiguration<Budget>
{
    public void Configure(EntityTypeBuilder<Budget> b)
    {
        b.ToTable("Budget");
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasIndex(x => new { x.LaoId, x.FiscalYear, x.Kind, x.Sequence }).IsUnique();
        b.HasIndex(x => new { x.FiscalYear, x.ProvinceId });
        b.HasMany(x => x.Lines).WithOne(l => l.Budget).HasForeignKey(l => l.BudgetId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Revenues).WithOne(r => r.Budget).HasForeignKey(r => r.BudgetId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.History).WithOne().HasForeignKey(h => h.BudgetId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.IsEditable);
        b.Ignore(x => x.IsInForce);
        b.Ignore(x => x.ExpenditureTotal);
        b.Ignore(x => x.RevenueTotal);
    }
}

internal sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> b)
    {
        b.ToTable("BudgetLine");
        b.Property(x => x.ItemName).HasMaxLength(500).IsRequired();
        b.Property(x => x.Explanation).HasMaxLength(4000);
        b.Property(x => x.PlanProjectCode).HasMaxLength(50);
        b.HasIndex(x => new { x.BudgetId, x.LineNo });
        b.HasOne<Classification>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Classification>().WithMany().HasForeignKey(x => x.WorkUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Classification>().WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Classification>().WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RevenueEstimateConfiguration : IEntityTypeConfiguration<RevenueEstimate>
{
    public void Configure(EntityTypeBuilder<RevenueEstimate> b)
    {
        b.ToTable("RevenueEstimate");
        b.Property(x => x.ItemName).HasMaxLength(500).IsRequired();
        b.Property(x => x.Explanation).HasMaxLength(4000);
        b.HasIndex(x => new { x.BudgetId, x.LineNo });
        b.HasOne<Classification>().WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BudgetStatusChangeConfiguration : IEntityTypeConfiguration<BudgetStatusChange>
{
    public void Configure(EntityTypeBuilder<BudgetStatusChange> b)
    {
        b.ToTable("BudgetStatusChange");
        b.Property(x => x.Reason).HasMaxLength(2000);
        b.Property(x => x.UserName).HasMaxLength(256).IsRequired();
        b.HasIndex(x => x.BudgetId);
    }
}

internal sealed class BudgetAmendmentConfiguration : IEntityTypeConfiguration<BudgetAmendment>
{
    public void Configure(EntityTypeBuilder<BudgetAmendment> b)
    {
        b.ToTable("BudgetAmendment");
        b.Property(x => x.DocumentNumber).HasMaxLength(50).IsRequired();
        b.Property(x => x.Reason).HasMaxLength(2000).IsRequired();
        b.Property(x => x.ApprovedBy).HasMaxLength(200);
        b.Property(x => x.CreatedBy).HasMaxLength(256).IsRequired();
        b.HasIndex(x => new { x.BudgetId, x.Kind, x.DocumentNumber }).IsUnique();
        b.HasOne(x => x.Budget).WithMany().HasForeignKey(x => x.BudgetId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Entries).WithOne().HasForeignKey(e => e.AmendmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BudgetAmendmentEntryConfiguration : IEntityTypeConfiguration<BudgetAmendmentEntry>
{
    public void Configure(EntityTypeBuilder<BudgetAmendmentEntry> b)
    {
        b.ToTable("BudgetAmendmentEntry");
        b.Property(x => x.NewExplanation).HasMaxLength(4000);
        b.Property(x => x.PreviousExplanation).HasMaxLength(4000);
        b.Property(x => x.NewItemName).HasMaxLength(500);
        b.HasOne<BudgetLine>().WithMany().HasForeignKey(x => x.BudgetLineId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BudgetLedgerEntryConfiguration : IEntityTypeConfiguration<BudgetLedgerEntry>
{
    public void Configure(EntityTypeBuilder<BudgetLedgerEntry> b)
    {
        b.ToTable("LedgerEntry");
        b.Property(x => x.SourceModule).HasMaxLength(50).IsRequired();
        b.Property(x => x.SourceReference).HasMaxLength(100).IsRequired();
        b.Property(x => x.UserName).HasMaxLength(256);
        b.HasIndex(x => x.BudgetLineId);
        b.HasIndex(x => new { x.LaoId, x.FiscalYear });
        b.HasOne<BudgetLine>().WithMany().HasForeignKey(x => x.BudgetLineId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BudgetLineBalanceConfiguration : IEntityTypeConfiguration<BudgetLineBalanceRow>
{
    public void Configure(EntityTypeBuilder<BudgetLineBalanceRow> b)
    {
        b.ToTable("LineBalance");
        b.HasKey(x => x.BudgetLineId);
        b.Property(x => x.BudgetLineId).ValueGeneratedNever();
        b.HasIndex(x => new { x.LaoId, x.FiscalYear });
        b.HasOne<BudgetLine>().WithOne().HasForeignKey<BudgetLineBalanceRow>(x => x.BudgetLineId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BudgetSummaryConfiguration : IEntityTypeConfiguration<BudgetSummaryRow>
{
    public void Configure(EntityTypeBuilder<BudgetSummaryRow> b)
    {
        b.ToTable("Summary");
        b.HasKey(x => new { x.LaoId, x.FiscalYear });
        b.HasIndex(x => new { x.FiscalYear, x.ProvinceId, x.LaoType });
    }
}

internal sealed class BudgetSummaryByClassificationConfiguration : IEntityTypeConfiguration<BudgetSummaryByClassificationRow>
{
    public void Configure(EntityTypeBuilder<BudgetSummaryByClassificationRow> b)
    {
        b.ToTable("SummaryByClassification");
        b.HasKey(x => new { x.LaoId, x.FiscalYear, x.ClassificationId });
        // Covering indexes for the roll-ups (Amount last): SUM by classification for a year, nationally or in one
        // province, reads the index alone in classification order, without a table lookup per row.
        b.HasIndex(x => new { x.FiscalYear, x.ProvinceId, x.ClassificationId, x.Amount });
        b.HasIndex(x => new { x.FiscalYear, x.ClassificationId, x.Amount });
    }
}
