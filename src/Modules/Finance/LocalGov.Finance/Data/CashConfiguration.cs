using LocalGov.Finance.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalGov.Finance.Data;

internal sealed class CounterReceiptConfiguration : IEntityTypeConfiguration<CounterReceipt>
{
    public void Configure(EntityTypeBuilder<CounterReceipt> b)
    {
        b.ToTable("CounterReceipt", t => t.HasCheckConstraint("CK_CounterReceipt_Total", "Total > 0"));
        b.Property(x => x.ReceiptNo).HasMaxLength(30).IsRequired();
        b.Property(x => x.PayerName).HasMaxLength(300).IsRequired();
        b.Property(x => x.Reference).HasMaxLength(50);
        b.Property(x => x.IssuedBy).HasMaxLength(256).IsRequired();
        b.Property(x => x.CancelledReason).HasMaxLength(500);
        b.Property(x => x.CancelledBy).HasMaxLength(256);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasIndex(x => new { x.LaoId, x.FiscalYear, x.ReceiptNo }).IsUnique();
        b.HasIndex(x => new { x.LaoId, x.ReceivedOn });
        b.HasOne<BankAccount>().WithMany().HasForeignKey(x => x.BankAccountId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<JournalEntry>().WithMany().HasForeignKey(x => x.JournalEntryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<JournalEntry>().WithMany().HasForeignKey(x => x.ReversalEntryId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.ReceiptId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CounterReceiptLineConfiguration : IEntityTypeConfiguration<CounterReceiptLine>
{
    public void Configure(EntityTypeBuilder<CounterReceiptLine> b)
    {
        b.ToTable("CounterReceiptLine", t => t.HasCheckConstraint("CK_CounterReceiptLine_Amount", "Amount > 0"));
        b.Property(x => x.Description).HasMaxLength(300).IsRequired();
        b.HasIndex(x => new { x.ReceiptId, x.LineNo }).IsUnique();
        b.HasOne<Account>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CashDepositConfiguration : IEntityTypeConfiguration<CashDeposit>
{
    public void Configure(EntityTypeBuilder<CashDeposit> b)
    {
        b.ToTable("CashDeposit", t => t.HasCheckConstraint("CK_CashDeposit_Amount", "Amount > 0"));
        b.Property(x => x.DepositNo).HasMaxLength(30).IsRequired();
        b.Property(x => x.Reference).HasMaxLength(50);
        b.Property(x => x.CreatedBy).HasMaxLength(256).IsRequired();
        b.HasIndex(x => new { x.LaoId, x.FiscalYear, x.DepositNo }).IsUnique();
        b.HasIndex(x => new { x.LaoId, x.DepositedOn });
        b.HasOne<BankAccount>().WithMany().HasForeignKey(x => x.BankAccountId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<JournalEntry>().WithMany().HasForeignKey(x => x.JournalEntryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BankStatementConfiguration : IEntityTypeConfiguration<BankStatement>
{
    public void Configure(EntityTypeBuilder<BankStatement> b)
    {
        b.ToTable("BankStatement");
        b.Property(x => x.FileName).HasMaxLength(260).IsRequired();
        b.Property(x => x.ImportedBy).HasMaxLength(256).IsRequired();
        b.Property(x => x.ReconciledBy).HasMaxLength(256);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasIndex(x => new { x.BankAccountId, x.MonthStart }).IsUnique();
        b.HasIndex(x => x.LaoId);
        b.HasOne<BankAccount>().WithMany().HasForeignKey(x => x.BankAccountId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.StatementId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BankStatementLineConfiguration : IEntityTypeConfiguration<BankStatementLine>
{
    public void Configure(EntityTypeBuilder<BankStatementLine> b)
    {
        b.ToTable("BankStatementLine", t => t.HasCheckConstraint(
            "CK_BankStatementLine_OneSide", "Withdrawal >= 0 AND Deposit >= 0 AND ((Withdrawal > 0 AND Deposit = 0) OR (Withdrawal = 0 AND Deposit > 0))"));
        b.Property(x => x.Description).HasMaxLength(300).IsRequired();
        b.Property(x => x.Reference).HasMaxLength(50).IsRequired();
        b.HasIndex(x => new { x.StatementId, x.LineNo }).IsUnique();
        b.HasIndex(x => x.MatchedJournalLineId).IsUnique().HasFilter("MatchedJournalLineId IS NOT NULL");
        b.HasOne<JournalLine>().WithMany().HasForeignKey(x => x.MatchedJournalLineId).OnDelete(DeleteBehavior.Restrict);
    }
}
