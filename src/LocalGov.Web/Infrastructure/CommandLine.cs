using System.Diagnostics;
using System.Globalization;
using LocalGov.Benchmarking.Contracts;
using LocalGov.Budgeting.Contracts;
using LocalGov.Data;
using LocalGov.Data.Identity;
using LocalGov.Finance.Contracts;
using LocalGov.OpenData.Contracts;
using LocalGov.Organizations.Contracts;
using LocalGov.Planning.Contracts;
using LocalGov.Procurement.Contracts;
using LocalGov.Revenue.Contracts;
using LocalGov.SharedKernel.Security;
using LocalGov.SharedKernel.Seeding;
using LocalGov.SharedKernel.Time;
using Microsoft.AspNetCore.Identity;

namespace LocalGov.Web.Infrastructure;

/// <summary>
/// Host commands: <c>seed national [--seed N] [--laos N]</c> migrates the configured database and fills it
/// with the national synthetic dataset (benchmarks), then exits. <c>rebuild budget-summaries</c> recomputes the
/// budget summary tables from the budget lines (set-based), for when they are suspected stale;
/// <c>rebuild revenue-summaries</c> does the same for Revenue's figures from its bills and receipts, and
/// <c>rebuild finance-summaries</c> for Finance's from the ledger; <c>rebuild planning-summaries</c> recomputes
/// Planning's per LAO-year rows from the plans, action plans, reports and participation (and Budgeting's lines).
/// <c>seed benchmark-users</c> adds the demo accounts <c>dla</c> (national) and <c>province</c> (province 26) to a
/// national dataset, which has no users, so that benchmarks can sign in. <c>recompute indicators [--year YYYY]</c>
/// recomputes the Benchmarking indicators of one fiscal year (default: the current one and the four before it).
/// <c>publish national [--year YYYY]</c> publishes on the Open data portal every LAO's budget in force not yet published.
/// </summary>
public static class CommandLine
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        if (args.Length >= 2 && args[0] == "rebuild" && args[1] == "budget-summaries")
        {
            await RebuildBudgetSummariesAsync(app);
            return true;
        }

        if (args.Length >= 2 && args[0] == "rebuild" && args[1] == "revenue-summaries")
        {
            await RebuildRevenueSummariesAsync(app);
            return true;
        }

        if (args.Length >= 2 && args[0] == "rebuild" && args[1] == "finance-summaries")
        {
            await RebuildAsync(app, "Finance summaries rebuilt: {Rows} LAO-year pairs in {Elapsed} ms", s => s.GetRequiredService<IFinanceSummaryRebuild>().RebuildAsync());
            return true;
        }

        if (args.Length >= 2 && args[0] == "rebuild" && args[1] == "planning-summaries")
        {
            await RebuildAsync(app, "Planning summaries rebuilt: {Rows} LAO-year pairs in {Elapsed} ms", s => s.GetRequiredService<IPlanningSummaryRebuild>().RebuildAsync());
            return true;
        }

        if (args.Length >= 2 && args[0] == "recompute" && args[1] == "indicators")
        {
            await RecomputeIndicatorsAsync(app, args);
            return true;
        }

        if (args.Length >= 2 && args[0] == "publish" && args[1] == "national")
        {
            await PublishNationalAsync(app, args);
            return true;
        }

        if (args.Length >= 2 && args[0] == "seed" && args[1] == "finance-benchmark")
        {
            await SeedFinanceBenchmarkAsync(app, args);
            return true;
        }

        if (args.Length >= 2 && args[0] == "seed" && args[1] == "procurement-benchmark")
        {
            await SeedProcurementBenchmarkAsync(app, args);
            return true;
        }

        if (args.Length >= 2 && args[0] == "seed" && args[1] == "benchmark-users")
        {
            await SeedBenchmarkUsersAsync(app);
            return true;
        }

        if (args.Length >= 2 && ((args[0] == "seed" && args[1] == "revenue-benchmark") || (args[0] == "revenue" && args[1] == "assess")))
        {
            await LandTaxCommands.RunAsync(app, args);
            return true;
        }

        if (args.Length < 2 || args[0] != "seed" || args[1] != "national")
        {
            return false;
        }

        var options = new NationalSeedOptions(
            RandomSeed: ReadOption(args, "--seed") ?? new NationalSeedOptions().RandomSeed,
            LaoCount: ReadOption(args, "--laos") ?? new NationalSeedOptions().LaoCount);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("LocalGov.Seed");
        var watch = Stopwatch.StartNew();
        try
        {
            await DatabaseInitializer.MigrateAsync(app.Services);
            await Features.Account.RoleSeeder.EnsureRolesAsync(app.Services);
            await DatabaseInitializer.SeedReferenceDataAsync(app.Services);
            await DatabaseInitializer.SeedNationalAsync(app.Services, options);
            logger.LogInformation("National dataset (seed {Seed}, {LaoCount} LAOs) written in {Elapsed} ms", options.RandomSeed, options.LaoCount, watch.ElapsedMilliseconds);
        }
        catch (InvalidOperationException ex)
        {
            // A refusal (database not empty, bad count) is the user's to fix: say why, no stack trace.
            logger.LogError("National seed refused: {Reason}", ex.Message);
            Environment.ExitCode = 1;
        }

        return true;
    }

    private static Task RebuildBudgetSummariesAsync(WebApplication app) =>
        RebuildAsync(app, "Budget summaries rebuilt: {Rows} LAO-year rows in {Elapsed} ms", s => s.GetRequiredService<IBudgetSummaryRebuild>().RebuildAsync());

    private static Task RebuildRevenueSummariesAsync(WebApplication app) =>
        RebuildAsync(app, "Revenue summaries rebuilt: {Rows} LAO-year pairs in {Elapsed} ms", s => s.GetRequiredService<IRevenueSummaryRebuild>().RebuildAsync());

    private static async Task RebuildAsync(WebApplication app, string message, Func<IServiceProvider, Task<int>> rebuild)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("LocalGov.Rebuild");
        var watch = Stopwatch.StartNew();
        await DatabaseInitializer.MigrateAsync(app.Services);
        await using var scope = app.Services.CreateAsyncScope();
        var rows = await rebuild(scope.ServiceProvider);
