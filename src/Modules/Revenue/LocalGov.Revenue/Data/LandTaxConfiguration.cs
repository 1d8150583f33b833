using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Domain.LandTax;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalGov.Revenue.Data;

internal sealed class ParcelConfiguration : IEntityTypeConfiguration<Parcel>
{
    public void Configure(EntityTypeBuilder<Parcel> b)
    {
        b.ToTable("Parcel");
        b.Property(x => x.DeedNumber).HasMaxLength(50).IsRequired();
        b.Property(x => x.LandNumber).HasMaxLength(50);
        b.Property(x => x.VillageNo).HasMaxLength(20);
        b.Property(x => x.Subdistrict).HasMaxLength(200);
        b.Property(x => x.SquareWah).HasPrecision(6, 2);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Ignore(x => x.AreaSquareWah);

        // One parcel per deed in an LAO: the database backs the form's duplicate check.
        b.HasIndex(x => new { x.LaoId, x.DeedType, x.DeedNumber }).IsUnique();
        b.HasIndex(x => new { x.LaoId, x.OwnerTaxpayerId });
        b.HasOne<Taxpayer>().WithMany().HasForeignKey(x => x.OwnerTaxpayerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Uses).WithOne().HasForeignKey(x => x.ParcelId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Buildings).WithOne().HasForeignKey(x => x.ParcelId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ParcelUseConfiguration : IEntityTypeConfiguration<ParcelUse>
{
    public void Configure(EntityTypeBuilder<ParcelUse> b)
    {
        b.ToTable("ParcelUse");
        b.Property(x => x.AreaSquareWah).HasPrecision(12, 2);
        b.HasIndex(x => x.ParcelId);
    }
}

internal sealed class BuildingConfiguration : IEntityTypeConfiguration<Building>
{
    public void Configure(EntityTypeBuilder<Building> b)
    {
        b.ToTable("Building");
        b.Property(x => x.BuildingTypeCode).HasMaxLength(20).IsRequired();
        b.Property(x => x.Description).HasMaxLength(300);
        b.Property(x => x.FloorAreaSquareMetres).HasPrecision(12, 2);
        b.HasIndex(x => x.ParcelId);
        b.HasOne<Taxpayer>().WithMany().HasForeignKey(x => x.OwnerTaxpayerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Uses).WithOne().HasForeignKey(x => x.BuildingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BuildingUseConfiguration : IEntityTypeConfiguration<BuildingUse>
{
    public void Configure(EntityTypeBuilder<BuildingUse> b)
    {
        b.ToTable("BuildingUse");
        b.Property(x => x.FloorAreaSquareMetres).HasPrecision(12, 2);
        b.HasIndex(x => x.BuildingId);
    }
}

internal sealed class LandTaxRateBracketConfiguration : IEntityTypeConfiguration<LandTaxRateBracket>
{
    public void Configure(EntityTypeBuilder<LandTaxRateBracket> b)
    {
        b.ToTable("LandTaxRateBracket");
        b.Property(x => x.RatePercent).HasPrecision(9, 4);
        b.Property(x => x.UpdatedBy).HasMaxLength(256);
        b.HasIndex(x => new { x.Bucket, x.EffectiveFromYear, x.LowerBound }).IsUnique();
    }
}

internal sealed class VacantEscalationRuleConfiguration : IEntityTypeConfiguration<VacantEscalationRule>
{
    public void Configure(EntityTypeBuilder<VacantEscalationRule> b)
    {
        b.ToTable("VacantEscalationRule");
        b.Property(x => x.StepPercent).HasPrecision(9, 4);
        b.Property(x => x.MaxTotalPercent).HasPrecision(9, 4);
        b.Property(x => x.UpdatedBy).HasMaxLength(256);
        b.HasIndex(x => x.EffectiveFromYear).IsUnique();
    }
}

internal sealed class BuildingPriceConfiguration : IEntityTypeConfiguration<BuildingPrice>
{
    public void Configure(EntityTypeBuilder<BuildingPrice> b)
    {
        b.ToTable("BuildingPrice");
        b.Property(x => x.Code).HasMaxLength(20).IsRequired();
        b.Property(x => x.NameTh).HasMaxLength(200).IsRequired();
        b.Property(x => x.NameEn).HasMaxLength(200);
        b.Property(x => x.UpdatedBy).HasMaxLength(256);
        b.HasIndex(x => new { x.Code, x.EffectiveFromYear }).IsUnique();
    }
}

internal sealed class BuildingDepreciationStepConfiguration : IEntityTypeConfiguration<BuildingDepreciationStep>
{
    public void Configure(EntityTypeBuilder<BuildingDepreciationStep> b)
    {
        b.ToTable("BuildingDepreciation");
        b.Property(x => x.Percent).HasPrecision(9, 4);
        b.HasIndex(x => new { x.EffectiveFromYear, x.FromAge }).IsUnique();
    }
}

internal sealed class LandTaxReliefConfiguration : IEntityTypeConfiguration<LandTaxRelief>
{
    public void Configure(EntityTypeBuilder<LandTaxRelief> b)
    {
        b.ToTable("LandTaxRelief");
        b.Property(x => x.Name).HasMaxLength(300).IsRequired();
        b.Property(x => x.ReductionPercent).HasPrecision(9, 4);
        b.Property(x => x.UpdatedBy).HasMaxLength(256);
        b.HasIndex(x => new { x.FromYear, x.ToYear });
    }
}

internal sealed class LandTaxCalendarConfiguration : IEntityTypeConfiguration<LandTaxCalendar>
{
    public void Configure(EntityTypeBuilder<LandTaxCalendar> b)
    {
        b.ToTable("LandTaxCalendar");
        b.HasIndex(x => x.EffectiveFromYear).IsUnique();
    }
}

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> b)
    {
        b.ToTable("Assessment");
        b.Property(x => x.SourceKey).HasMaxLength(100).IsRequired();
        b.Property(x => x.ResultHash).HasMaxLength(64).IsRequired();
        b.Property(x => x.ComputedBy).HasMaxLength(256);
        b.HasIndex(x => new { x.LaoId, x.TaxYear, x.TaxpayerId }).IsUnique();
        b.HasOne<Taxpayer>().WithMany().HasForeignKey(x => x.TaxpayerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AssessmentLineConfiguration : IEntityTypeConfiguration<AssessmentLine>
{
    public void Configure(EntityTypeBuilder<AssessmentLine> b)
    {
        b.ToTable("AssessmentLine");
        b.Property(x => x.Label).HasMaxLength(300);
        b.Property(x => x.Quantity).HasPrecision(14, 2);
        b.Property(x => x.Percent).HasPrecision(9, 4);
        b.HasIndex(x => new { x.AssessmentId, x.No }).IsUnique();
    }
}
