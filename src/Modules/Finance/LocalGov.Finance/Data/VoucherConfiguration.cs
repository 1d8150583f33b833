using LocalGov.Finance.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalGov.Finance.Data;

internal sealed class WithholdingTaxRateConfiguration : IEntityTypeConfiguration<WithholdingTaxRate>
{
    public void Configure(EntityTypeBuilder<WithholdingTaxRate> b)
    {
        b.ToTable("WithholdingTaxRate", t => t.HasCheckConstraint("CK_WithholdingTaxRate_Rate", "RateBasisPoints >= 0 AND RateBasisPoints <= 10000"));
        b.Property(x => x.IncomeTypeCode).HasMaxLength(20).IsRequired();
        b.Property(x => x.NameTh).HasMaxLength(200).IsRequired();
        b.Property(x => x.NameEn).HasMaxLength(200).IsRequired();
        b.Property(x => x.Source).HasMaxLength(300);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasIndex(x => new { x.IncomeTypeCode, x.EffectiveFrom }).IsUnique();
    }
}

internal sealed class VoucherConfiguration : IEntityTypeConfiguration<Voucher>
{
    public void Configure(EntityTypeBuilder<Voucher> b)
    {
        // The amounts hold together in the database too: net = gross − withheld − penalty, nothing negative.
        b.ToTable("Voucher", t =>
        {
            t.HasCheckConstraint("CK_Voucher_Amounts", "Gross > 0 AND Withheld >= 0 AND Penalty >= 0 AND Withheld + Penalty <= Gross AND Net = Gross - Withheld - Penalty");
        });
        b.Property(x => x.VoucherNo).HasMaxLength(30).IsRequired();
        b.Property(x => x.PayeeName).HasMaxLength(300).IsRequired();
        b.Property(x => x.PayeeTaxId).HasMaxLength(13);
        b.Property(x => x.PayeeAddress).HasMaxLength(500);
        b.Property(x => x.Description).HasMaxLength(500).IsRequired();
        b.Property(x => x.IncomeTypeCode).HasMaxLength(20);
        b.Property(x => x.SourceModule).HasMaxLength(50);
        b.Property(x => x.SourceReference).HasMaxLength(100);
        b.Property(x => x.PreparedBy).HasMaxLength(256).IsRequired();
        b.Property(x => x.SubmittedBy).HasMaxLength(256);
        b.Property(x => x.ApprovedBy).HasMaxLength(256);
        b.Property(x => x.PaidBy).HasMaxLength(256);
        b.Property(x => x.ChequeNo).HasMaxLength(30);
        b.Property(x => x.TransferReference).HasMaxLength(100);
        b.Property(x => x.CertificateNo).HasMaxLength(30);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.Ignore(x => x.LedgerReference);
        b.HasIndex(x => new { x.LaoId, x.FiscalYear, x.VoucherNo }).IsUnique();
        b.HasIndex(x => new { x.LaoId, x.Status, x.Id });
        b.HasIndex(x => new { x.LaoId, x.PaidOn });
        b.HasIndex(x => new { x.LaoId, x.SourceModule, x.SourceReference }).IsUnique().HasFilter("SourceReference IS NOT NULL");
        b.HasIndex(x => new { x.LaoId, x.FiscalYear, x.CertificateNo }).IsUnique().HasFilter("CertificateNo IS NOT NULL");
        b.HasOne<BankAccount>().WithMany().HasForeignKey(x => x.BankAccountId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<JournalEntry>().WithMany().HasForeignKey(x => x.JournalEntryId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.VoucherId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class VoucherEventConfiguration : IEntityTypeConfiguration<VoucherEvent>
{
    public void Configure(EntityTypeBuilder<VoucherEvent> b)
    {
        b.ToTable("VoucherEvent");
        b.Property(x => x.UserName).HasMaxLength(256).IsRequired();
        b.Property(x => x.Note).HasMaxLength(500);
        b.HasIndex(x => new { x.VoucherId, x.Id });
    }
}