#pragma warning disable CA2254 // The two templates are constants chosen above.
        logger.LogInformation(message, rows, watch.ElapsedMilliseconds);
#pragma warning restore CA2254
    }

    /// <summary>
    /// <c>recompute indicators [--year YYYY]</c>: migrates (with the reference data, so the standard catalogue exists)
    /// and recomputes the indicators of the year, or of the current fiscal year and the four before it; logs each year.
    /// </summary>
    private static async Task RecomputeIndicatorsAsync(WebApplication app, string[] args)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("LocalGov.Recompute");
        var asked = ReadOption(args, "--year");
        if (args.Contains("--year") && asked is not (>= FiscalYear.MinBuddhistYear and <= FiscalYear.MaxBuddhistYear))
        {
            logger.LogError("recompute indicators: --year takes a Buddhist-era fiscal year ({Min}–{Max})", FiscalYear.MinBuddhistYear, FiscalYear.MaxBuddhistYear);
            Environment.ExitCode = 1;
            return;
        }

        await DatabaseInitializer.MigrateAsync(app.Services);
        await DatabaseInitializer.SeedReferenceDataAsync(app.Services);
        var current = FiscalYear.Current(app.Services.GetRequiredService<TimeProvider>()).BuddhistYear;
        var years = asked is { } year ? [year] : Enumerable.Range(current - 4, 5).ToArray();
        foreach (var fiscalYear in years)
        {
            await using var scope = app.Services.CreateAsyncScope();
            // The service logs each year's result.
            await scope.ServiceProvider.GetRequiredService<IIndicatorRecompute>().RecomputeAsync(fiscalYear, "command");
        }
    }

    /// <summary>
    /// <c>publish national [--year YYYY]</c>: migrates and publishes on the Open data portal the budget in force and the
    /// action-plan projects of every LAO not yet published, for the year or for the current fiscal year and the one before.
    /// </summary>
    private static async Task PublishNationalAsync(WebApplication app, string[] args)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("LocalGov.Publish");
        var asked = ReadOption(args, "--year");
        if (args.Contains("--year") && asked is not (>= FiscalYear.MinBuddhistYear and <= FiscalYear.MaxBuddhistYear))
        {
            logger.LogError("publish national: --year takes a Buddhist-era fiscal year ({Min}–{Max})", FiscalYear.MinBuddhistYear, FiscalYear.MaxBuddhistYear);
            Environment.ExitCode = 1;
            return;
        }

        await DatabaseInitializer.MigrateAsync(app.Services);
        var current = FiscalYear.Current(app.Services.GetRequiredService<TimeProvider>()).BuddhistYear;
        foreach (var fiscalYear in asked is { } year ? [year] : new[] { current - 1, current })
        {
            await using var scope = app.Services.CreateAsyncScope();
            var r = await scope.ServiceProvider.GetRequiredService<INationalPublication>().PublishYearAsync(fiscalYear, "command");
            Console.WriteLine(FormattableString.Invariant(
                $"publish national: FY {r.FiscalYear}: {r.Budgets} budgets ({r.Lines} lines, {r.Estimates} revenue estimates), projects of {r.ProjectLaos} LAOs ({r.Projects}), {r.Skipped} skipped, in {r.ElapsedMilliseconds} ms"));
        }
    }

    private static async Task SeedBenchmarkUsersAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var directory = scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>();
        var province = (await directory.GetProvincesAsync()).First(p => p.Code == DemoData.DemoProvinceCode);
        foreach (var (userName, role, provinceId) in new[] { ("dla", Roles.DlaCentralOfficer, (int?)null), ("province", Roles.ProvincialDlaOfficer, province.Id) })
        {
            if (await users.FindByNameAsync(userName) is not null)
            {
                continue;
            }

            var user = new AppUser
            {
                UserName = userName,
                DisplayName = userName,
                ScopeLevel = Roles.RequiredScope(role),
                ProvinceId = provinceId,
                CreatedUtc = DateTime.UtcNow,
            };
            var result = await users.CreateAsync(user, Features.Account.DemoAccountsSeeder.Password);
            if (result.Succeeded)
            {
                result = await users.AddToRoleAsync(user, role);
            }

            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Benchmark account {userName}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
            }
        }
    }

    /// <summary>
    /// <c>seed finance-benchmark [--year YYYY] [--lines N] [--seed N]</c>: migrates with the demo data and adds a year
    /// of synthetic ledger transactions (default 200,000 lines, FY 2569) to the demo LAO, whose budget of that year is in force.
    /// </summary>
    private static async Task SeedFinanceBenchmarkAsync(WebApplication app, string[] args)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("LocalGov.Seed");
        await app.InitializeDatabaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            var r = await scope.ServiceProvider.GetRequiredService<IFinanceBenchmark>().GenerateAsync(
                DemoData.DemoLaoCode, ReadOption(args, "--year") ?? 2569, ReadOption(args, "--lines") ?? 200_000, ReadOption(args, "--seed") ?? 20260101);
            Console.WriteLine(FormattableString.Invariant($"finance-benchmark: LAO {r.LaoId} FY {r.FiscalYear}: {r.Entries} entries, {r.Lines} lines in {r.ElapsedMilliseconds} ms"));
        }
        catch (InvalidOperationException ex)
        {
            logger.LogError("Finance benchmark refused: {Reason}", ex.Message);
            Environment.ExitCode = 1;
        }
    }

    /// <summary>
    /// <c>seed procurement-benchmark [--year YYYY] [--cases N] [--seed N]</c>: migrates with the demo data and adds
    /// synthetic published procurement cases (default 40,000, FY 2569) spread over the LAOs of the demo province.
    /// </summary>
    private static async Task SeedProcurementBenchmarkAsync(WebApplication app, string[] args)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("LocalGov.Seed");
        await app.InitializeDatabaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            var r = await scope.ServiceProvider.GetRequiredService<IProcurementBenchmark>().GenerateAsync(
                DemoData.DemoProvinceCode, ReadOption(args, "--year") ?? 2569, ReadOption(args, "--cases") ?? 40_000, ReadOption(args, "--seed") ?? 20260101);
            Console.WriteLine(FormattableString.Invariant(
                $"procurement-benchmark: province {r.ProvinceId} ({r.Laos} LAOs) FY {r.FiscalYear}: {r.Cases} cases, {r.Contracts} contracts, {r.Instalments} instalments in {r.ElapsedMilliseconds} ms"));
        }
        catch (InvalidOperationException ex)
        {
            logger.LogError("Procurement benchmark refused: {Reason}", ex.Message);
            Environment.ExitCode = 1;
        }
    }

    private static int? ReadOption(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }
}
