using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Domain.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalGov.Revenue.Data;

internal sealed class ArrearsRateConfiguration : IEntityTypeConfiguration<ArrearsRate>
{
    public void Configure(EntityTypeBuilder<ArrearsRate> b)
    {
        b.ToTable("ArrearsRate");
        b.Property(x => x.Source).HasMaxLength(300);
        b.Property(x => x.EditedBy).HasMaxLength(256);
        b.Ignore(x => x.Terms);
        b.HasIndex(x => new { x.Kind, x.EffectiveFrom }).IsUnique();
    }
}

internal sealed class PaymentSettingsConfiguration : IEntityTypeConfiguration<PaymentSettings>
{
    public void Configure(EntityTypeBuilder<PaymentSettings> b)
    {
        b.ToTable("PaymentSettings");
        b.Property(x => x.BillerTaxId).HasMaxLength(13).IsRequired();
        b.Property(x => x.BillerSuffix).HasMaxLength(2).IsRequired();
        b.Property(x => x.MerchantName).HasMaxLength(25);
        b.Property(x => x.UpdatedBy).HasMaxLength(256);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Ignore(x => x.BillerId);
        b.HasIndex(x => x.LaoId).IsUnique();
    }
}

internal sealed class BankStatementLineConfiguration : IEntityTypeConfiguration<BankStatementLine>
{
    public void Configure(EntityTypeBuilder<BankStatementLine> b)
    {
        b.ToTable("BankStatementLine");
        b.Property(x => x.BankReference).HasMaxLength(50).IsRequired();
        b.Property(x => x.Reference1).HasMaxLength(20);
        b.Property(x => x.Reference2).HasMaxLength(20);
        b.Property(x => x.FileName).HasMaxLength(260);
        b.Property(x => x.ImportedBy).HasMaxLength(256);

        // The same bank transaction is paid once, whatever file it comes in.
        b.HasIndex(x => new { x.LaoId, x.BankReference }).IsUnique();
        b.HasOne<Receipt>().WithMany().HasForeignKey(x => x.ReceiptId).OnDelete(DeleteBehavior.Restrict);
    }
}
