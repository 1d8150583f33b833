using LocalGov.Revenue.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalGov.Revenue.Data;

internal sealed class TaxpayerConfiguration : IEntityTypeConfiguration<Taxpayer>
{
    public void Configure(EntityTypeBuilder<Taxpayer> b)
    {
        b.ToTable("Taxpayer");
        b.Property(x => x.TaxId).HasMaxLength(13).IsRequired();
        b.Property(x => x.Title).HasMaxLength(100);
        b.Property(x => x.FirstName).HasMaxLength(300).IsRequired();
        b.Property(x => x.LastName).HasMaxLength(200);
        b.Property(x => x.HouseNumber).HasMaxLength(50);
        b.Property(x => x.Village).HasMaxLength(20);
        b.Property(x => x.Road).HasMaxLength(200);
        b.Property(x => x.Subdistrict).HasMaxLength(200);
        b.Property(x => x.District).HasMaxLength(200);
        b.Property(x => x.Province).HasMaxLength(200);
        b.Property(x => x.PostalCode).HasMaxLength(5);
        b.Property(x => x.Phone).HasMaxLength(50);
        b.Property(x => x.Email).HasMaxLength(256);
        b.Property(x => x.MergedBy).HasMaxLength(256);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Ignore(x => x.DisplayName);
        b.Ignore(x => x.Address);

        // One active record per id in an LAO, enforced by the database too (two clerks saving the same id at the
        // same moment): merged duplicates keep their id (MergedIntoId set) and are outside the filter. The filter is
        // plain SQL that reads the same on SQLite and SQL Server.
        b.HasIndex(x => new { x.LaoId, x.TaxId }).IsUnique().HasFilter("MergedIntoId IS NULL");
        b.HasIndex(x => new { x.LaoId, x.FirstName });
        b.HasOne<Taxpayer>().WithMany().HasForeignKey(x => x.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BillConfiguration : IEntityTypeConfiguration<Bill>
{
    public void Configure(EntityTypeBuilder<Bill> b)
    {
        b.ToTable("Bill");
        b.Property(x => x.Number).HasMaxLength(40).IsRequired();
        b.Property(x => x.SourceKey).HasMaxLength(100).IsRequired();
        b.Property(x => x.Description).HasMaxLength(500);
        b.Property(x => x.CancelledReason).HasMaxLength(1000);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Ignore(x => x.Outstanding);
        b.HasIndex(x => new { x.LaoId, x.SourceKey }).IsUnique();
        b.HasIndex(x => new { x.LaoId, x.Number }).IsUnique();
        b.HasIndex(x => new { x.LaoId, x.TaxpayerId, x.Status });
        b.HasIndex(x => new { x.LaoId, x.Kind, x.TaxYear });
        b.HasOne<Taxpayer>().WithMany().HasForeignKey(x => x.TaxpayerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Instalments).WithOne().HasForeignKey(x => x.BillId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BillInstalmentConfiguration : IEntityTypeConfiguration<BillInstalment>
{
    public void Configure(EntityTypeBuilder<BillInstalment> b)
    {
        b.ToTable("BillInstalment");
        b.HasIndex(x => new { x.BillId, x.No }).IsUnique();
    }
}

internal sealed class ReceiptBookConfiguration : IEntityTypeConfiguration<ReceiptBook>
{
    public void Configure(EntityTypeBuilder<ReceiptBook> b)
    {
        b.ToTable("ReceiptBook");
        b.Property(x => x.BookNo).HasMaxLength(20).IsRequired();
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasIndex(x => new { x.LaoId, x.BookNo }).IsUnique();
    }
}

internal sealed class ReceiptConfiguration : IEntityTypeConfiguration<Receipt>
{
    public void Configure(EntityTypeBuilder<Receipt> b)
    {
        b.ToTable("Receipt");
        b.Property(x => x.ReceiptNo).HasMaxLength(40).IsRequired();
        b.Property(x => x.PayerName).HasMaxLength(500);
        b.Property(x => x.Reference).HasMaxLength(100);
        b.Property(x => x.IssuedBy).HasMaxLength(256);
        b.Property(x => x.CancelledReason).HasMaxLength(1000);
        b.Property(x => x.CancelledBy).HasMaxLength(256);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();

        // A number is used once per book, even when two clerks issue receipts at the same moment.
        b.HasIndex(x => new { x.BookId, x.Number }).IsUnique();
        b.HasIndex(x => new { x.LaoId, x.IssuedOn });
        b.HasIndex(x => new { x.LaoId, x.TaxpayerId });
        b.HasOne<ReceiptBook>().WithMany().HasForeignKey(x => x.BookId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Taxpayer>().WithMany().HasForeignKey(x => x.TaxpayerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.ReceiptId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReceiptLineConfiguration : IEntityTypeConfiguration<ReceiptLine>
{
    public void Configure(EntityTypeBuilder<ReceiptLine> b)
    {
        b.ToTable("ReceiptLine");
        b.Ignore(x => x.Total);
        b.HasIndex(x => x.BillId);
        b.HasOne<Bill>().WithMany().HasForeignKey(x => x.BillId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReceiptHandOffConfiguration : IEntityTypeConfiguration<ReceiptHandOff>
{
    public void Configure(EntityTypeBuilder<ReceiptHandOff> b)
    {
        b.ToTable("ReceiptHandOff");
        b.Property(x => x.LastError).HasMaxLength(2000);
        b.HasIndex(x => new { x.Status, x.LaoId });
        b.HasIndex(x => new { x.ReceiptId, x.Event }).IsUnique();
        b.HasOne<Receipt>().WithMany().HasForeignKey(x => x.ReceiptId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RevenueSummaryConfiguration : IEntityTypeConfiguration<RevenueSummaryRow>
{
    public void Configure(EntityTypeBuilder<RevenueSummaryRow> b)
    {
        b.ToTable("Summary");
        b.HasKey(x => new { x.LaoId, x.FiscalYear, x.Kind, x.Month });
        b.HasIndex(x => new { x.FiscalYear, x.ProvinceId, x.LaoType });
    }
}
