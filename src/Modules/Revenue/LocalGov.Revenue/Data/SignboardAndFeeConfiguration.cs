using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Domain.Fees;
using LocalGov.Revenue.Domain.Signboards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalGov.Revenue.Data;

internal sealed class SignConfiguration : IEntityTypeConfiguration<Sign>
{
    public void Configure(EntityTypeBuilder<Sign> b)
    {
        b.ToTable("Sign");
        b.Property(x => x.Text).HasMaxLength(500).IsRequired();
        b.Property(x => x.Location).HasMaxLength(500);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Ignore(x => x.AreaCm2);
        b.HasIndex(x => new { x.LaoId, x.TaxpayerId });
        b.HasIndex(x => new { x.LaoId, x.InstalledOn });
        b.HasOne<Taxpayer>().WithMany().HasForeignKey(x => x.TaxpayerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SignboardRateConfiguration : IEntityTypeConfiguration<SignboardRate>
{
    public void Configure(EntityTypeBuilder<SignboardRate> b)
    {
        b.ToTable("SignboardRate");
        b.Property(x => x.Source).HasMaxLength(500);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasIndex(x => new { x.Type, x.Moving, x.EffectiveFrom }).IsUnique();
    }
}

internal sealed class FeeItemConfiguration : IEntityTypeConfiguration<FeeItem>
{
    public void Configure(EntityTypeBuilder<FeeItem> b)
    {
        b.ToTable("FeeItem");
        b.Property(x => x.Code).HasMaxLength(20).IsRequired();
        b.Property(x => x.NameTh).HasMaxLength(300).IsRequired();
        b.Property(x => x.NameEn).HasMaxLength(300);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasIndex(x => new { x.LaoId, x.Code }).IsUnique();
    }
}

internal sealed class LicenceConfiguration : IEntityTypeConfiguration<Licence>
{
    public void Configure(EntityTypeBuilder<Licence> b)
    {
        b.ToTable("Licence");
        b.Property(x => x.Number).HasMaxLength(20).IsRequired();
        b.Property(x => x.Premises).HasMaxLength(500);
        b.Property(x => x.IssuedBy).HasMaxLength(256);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasIndex(x => new { x.LaoId, x.Year, x.Sequence }).IsUnique();
        b.HasIndex(x => new { x.LaoId, x.Status, x.ExpiresOn });
        b.HasIndex(x => new { x.LaoId, x.TaxpayerId });
        b.HasOne<Taxpayer>().WithMany().HasForeignKey(x => x.TaxpayerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<FeeItem>().WithMany().HasForeignKey(x => x.FeeItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Licence>().WithMany().HasForeignKey(x => x.RenewedFromId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Bill>().WithMany().HasForeignKey(x => x.BillId).OnDelete(DeleteBehavior.Restrict);
    }
}
