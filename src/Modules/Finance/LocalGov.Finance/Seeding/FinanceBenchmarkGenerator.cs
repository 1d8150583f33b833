using System.Diagnostics;
using System.Globalization;
using LocalGov.Budgeting.Contracts;
using LocalGov.Data;
using LocalGov.Finance.Contracts;
using LocalGov.Finance.Domain;
using LocalGov.Finance.Services;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LocalGov.Finance.Seeding;

/// <summary>
/// Writes a year of synthetic, balanced entries for one LAO (about 45 % counter receipts of two lines, 10 % deposits,
/// 45 % budget payments of three lines: expense with its budget line, bank net, withholding tax), spread over the
/// twelve months, in one transaction with prepared INSERTs (SQLite only: explicit entry ids). Entry numbers continue
/// the LAO's JV sequence. Benchmark data, like the national seed: written below the audit interceptor, then the
/// summary row is refreshed with the code every posting uses.
/// </summary>
internal sealed class FinanceBenchmarkGenerator(
    LocalGovDbContext db,
    SqlNames names,
    IOrganizationDirectory directory,
    IBudgetLineDirectory budgetLines,
    FinanceSummaryUpdater summaries) : IFinanceBenchmark
{
    public async Task<FinanceBenchmarkResult> GenerateAsync(string laoCode, int fiscalYear, int lines, int randomSeed, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsSqlite())
        {
            throw new InvalidOperationException("The finance benchmark generator writes SQLite databases only.");
        }

        var watch = Stopwatch.StartNew();
        var lao = await directory.FindLaoByCodeAsync(laoCode, cancellationToken)
            ?? throw new InvalidOperationException($"No LAO with code {laoCode}.");
        var year = new FiscalYear(fiscalYear);
        var accounts = await db.Set<Account>().AsNoTracking().Where(a => a.IsPostable).ToListAsync(cancellationToken);
        int Role(AccountRole role) => accounts.First(a => a.Role == role).Id;
        var revenueAccounts = accounts.Where(a => a.Type == AccountType.Revenue).Select(a => a.Id).ToArray();
        var byCategory = accounts.Where(a => a.BudgetCategoryCode is not null && a.Type is AccountType.Expense or AccountType.Asset)
            .GroupBy(a => a.BudgetCategoryCode!).ToDictionary(g => g.Key, g => g.First().Id);
        var budget = (await budgetLines.GetLinesInForceAsync(lao.Id, fiscalYear, cancellationToken))
            .Where(l => byCategory.ContainsKey(l.Category.Code)).ToArray();
        if (budget.Length == 0)
        {
            throw new InvalidOperationException($"LAO {laoCode} has no budget in force for {fiscalYear}.");
        }

        var bank = await db.Set<BankAccount>().AsNoTracking().Where(b => b.LaoId == lao.Id && b.IsActive).OrderBy(b => b.Id).FirstOrDefaultAsync(cancellationToken);
        var bankLedger = bank?.LedgerAccountId ?? Role(AccountRole.BankDeposit);
        var cash = Role(AccountRole.Cash);
        var withholding = Role(AccountRole.WithholdingTaxPayable);
        var fund = await db.Set<Fund>().Where(f => f.Code == Fund.General).Select(f => f.Id).FirstAsync(cancellationToken);

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        var transaction = tx.GetDbTransaction();
        var nextId = (await db.Set<JournalEntry>().MaxAsync(e => (int?)e.Id, cancellationToken) ?? 0) + 1;
        var sequence = await db.Set<DocumentSequence>().FirstOrDefaultAsync(s => s.LaoId == lao.Id && s.FiscalYear == fiscalYear && s.Series == DocumentNumbers.Journal, cancellationToken);
        var number = sequence?.LastNumber ?? 0;
        await using var entryInsert = names.PrepareInsert<JournalEntry>(connection, transaction,
            nameof(JournalEntry.Id), nameof(JournalEntry.LaoId), nameof(JournalEntry.FiscalYear), nameof(JournalEntry.Period), nameof(JournalEntry.EntryNo),
            nameof(JournalEntry.EntryDate), nameof(JournalEntry.Description), nameof(JournalEntry.Kind), nameof(JournalEntry.FundId),
            nameof(JournalEntry.TotalDebit), nameof(JournalEntry.TotalCredit), nameof(JournalEntry.PostedUtc), nameof(JournalEntry.PostedBy), nameof(JournalEntry.ConcurrencyStamp));
        await using var lineInsert = names.PrepareInsert<JournalLine>(connection, transaction,
            nameof(JournalLine.EntryId), nameof(JournalLine.LaoId), nameof(JournalLine.FiscalYear), nameof(JournalLine.Period), nameof(JournalLine.EntryDate),
            nameof(JournalLine.LineNo), nameof(JournalLine.AccountId), nameof(JournalLine.Debit), nameof(JournalLine.Credit),
            nameof(JournalLine.BudgetLineId), nameof(JournalLine.BankAccountId), nameof(JournalLine.Description));

        var random = new Random(randomSeed);
        var days = year.End.DayNumber - year.Start.DayNumber + 1;
        var posted = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        int entries = 0, written = 0;
        while (written < lines)
        {
            var date = year.Start.AddDays(random.Next(days));
            var period = year.MonthIndexOf(date);
            var dateText = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var kind = random.Next(100);
            var id = nextId++;
            number++;
            List<(int Account, long Debit, long Credit, int? BudgetLine, int? Bank)> rows;
            JournalEntryKind entryKind;
            if (kind < 45)
            {
                var amount = (100 + random.Next(50_000)) * 100L;
                rows = [(cash, amount, 0, null, null), (revenueAccounts[random.Next(revenueAccounts.Length)], 0, amount, null, null)];
                entryKind = JournalEntryKind.Receipt;
            }
            else if (kind < 55)
            {
                var amount = (1_000 + random.Next(200_000)) * 100L;
                rows = [(bankLedger, amount, 0, null, bank?.Id), (cash, 0, amount, null, null)];
                entryKind = JournalEntryKind.Deposit;
            }
            else
            {
                var line = budget[random.Next(budget.Length)];
                var gross = (1_000 + random.Next(500_000)) * 100L;
                var withheld = gross >= 1_000_000 ? gross / 100 : 0;
                rows = [(byCategory[line.Category.Code], gross, 0, line.Id, null), (bankLedger, 0, gross - withheld, null, bank?.Id)];
                if (withheld > 0)
                {
                    rows.Add((withholding, 0, withheld, null, null));
                }

                entryKind = JournalEntryKind.Payment;
            }

            var total = rows.Sum(r => r.Debit);
            var stamp = new byte[16];
            random.NextBytes(stamp);
            SqlNames.SetValues(entryInsert, id, lao.Id, fiscalYear, period, DocumentNumbers.Format(DocumentNumbers.Journal, fiscalYear, number), dateText,
                "benchmark " + entryKind.ToString(), (int)entryKind, fund, total, total, posted, "benchmark", new Guid(stamp).ToString().ToUpperInvariant());
            await entryInsert.ExecuteNonQueryAsync(cancellationToken);
            for (var i = 0; i < rows.Count; i++)
            {
                var r = rows[i];
                SqlNames.SetValues(lineInsert, id, lao.Id, fiscalYear, period, dateText, i + 1, r.Account, r.Debit, r.Credit, r.BudgetLine, r.Bank, null);
                await lineInsert.ExecuteNonQueryAsync(cancellationToken);
            }

            entries++;
            written += rows.Count;
        }

        if (sequence is null)
        {
            db.Set<DocumentSequence>().Add(new DocumentSequence { LaoId = lao.Id, FiscalYear = fiscalYear, Series = DocumentNumbers.Journal, LastNumber = number });
        }
        else
        {
            sequence.LastNumber = number;
        }

        await db.SaveChangesAsync(cancellationToken);
        await summaries.RefreshAsync(lao.Id, fiscalYear, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return new FinanceBenchmarkResult(lao.Id, fiscalYear, entries, written, watch.ElapsedMilliseconds);
    }
}
