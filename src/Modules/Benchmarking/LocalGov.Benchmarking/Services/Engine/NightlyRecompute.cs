using LocalGov.Benchmarking.Contracts;
using LocalGov.SharedKernel.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LocalGov.Benchmarking.Services.Engine;

/// <summary>Settings of the nightly recomputation (<c>Benchmarking:Recompute</c>).</summary>
internal sealed class RecomputeSchedule
{
    public const string Section = "Benchmarking:Recompute";

    /// <summary>Off in tests and wherever figures are recomputed by the command only.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Hour of the day, Thailand time (0–23), when the run starts.</summary>
    public int Hour { get; set; } = 2;

    public static RecomputeSchedule From(IConfiguration configuration)
    {
        var schedule = new RecomputeSchedule();
        configuration.GetSection(Section).Bind(schedule);
        schedule.Hour = Math.Clamp(schedule.Hour, 0, 23);
        return schedule;
    }

    /// <summary>The next start after <paramref name="nowUtc"/>: today's hour in Thailand if still ahead, else tomorrow's.</summary>
    public DateTime NextRunUtc(DateTime nowUtc)
    {
        var thailand = ThaiDate.ToThailandTime(nowUtc);
        var next = thailand.Date.AddHours(Hour);
        if (next <= thailand)
        {
            next = next.AddDays(1);
        }

        return DateTime.SpecifyKind(nowUtc + (next - thailand), DateTimeKind.Utc);
    }
}

/// <summary>
/// Recomputes the current and the previous fiscal year once a day at <see cref="RecomputeSchedule.Hour"/> (Thailand
/// time), so cards and dashboards reflect the day's postings without anyone pressing "recompute". A failed run is
/// logged and retried the next night.
/// </summary>
internal sealed class NightlyRecompute(IServiceScopeFactory scopes, RecomputeSchedule schedule, TimeProvider clock, ILogger<NightlyRecompute> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!schedule.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            try
            {
                await Task.Delay(schedule.NextRunUtc(now) - now, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var current = FiscalYear.Current(clock).BuddhistYear;
            foreach (var year in new[] { current, current - 1 })
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<IIndicatorRecompute>().RecomputeAsync(year, "nightly", stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Nightly recomputation of {Year} failed", year);
                }
            }
        }
    }
}
