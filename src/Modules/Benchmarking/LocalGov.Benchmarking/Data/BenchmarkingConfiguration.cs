using LocalGov.Benchmarking.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalGov.Benchmarking.Data;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> b)
    {
        b.ToTable("Indicator");
        b.Property(x => x.Code).HasMaxLength(40).IsRequired();
        b.Property(x => x.NameTh).HasMaxLength(200).IsRequired();
        b.Property(x => x.NameEn).HasMaxLength(200).IsRequired();
        b.Property(x => x.DescriptionTh).HasMaxLength(2000);
        b.Property(x => x.DescriptionEn).HasMaxLength(2000);
        b.Property(x => x.Formula).HasMaxLength(1000).IsRequired();
        b.Property(x => x.SourceModule).HasMaxLength(40).IsRequired();
        b.Property(x => x.Threshold).HasConversion(ScaledDecimal.Converter);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasIndex(x => x.Code).IsUnique();
    }
}

internal sealed class PeerBandConfiguration : IEntityTypeConfiguration<PeerBand>
{
    public void Configure(EntityTypeBuilder<PeerBand> b)
    {
        b.ToTable("PeerBand");
        b.Property(x => x.NameTh).HasMaxLength(200).IsRequired();
        b.Property(x => x.NameEn).HasMaxLength(200).IsRequired();
        b.HasIndex(x => new { x.LaoType, x.LowerBound }).IsUnique();
    }
}

internal sealed class LaoYearProfileConfiguration : IEntityTypeConfiguration<LaoYearProfile>
{
    public void Configure(EntityTypeBuilder<LaoYearProfile> b)
    {
        b.ToTable("LaoYearProfile");
        b.HasKey(x => new { x.FiscalYear, x.LaoId });
        b.HasIndex(x => new { x.FiscalYear, x.ProvinceId });
    }
}

internal sealed class LaoFigureConfiguration : IEntityTypeConfiguration<LaoFigure>
{
    public void Configure(EntityTypeBuilder<LaoFigure> b)
    {
        b.ToTable("LaoFigure");
        b.HasKey(x => new { x.FiscalYear, x.LaoId, x.Code });
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.Value).HasConversion(ScaledDecimal.Converter);
    }
}

internal sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> b)
    {
        b.ToTable("IndicatorValue");
        b.HasKey(x => new { x.FiscalYear, x.IndicatorId, x.LaoId });
        b.Property(x => x.MissingInputs).HasMaxLength(1000);
        b.Property(x => x.Value).HasConversion(ScaledDecimal.Converter);
        b.Property(x => x.NationalPercentile).HasConversion(ScaledDecimal.Converter);
        b.Property(x => x.ProvincePercentile).HasConversion(ScaledDecimal.Converter);
        b.Property(x => x.PeerPercentile).HasConversion(ScaledDecimal.Converter);

        // The ranking pages read one indicator-year in rank order, nationally or for a province.
        b.HasIndex(x => new { x.FiscalYear, x.IndicatorId, x.NationalRank });
        b.HasIndex(x => new { x.FiscalYear, x.IndicatorId, x.ProvinceId, x.ProvinceRank });

        // The card and the trend read one LAO's values over the years.
        b.HasIndex(x => new { x.LaoId, x.FiscalYear });
    }
}

internal sealed class IndicatorStatisticConfiguration : IEntityTypeConfiguration<IndicatorStatistic>
{
    public void Configure(EntityTypeBuilder<IndicatorStatistic> b)
    {
        b.ToTable("IndicatorStatistic");
        b.HasKey(x => new { x.FiscalYear, x.IndicatorId, x.Group, x.GroupKey });
        b.Property(x => x.Min).HasConversion(ScaledDecimal.Converter);
        b.Property(x => x.Q1).HasConversion(ScaledDecimal.Converter);
        b.Property(x => x.Median).HasConversion(ScaledDecimal.Converter);
        b.Property(x => x.Q3).HasConversion(ScaledDecimal.Converter);
        b.Property(x => x.Max).HasConversion(ScaledDecimal.Converter);
        b.Property(x => x.Mean).HasConversion(ScaledDecimal.Converter);
        b.Property(x => x.BestQuartile).HasConversion(ScaledDecimal.Converter);
    }
}

internal sealed class RecomputeRunConfiguration : IEntityTypeConfiguration<RecomputeRun>
{
    public void Configure(EntityTypeBuilder<RecomputeRun> b)
    {
        b.ToTable("RecomputeRun");
        b.Property(x => x.StartedBy).HasMaxLength(256).IsRequired();
        b.HasIndex(x => new { x.FiscalYear, x.StartedUtc });
    }
}

internal sealed class OutlierReviewConfiguration : IEntityTypeConfiguration<OutlierReview>
{
    public void Configure(EntityTypeBuilder<OutlierReview> b)
    {
        b.ToTable("OutlierReview");
        b.Property(x => x.Note).HasMaxLength(2000).IsRequired();
        b.Property(x => x.ReviewedBy).HasMaxLength(256).IsRequired();
        b.HasIndex(x => new { x.FiscalYear, x.IndicatorId, x.LaoId });
        b.HasIndex(x => new { x.FiscalYear, x.ProvinceId });
    }
}
