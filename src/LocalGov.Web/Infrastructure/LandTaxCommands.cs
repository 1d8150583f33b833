using System.Globalization;
using LocalGov.Organizations.Contracts;
using LocalGov.Revenue.Contracts;

namespace LocalGov.Web.Infrastructure;

/// <summary>
/// <c>seed revenue-benchmark [--parcels N] [--lao CODE] [--seed N]</c> migrates (with the demo data unless <c>Database:SeedDemoData</c> is false) and adds a large municipality's
/// parcels (default 10,000 in the demo LAO); <c>revenue assess [--lao CODE] [--year YYYY]</c> runs the land and
/// building tax assessment and prints one line: parcels, taxpayers, created/changed/unchanged, bills, total tax,
/// result hash and elapsed milliseconds (the service's own timing).
/// </summary>
internal static class LandTaxCommands
{
    public static async Task RunAsync(WebApplication app, string[] args)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("LocalGov.LandTax");
        var lao = Option(args, "--lao") ?? DemoData.DemoLaoCode;
        // Migrates, seeds roles and reference data, and the demo data (the demo LAO) unless Database:SeedDemoData is false.
        await app.InitializeDatabaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var benchmark = scope.ServiceProvider.GetRequiredService<ILandTaxBenchmark>();
        try
        {
            if (args[0] == "seed")
            {
                var parcels = int.Parse(Option(args, "--parcels") ?? "10000", NumberStyles.None, CultureInfo.InvariantCulture);
                var seed = int.Parse(Option(args, "--seed") ?? "20260101", NumberStyles.None, CultureInfo.InvariantCulture);
                var added = await benchmark.GenerateAsync(lao, parcels, seed);
                Console.WriteLine(FormattableString.Invariant($"revenue-benchmark: {added} parcels added to LAO {lao}"));
                return;
            }

            var year = int.Parse(Option(args, "--year") ?? "2570", NumberStyles.None, CultureInfo.InvariantCulture);
            var r = await benchmark.RunAssessmentAsync(lao, year);
            Console.WriteLine(FormattableString.Invariant(
                $"assess: parcels={r.Parcels} taxpayers={r.Taxpayers} created={r.AssessmentsCreated} changed={r.AssessmentsChanged} unchanged={r.AssessmentsUnchanged} bills-created={r.BillsCreated} bills-updated={r.BillsUpdated} bills-unchanged={r.BillsUnchanged} total-tax-satang={r.TotalTaxSatang} hash={r.ResultHash} elapsed-ms={r.ElapsedMilliseconds}"));
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException)
        {
            logger.LogError("Land tax command refused: {Reason}", ex.Message);
            Environment.ExitCode = 1;
        }
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
