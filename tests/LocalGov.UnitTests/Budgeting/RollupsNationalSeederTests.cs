using LocalGov.Budgeting;
using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;
using LocalGov.Budgeting.Seeding;
using LocalGov.Budgeting.Services;
using LocalGov.Data;
using LocalGov.Data.Auditing;
using LocalGov.Organizations;
using LocalGov.Organizations.Seeding;
using LocalGov.Organizations.Services;
using LocalGov.SharedKernel.Modularity;
using LocalGov.SharedKernel.Seeding;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace LocalGov.UnitTests.Budgeting;

/// <summary>The national budget generator on fresh SQLite in-memory databases (200 LAOs).</summary>
public sealed class RollupsNationalSeederTests
{
    private static readonly NationalSeedOptions Options = new(LaoCount: 200);

    [Fact]
    public async Task Same_seed_gives_the_same_budgets_and_summaries()
    {
        var first = await SeedAsync(Options);
        var second = await SeedAsync(Options);
        Assert.Equal(first.Lines, second.Lines);
        Assert.Equal(first.Summaries, second.Summaries);

        var other = await SeedAsync(Options with { RandomSeed = 7 });
        Assert.NotEqual(first.Lines, other.Lines);
    }

    [Fact]
    public async Task Every_LAO_has_a_promulgated_previous_year_and_most_have_a_current_budget_with_mixed_statuses()
    {
        using var connection = await FreshDatabaseAsync(Options);
        await using var db = CreateContext(connection);
        var budgets = await db.Set<Budget>().AsNoTracking().Select(b => new { b.LaoId, b.FiscalYear, b.Status }).ToListAsync();
        var current = FiscalYear.BuddhistYear;
        Assert.Equal(200, budgets.Count(b => b.FiscalYear == current - 1 && b.Status == BudgetStatus.Promulgated));
        var now = budgets.Where(b => b.FiscalYear == current).ToList();
        Assert.InRange(now.Count, 170, 199);
        Assert.True(now.Select(b => b.Status).Distinct().Count() >= 6);
        var lines = await db.Set<BudgetLine>().CountAsync();
        Assert.InRange(lines, 200 * 150 * 9 / 10 + now.Count * 300 * 9 / 10, 200 * 150 * 11 / 10 + now.Count * 300 * 11 / 10);

        // A generated budget reads back through EF (dates, stamp, converted money).
        var budget = await db.Set<Budget>().Include(b => b.Lines).FirstAsync(b => b.Status == BudgetStatus.Promulgated);
        Assert.NotNull(budget.PromulgatedOn);
        Assert.True(budget.ExpenditureTotal.Satang > 0);
    }

    [Fact]
    public async Task Generated_summaries_equal_the_incremental_updater_for_a_sample_of_LAOs()
    {
        using var connection = await FreshDatabaseAsync(Options);
        List<string> rebuilt;
        await using (var db = CreateContext(connection))
        {
            rebuilt = await SummariesAsync(db);
            var laoYears = await db.Set<BudgetSummaryRow>().AsNoTracking().OrderBy(s => s.LaoId).Select(s => new { s.LaoId, s.FiscalYear }).Take(40).ToListAsync();
            var updater = new BudgetSummaryUpdater(db, TimeProvider.System);
            foreach (var s in laoYears)
            {
                await updater.RefreshAsync(s.LaoId, s.FiscalYear, CancellationToken.None);
            }

            await db.SaveChangesAsync();
        }

        await using var check = CreateContext(connection);
        Assert.Equal(rebuilt, await SummariesAsync(check));
    }

    private static FiscalYearClock Clock { get; } = new();

    private static LocalGov.SharedKernel.Time.FiscalYear FiscalYear => LocalGov.SharedKernel.Time.FiscalYear.Containing(new DateOnly(2026, 11, 23));

    private static async Task<(long Lines, List<string> Summaries)> SeedAsync(NationalSeedOptions options)
    {
        using var connection = await FreshDatabaseAsync(options);
        await using var db = CreateContext(connection);
        var lines = await db.Database.SqlQueryRaw<long>("SELECT COALESCE(SUM(CurrentAmount * LineNo), 0) AS Value FROM budgeting_BudgetLine").SingleAsync();
        return (lines, await SummariesAsync(db));
    }

    private static async Task<List<string>> SummariesAsync(LocalGovDbContext db) =>
        (await db.Set<BudgetSummaryRow>().AsNoTracking().ToListAsync())
            .Select(s => $"{s.LaoId}/{s.FiscalYear}/{s.Status}/{s.RevenueTotal.Satang}/{s.ExpenditureTotal.Satang}/{s.PersonnelTotal.Satang}/{s.CapitalTotal.Satang}/{s.LineCount}")
            .Concat((await db.Set<BudgetSummaryByClassificationRow>().AsNoTracking().ToListAsync()).Select(s => $"{s.LaoId}/{s.FiscalYear}/{s.ClassificationId}/{s.Amount.Satang}"))
            .Order(StringComparer.Ordinal).ToList();

    private static async Task<SqliteConnection> FreshDatabaseAsync(NationalSeedOptions options)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        await using (var db = CreateContext(connection))
        {
            await db.Database.EnsureCreatedAsync();
            await new BudgetingReferenceDataSeeder(db).SeedAsync(CancellationToken.None);
            await new OrganizationsNationalSeeder(db).SeedAsync(options, CancellationToken.None);
        }

        await using (var db = CreateContext(connection))
        {
            var names = new SqlNames(db);
            var seeder = new BudgetingNationalSeeder(db, names, new OrganizationDirectory(db), new BudgetSummaryRebuild(db, names, Clock), Clock,
                NullLogger<BudgetingNationalSeeder>.Instance);
            await seeder.SeedAsync(options, CancellationToken.None);
        }

        return connection;
    }

    private static LocalGovDbContext CreateContext(SqliteConnection connection)
    {
        var modules = new ModuleCatalog();
        modules.Add(new OrganizationsModule());
        modules.Add(new BudgetingModule());
        // EF caches the model per context type, and other test classes build LocalGovDbContext with Organizations
        // only: a private service provider gives this class its own model (Organizations + Budgeting).
        var options = new DbContextOptionsBuilder<LocalGovDbContext>()
            .UseSqlite(connection)
            .EnableServiceProviderCaching(false)
            .AddInterceptors(new AuditSaveChangesInterceptor(new HttpContextAccessor(), TimeProvider.System))
            .Options;
        return new LocalGovDbContext(options, modules);
    }

    /// <summary>Fixed "now" (23 Nov 2026: FY 2570 has started) so that the generated years do not depend on the day the test runs.</summary>
    private sealed class FiscalYearClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 11, 23, 3, 0, 0, TimeSpan.Zero);
    }
}
