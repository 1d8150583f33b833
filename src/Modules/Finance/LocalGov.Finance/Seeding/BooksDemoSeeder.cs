using LocalGov.Data;
using LocalGov.Finance.Domain;
using LocalGov.Finance.Services;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Seeding;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Finance.Seeding;

/// <summary>
/// The demo LAO's books for FY 2569: two bank accounts (current at กรุงไทย, savings at ธ.ก.ส.), the opening balances
/// on 1 October 2025 and each month's shared taxes and general grants received into the current account, so the
/// reports have a year of data. Posts through <see cref="LedgerService"/> in one transaction; skips when the LAO
/// already has bank accounts.
/// </summary>
internal sealed class BooksDemoSeeder(LocalGovDbContext db, IOrganizationDirectory directory, LedgerService ledger) : IDemoSeeder
{
    public const int DemoYear = 2569;

    public int Order => 400;

    /// <summary>Shared taxes and general grants received per month, October 2025 … September 2026 (baht).</summary>
    internal static readonly IReadOnlyList<(decimal SharedTaxes, decimal GeneralGrants)> Monthly =
    [
        (2_850_000.00m, 1_420_000.00m), (3_120_500.50m, 1_380_000.00m), (2_975_300.25m, 2_150_000.00m),
        (3_410_800.00m, 1_390_000.00m), (2_690_450.75m, 1_425_000.00m), (3_260_000.00m, 2_210_000.00m),
        (3_015_900.00m, 1_405_000.00m), (2_880_120.50m, 1_398_000.00m), (3_540_000.00m, 2_300_000.00m),
        (2_960_700.00m, 1_410_000.00m), (3_105_250.25m, 1_402_500.00m), (3_690_000.00m, 2_455_000.00m),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var lao = await directory.FindLaoByCodeAsync(DemoData.DemoLaoCode, cancellationToken);
        if (lao is null || await db.Set<BankAccount>().AnyAsync(b => b.LaoId == lao.Id, cancellationToken))
        {
            return;
        }

        var accounts = await db.Set<Account>().AsNoTracking().ToDictionaryAsync(a => a.Code, a => a.Id, cancellationToken);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var current = new BankAccount
        {
            LaoId = lao.Id,
            BankName = "ธนาคารกรุงไทย",
            Branch = "นครนายก",
            AccountNumber = "154-6-01234-5",
            AccountName = $"{lao.NameTh} (บัญชีกระแสรายวัน)",
            Kind = BankAccountKind.Current,
            LedgerAccountId = accounts["1101020101"],
        };
        var savings = new BankAccount
        {
            LaoId = lao.Id,
            BankName = "ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร",
            Branch = "นครนายก",
            AccountNumber = "020-2-12345-6",
            AccountName = $"{lao.NameTh} (บัญชีออมทรัพย์)",
            Kind = BankAccountKind.Savings,
            LedgerAccountId = accounts["1101020201"],
        };
        db.Set<BankAccount>().AddRange(current, savings);
        await db.SaveChangesAsync(cancellationToken);

        var year = new SharedKernel.Time.FiscalYear(DemoYear);
        var drafts = new List<JournalDraft>
        {
            new JournalDraft(lao.Id, year.Start, $"ยอดยกมาต้นปีงบประมาณ {DemoYear}", JournalEntryKind.Opening,
            [
                new(accounts["1101010101"], Money.FromBaht(50_000m), Money.Zero),
                new(accounts["1101020101"], Money.FromBaht(12_500_000m), Money.Zero, BankAccountId: current.Id),
                new(accounts["1101020201"], Money.FromBaht(8_000_000m), Money.Zero, BankAccountId: savings.Id),
                new(accounts["3101010101"], Money.Zero, Money.FromBaht(16_550_000m)),
                new(accounts["3102010101"], Money.Zero, Money.FromBaht(4_000_000m)),
            ]),
        };

        for (var month = 0; month < Monthly.Count; month++)
        {
            var (shared, grants) = Monthly[month];
            var date = year.Start.AddMonths(month).AddDays(14);
            drafts.Add(
                new JournalDraft(lao.Id, date, $"รับเงินภาษีจัดสรรและเงินอุดหนุนทั่วไป ประจำเดือน {SharedKernel.Time.ThaiDate.FormatMonth(date.Year, date.Month, abbreviated: false)}", JournalEntryKind.Manual,
                [
                    new(accounts["1101020101"], Money.FromBaht(shared + grants), Money.Zero, BankAccountId: current.Id),
                    new(accounts["4201010101"], Money.Zero, Money.FromBaht(shared), Description: "ภาษีจัดสรร"),
                    new(accounts["4301010101"], Money.Zero, Money.FromBaht(grants), Description: "เงินอุดหนุนทั่วไป"),
                ]));
        }

        foreach (var (draft, result) in drafts.Zip(await ledger.PostAllAsync(drafts, cancellationToken)))
        {
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Demo entry '{draft.Description}' refused: {string.Join(", ", result.Errors.Select(e => e.Code))}");
            }
        }

        await tx.CommitAsync(cancellationToken);
    }
}
