using ClosedXML.Excel;

namespace LocalGov.Web.Infrastructure;

/// <summary>
/// Writes and reads back a one-cell workbook once the host has started, in the background, so that the first
/// Excel export or import a user asks for does not pay ClosedXML's and OpenXML's one-off start-up cost
/// (type loading, JIT, style tables: ~1.5 s on the reference machine). Turned off with <c>Excel:WarmUp=false</c>.
/// </summary>
internal sealed class ExcelWarmUp(IHostApplicationLifetime lifetime, ILogger<ExcelWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Wait for the host to be serving, so the warm-up never delays start-up or the readiness probe.
        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            try
            {
                await started.Task;
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        await Task.Run(WarmUp, stoppingToken);
    }

    private void WarmUp()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            using var stream = new MemoryStream();
            using (var book = new XLWorkbook())
            {
                var sheet = book.Worksheets.Add("warm-up");
                sheet.Cell(1, 1).SetValue("ทดสอบ");
                sheet.Cell(1, 2).SetValue(1234.50m);
                sheet.Cell(1, 2).Style.NumberFormat.Format = "#,##0.00";
                sheet.Cell(1, 1).Style.Font.Bold = true;
                sheet.Column(1).Width = 20;
                book.SaveAs(stream);
            }

            stream.Position = 0;
            using (var read = new XLWorkbook(stream))
            {
                _ = read.Worksheet(1).Cell(1, 2).GetValue<decimal>();
            }

            logger.LogInformation("Excel warm-up done in {Elapsed} ms", watch.ElapsedMilliseconds);
        }
#pragma warning disable CA1031 // A failed warm-up only means the first export is slower; it must never stop the host.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogWarning(ex, "Excel warm-up failed");
        }
    }
}
