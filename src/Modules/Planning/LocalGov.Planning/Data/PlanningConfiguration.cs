using LocalGov.Planning.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalGov.Planning.Data;

internal sealed class DevelopmentPlanConfiguration : IEntityTypeConfiguration<DevelopmentPlan>
{
    public void Configure(EntityTypeBuilder<DevelopmentPlan> b)
    {
        b.ToTable("DevelopmentPlan");
        b.Property(x => x.Vision).HasMaxLength(1000).IsRequired();
        b.Property(x => x.Mission).HasMaxLength(2000);
        b.Property(x => x.CreatedBy).HasMaxLength(256).IsRequired();
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasIndex(x => new { x.LaoId, x.FirstYear }).IsUnique();
        b.HasMany(x => x.Versions).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Strategies).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Projects).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> b)
    {
        b.ToTable("PlanVersion");
        b.Property(x => x.Title).HasMaxLength(300).IsRequired();
        b.Property(x => x.Reason).HasMaxLength(2000);
        b.Property(x => x.CreatedBy).HasMaxLength(256).IsRequired();
        b.Property(x => x.ApprovedBy).HasMaxLength(300);
        b.Property(x => x.RecordedBy).HasMaxLength(256);
        b.HasIndex(x => new { x.PlanId, x.Number }).IsUnique();
    }
}

internal sealed class StrategyConfiguration : IEntityTypeConfiguration<Strategy>
{
    public void Configure(EntityTypeBuilder<Strategy> b)
    {
        b.ToTable("Strategy");
        b.Property(x => x.Name).HasMaxLength(300).IsRequired();
        b.Property(x => x.Goal).HasMaxLength(1000);
        b.Property(x => x.ProvinceStrategy).HasMaxLength(300);
        b.HasIndex(x => new { x.PlanId, x.No }).IsUnique();
    }
}

