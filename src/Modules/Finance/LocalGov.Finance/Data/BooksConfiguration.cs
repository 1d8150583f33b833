using LocalGov.Finance.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalGov.Finance.Data;

internal sealed class PeriodReopeningConfiguration : IEntityTypeConfiguration<PeriodReopening>
{
    public void Configure(EntityTypeBuilder<PeriodReopening> b)
    {
        b.ToTable("PeriodReopening");
        b.Property(x => x.Reason).HasMaxLength(500).IsRequired();
        b.Property(x => x.ReopenedBy).HasMaxLength(256).IsRequired();
        b.Property(x => x.ClosedBy).HasMaxLength(256).IsRequired();
        b.HasIndex(x => new { x.LaoId, x.FiscalYear, x.Period });
    }
}
