using LocalGov.Finance.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalGov.Finance.Data;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> b)
    {
        b.ToTable("Account");
        b.Property(x => x.Code).HasMaxLength(20).IsRequired();
        b.Property(x => x.NameTh).HasMaxLength(300).IsRequired();
        b.Property(x => x.NameEn).HasMaxLength(300).IsRequired();
        b.Property(x => x.BudgetCategoryCode).HasMaxLength(20);
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasIndex(x => new { x.Code, x.EffectiveFromYear }).IsUnique();
        b.HasIndex(x => x.Role);
        b.HasOne<Account>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FundConfiguration : IEntityTypeConfiguration<Fund>
{
    public void Configure(EntityTypeBuilder<Fund> b)
    {
        b.ToTable("Fund");
        b.Property(x => x.Code).HasMaxLength(20).IsRequired();
        b.Property(x => x.NameTh).HasMaxLength(200).IsRequired();
        b.Property(x => x.NameEn).HasMaxLength(200).IsRequired();
        b.HasIndex(x => x.Code).IsUnique();
    }
}

internal sealed class BankAccountConfiguration : IEntityTypeConfiguration<BankAccount>
{
    public void Configure(EntityTypeBuilder<BankAccount> b)
    {
        b.ToTable("BankAccount");
        b.Property(x => x.BankName).HasMaxLength(200).IsRequired();
        b.Property(x => x.Branch).HasMaxLength(200);
        b.Property(x => x.AccountNumber).HasMaxLength(30).IsRequired();
        b.Property(x => x.AccountName).HasMaxLength(300).IsRequired();
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasIndex(x => new { x.LaoId, x.AccountNumber }).IsUnique();
        b.HasOne<Account>().WithMany().HasForeignKey(x => x.LedgerAccountId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> b)
    {
        // The database holds the invariant too: an entry's totals are equal and positive (the lines' sums are
        // checked against the totals by the ledger invariant tests).
        b.ToTable("JournalEntry", t =>
        {
            t.HasCheckConstraint("CK_JournalEntry_Balanced", "TotalDebit = TotalCredit AND TotalDebit > 0");
            t.HasCheckConstraint("CK_JournalEntry_Period", "Period >= 0 AND Period <= 13");
        });
        b.Property(x => x.EntryNo).HasMaxLength(30).IsRequired();
        b.Property(x => x.Description).HasMaxLength(500).IsRequired();
        b.Property(x => x.SourceModule).HasMaxLength(50);
        b.Property(x => x.SourceReference).HasMaxLength(100);
        b.Property(x => x.PostedBy).HasMaxLength(256).IsRequired();
        b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        b.HasIndex(x => new { x.LaoId, x.FiscalYear, x.EntryNo }).IsUnique();
        b.HasIndex(x => new { x.LaoId, x.EntryDate });
        b.HasIndex(x => new { x.LaoId, x.SourceModule, x.SourceReference }).IsUnique().HasFilter("SourceReference IS NOT NULL");
        b.HasIndex(x => x.ReversalOfId).IsUnique().HasFilter("ReversalOfId IS NOT NULL");
        b.HasOne<Fund>().WithMany().HasForeignKey(x => x.FundId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<JournalEntry>().WithMany().HasForeignKey(x => x.ReversalOfId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.EntryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class JournalLineConfiguration : IEntityTypeConfiguration<JournalLine>
{
    public void Configure(EntityTypeBuilder<JournalLine> b)
    {
        b.ToTable("JournalLine", t =>
            t.HasCheckConstraint("CK_JournalLine_DebitOrCredit", "Debit >= 0 AND Credit >= 0 AND ((Debit > 0 AND Credit = 0) OR (Debit = 0 AND Credit > 0))"));
        b.Property(x => x.Description).HasMaxLength(300);

        // Covering indexes of the reports' GROUP BYs (LedgerQueries): trial balance and statements by account,
        // budget execution by budget line; the account detail reads the first one in date order.
        b.HasIndex(x => new { x.LaoId, x.FiscalYear, x.AccountId, x.Period, x.Debit, x.Credit });
        b.HasIndex(x => new { x.LaoId, x.FiscalYear, x.BudgetLineId, x.Period, x.Debit, x.Credit });
        b.HasIndex(x => new { x.BankAccountId, x.EntryDate });
        b.HasIndex(x => new { x.EntryId, x.LineNo }).IsUnique();
        b.HasOne<Account>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<BankAccount>().WithMany().HasForeignKey(x => x.BankAccountId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ClosedPeriodConfiguration : IEntityTypeConfiguration<ClosedPeriod>
{
    public void Configure(EntityTypeBuilder<ClosedPeriod> b)
    {
        b.ToTable("ClosedPeriod");
        b.Property(x => x.ClosedBy).HasMaxLength(256).IsRequired();
        b.HasIndex(x => new { x.LaoId, x.FiscalYear, x.Period }).IsUnique();
    }
}

internal sealed class FiscalYearCloseConfiguration : IEntityTypeConfiguration<FiscalYearClose>
{
    public void Configure(EntityTypeBuilder<FiscalYearClose> b)
    {
        b.ToTable("FiscalYearClose");
        b.Property(x => x.ClosedBy).HasMaxLength(256).IsRequired();
        b.HasIndex(x => new { x.LaoId, x.FiscalYear }).IsUnique();
        b.HasOne<JournalEntry>().WithMany().HasForeignKey(x => x.ClosingEntryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<JournalEntry>().WithMany().HasForeignKey(x => x.OpeningEntryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DocumentSequenceConfiguration : IEntityTypeConfiguration<DocumentSequence>
{
    public void Configure(EntityTypeBuilder<DocumentSequence> b)
    {
        b.ToTable("DocumentSequence");
        b.Property(x => x.Series).HasMaxLength(10).IsRequired();
        b.HasIndex(x => new { x.LaoId, x.FiscalYear, x.Series }).IsUnique();
    }
}

internal sealed class FinanceSummaryRowConfiguration : IEntityTypeConfiguration<FinanceSummaryRow>
{
    public void Configure(EntityTypeBuilder<FinanceSummaryRow> b)
    {
        b.ToTable("FinanceSummary");
        b.HasKey(x => new { x.LaoId, x.FiscalYear });
        b.HasIndex(x => new { x.FiscalYear, x.ProvinceId });
        b.HasIndex(x => new { x.FiscalYear, x.LaoType });
    }
}