internal sealed class PlanProjectConfiguration : IEntityTypeConfiguration<PlanProject>
{
    public void Configure(EntityTypeBuilder<PlanProject> b)
    {
        b.ToTable("PlanProject");
        b.Property(x => x.Code).HasMaxLength(50).IsRequired();
        b.HasIndex(x => new { x.PlanId, x.Code }).IsUnique();
        b.HasIndex(x => new { x.LaoId, x.Code });
        b.HasMany(x => x.Revisions).WithOne().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanProjectRevisionConfiguration : IEntityTypeConfiguration<PlanProjectRevision>
{
    public void Configure(EntityTypeBuilder<PlanProjectRevision> b)
    {
        b.ToTable("PlanProjectRevision", t => t.HasCheckConstraint("CK_PlanProjectRevision_Amounts",
            "Year1Amount >= 0 AND Year2Amount >= 0 AND Year3Amount >= 0 AND Year4Amount >= 0 AND Year5Amount >= 0"));
        b.Property(x => x.Name).HasMaxLength(300).IsRequired();
        b.Property(x => x.Objective).HasMaxLength(2000);
        b.Property(x => x.Target).HasMaxLength(1000);
        b.Property(x => x.Indicator).HasMaxLength(500);
        b.Property(x => x.ExpectedResult).HasMaxLength(1000);
        b.Property(x => x.ResponsibleUnit).HasMaxLength(200);
        b.Property(x => x.Location).HasMaxLength(300);
        b.HasIndex(x => new { x.ProjectId, x.FromVersion }).IsUnique();
        b.HasOne<Strategy>().WithMany().HasForeignKey(x => x.StrategyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ActionPlanEntryConfiguration : IEntityTypeConfiguration<ActionPlanEntry>
{
    public void Configure(EntityTypeBuilder<ActionPlanEntry> b)
    {
        b.ToTable("ActionPlanEntry", t =>
        {
            t.HasCheckConstraint("CK_ActionPlanEntry_Months", "StartMonth BETWEEN 1 AND 12 AND EndMonth BETWEEN StartMonth AND 12");
            t.HasCheckConstraint("CK_ActionPlanEntry_Percent", "PercentComplete BETWEEN 0 AND 100");
        });
        b.Property(x => x.Problems).HasMaxLength(2000);
        b.Property(x => x.Remedies).HasMaxLength(2000);
        b.Property(x => x.LastUpdatedBy).HasMaxLength(256);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasIndex(x => new { x.LaoId, x.FiscalYear, x.ProjectId }).IsUnique();
        b.HasOne<PlanProject>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Updates).WithOne().HasForeignKey(x => x.EntryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProgressUpdateConfiguration : IEntityTypeConfiguration<ProgressUpdate>
{
    public void Configure(EntityTypeBuilder<ProgressUpdate> b)
    {
        b.ToTable("ProgressUpdate", t => t.HasCheckConstraint("CK_ProgressUpdate_Percent", "PercentComplete BETWEEN 0 AND 100"));
        b.Property(x => x.Note).HasMaxLength(2000);
        b.Property(x => x.Problems).HasMaxLength(2000);
        b.Property(x => x.Remedies).HasMaxLength(2000);
        b.Property(x => x.RecordedBy).HasMaxLength(256).IsRequired();
    }
}

internal sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> b)
    {
        b.ToTable("ProgressReport", t => t.HasCheckConstraint("CK_ProgressReport_Quarter", "Quarter BETWEEN 1 AND 4"));
        b.Property(x => x.SubmittedBy).HasMaxLength(256).IsRequired();
        b.Property(x => x.AveragePercentComplete).HasPrecision(5, 2);
        b.Ignore(x => x.IsLate);
        b.HasIndex(x => new { x.LaoId, x.FiscalYear, x.Quarter }).IsUnique();
        b.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProgressReportLineConfiguration : IEntityTypeConfiguration<ProgressReportLine>
{
    public void Configure(EntityTypeBuilder<ProgressReportLine> b)
    {
        b.ToTable("ProgressReportLine");
        b.Property(x => x.ProjectCode).HasMaxLength(50).IsRequired();
        b.Property(x => x.ProjectName).HasMaxLength(300).IsRequired();
        b.Property(x => x.StrategyName).HasMaxLength(300).IsRequired();
        b.Property(x => x.Problems).HasMaxLength(2000);
        b.Property(x => x.Remedies).HasMaxLength(2000);
    }
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> b)
    {
        b.ToTable("Attachment");
        b.Property(x => x.OriginalName).HasMaxLength(255).IsRequired();
        b.Property(x => x.StoredName).HasMaxLength(100).IsRequired();
        b.Property(x => x.ContentType).HasMaxLength(100).IsRequired();
        b.Property(x => x.Caption).HasMaxLength(300);
        b.Property(x => x.UploadedBy).HasMaxLength(256).IsRequired();
        b.Ignore(x => x.IsImage);
        b.HasIndex(x => new { x.Owner, x.OwnerId });
        b.HasIndex(x => x.StoredName).IsUnique();
    }
}

internal sealed class ParticipationProcessConfiguration : IEntityTypeConfiguration<ParticipationProcess>
{
    public void Configure(EntityTypeBuilder<ParticipationProcess> b)
    {
        b.ToTable("ParticipationProcess", t => t.HasCheckConstraint("CK_ParticipationProcess_Supports", "SupportsPerPerson BETWEEN 1 AND 50"));
        b.Property(x => x.Title).HasMaxLength(300).IsRequired();
        b.Property(x => x.Description).HasMaxLength(4000);
        b.Property(x => x.CreatedBy).HasMaxLength(256).IsRequired();
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Ignore(x => x.DatesAreInOrder);
        b.HasIndex(x => new { x.LaoId, x.FiscalYear }).IsUnique();
    }
}

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> b)
    {
        b.ToTable("Participant");
        b.Property(x => x.Email).HasMaxLength(256).IsRequired();
        b.Property(x => x.DisplayName).HasMaxLength(100).IsRequired();
        b.Property(x => x.Village).HasMaxLength(200);
        b.Property(x => x.PasswordHash).HasMaxLength(500);
        b.Property(x => x.TokenHash).HasMaxLength(64);
        b.Property(x => x.AddedBy).HasMaxLength(256);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Ignore(x => x.IsVerified);
        b.HasIndex(x => x.Email).IsUnique();
        b.HasIndex(x => x.TokenHash);
        b.HasIndex(x => x.LaoId);
    }
}

internal sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public void Configure(EntityTypeBuilder<Proposal> b)
    {
        b.ToTable("Proposal", t =>
        {
            t.HasCheckConstraint("CK_Proposal_Cost", "EstimatedCost >= 0");
            t.HasCheckConstraint("CK_Proposal_Supports", "SupportCount >= 0");
        });
        b.Property(x => x.Title).HasMaxLength(200).IsRequired();
        b.Property(x => x.Description).HasMaxLength(4000).IsRequired();
        b.Property(x => x.Location).HasMaxLength(300);
        b.Property(x => x.StatusReason).HasMaxLength(1000);
        b.Property(x => x.ModeratedBy).HasMaxLength(256);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Ignore(x => x.IsPublic);
        b.HasIndex(x => new { x.ProcessId, x.Status });
        b.HasIndex(x => x.ParticipantId);
        b.HasOne<ParticipationProcess>().WithMany().HasForeignKey(x => x.ProcessId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Participant>().WithMany().HasForeignKey(x => x.ParticipantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PlanProject>().WithMany().HasForeignKey(x => x.PlanProjectId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProposalCommentConfiguration : IEntityTypeConfiguration<ProposalComment>
{
    public void Configure(EntityTypeBuilder<ProposalComment> b)
    {
        b.ToTable("ProposalComment");
        b.Property(x => x.Text).HasMaxLength(2000).IsRequired();
        b.Property(x => x.HiddenReason).HasMaxLength(500);
        b.HasOne<Proposal>().WithMany().HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Participant>().WithMany().HasForeignKey(x => x.ParticipantId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProposalSupportConfiguration : IEntityTypeConfiguration<ProposalSupport>
{
    public void Configure(EntityTypeBuilder<ProposalSupport> b)
    {
        b.ToTable("ProposalSupport");
        b.HasIndex(x => new { x.ProposalId, x.ParticipantId }).IsUnique();
        b.HasIndex(x => new { x.ProcessId, x.ParticipantId });
        b.HasOne<Proposal>().WithMany().HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Participant>().WithMany().HasForeignKey(x => x.ParticipantId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PlanningYearSummaryConfiguration : IEntityTypeConfiguration<PlanningYearSummary>
{
    public void Configure(EntityTypeBuilder<PlanningYearSummary> b)
    {
        b.ToTable("PlanningYearSummary");
        b.Ignore(x => x.AveragePercentComplete);
        b.HasIndex(x => new { x.LaoId, x.FiscalYear }).IsUnique();
        b.HasIndex(x => new { x.FiscalYear, x.ProvinceId });
    }
}

internal sealed class PlanningStrategySummaryConfiguration : IEntityTypeConfiguration<PlanningStrategySummary>
{
    public void Configure(EntityTypeBuilder<PlanningStrategySummary> b)
    {
        b.ToTable("PlanningStrategySummary");
        b.HasIndex(x => new { x.LaoId, x.FiscalYear, x.NationalStrategy }).IsUnique();
        b.HasIndex(x => new { x.FiscalYear, x.ProvinceId });
    }
}
