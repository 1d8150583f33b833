using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Planning.Domain;
using LocalGov.SharedKernel.Seeding;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace LocalGov.Planning.Seeding;

/// <summary>
/// The national synthetic planning (benchmarks): for the first <see cref="NationalSeedOptions.LaoCount"/> LAOs (by id)
/// without a plan, what <see cref="PlanningNationalGenerator"/> generates – plan, action plans, reports and the summary
/// rows – deterministic for <see cref="NationalSeedOptions.RandomSeed"/> and today's date.
/// <para>
/// Synthetic data written with prepared, parameterized SQL, one transaction per <see cref="LaosPerTransaction"/> LAOs,
/// which the audit interceptor does not see – acceptable only for generated data (ADR 0004), as Budgeting's national
/// seeder does. Ids are assigned here (after the tables' current maximum) so children can refer to their parents.
/// SQLite only (the benchmark target); elsewhere it logs a warning and writes nothing.
/// </para>
/// </summary>
internal sealed class PlanningNationalSeeder(
    LocalGovDbContext db,
    SqlNames names,
    IOrganizationDirectory directory,
    TimeProvider clock,
    ILogger<PlanningNationalSeeder> logger) : INationalSeeder
{
    internal const int LaosPerTransaction = 1_000;

    public int Order => 60;

    public async Task SeedAsync(NationalSeedOptions options, CancellationToken cancellationToken)
    {
        if (db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) != true)
        {
            logger.LogWarning("National planning is generated on SQLite only; skipped on {Provider}", db.Database.ProviderName);
            return;
        }

        var watch = Stopwatch.StartNew();
        var withPlan = (await db.Set<DevelopmentPlan>().AsNoTracking().Select(p => p.LaoId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var laos = (await directory.GetAllLaosAsync(cancellationToken)).Where(l => !withPlan.Contains(l.Id)).Take(options.LaoCount).ToList();
        var today = ThaiDate.Today(clock);
        var now = clock.GetUtcNow();
        var ids = new IdCounters(
            await MaxIdAsync<DevelopmentPlan>(cancellationToken), await MaxIdAsync<Strategy>(cancellationToken), await MaxIdAsync<PlanProject>(cancellationToken),
            await MaxIdAsync<ActionPlanEntry>(cancellationToken), await MaxIdAsync<ProgressReport>(cancellationToken));

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        long rows = 0;
        try
        {
            foreach (var chunk in laos.Chunk(LaosPerTransaction))
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await using var commands = new Commands(names, connection, transaction.GetDbTransaction());
                foreach (var lao in chunk)
                {
                    var generated = PlanningNationalGenerator.Generate(lao.Id, lao.ProvinceId, options.RandomSeed, today, now);
                    rows += await WriteAsync(generated, ids, commands, cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        logger.LogInformation("National planning: {Laos} LAOs, {Rows} rows written in {Elapsed} ms", laos.Count, rows, watch.ElapsedMilliseconds);
    }

    private static async Task<long> WriteAsync(GeneratedPlanning g, IdCounters ids, Commands c, CancellationToken cancellationToken)
    {
        long rows = 0;
        async Task Run(DbCommand command, params object?[] values)
        {
            SqlNames.SetValues(command, values);
            await command.ExecuteNonQueryAsync(cancellationToken);
            rows++;
        }

        var plan = g.Plan;
        var planId = ++ids.Plan;
        var strategyBase = ids.Strategy;
        var projectBase = ids.Project;
        ids.Strategy += plan.Strategies.Count;
        ids.Project += plan.Projects.Count;

        await Run(c.Plan, planId, plan.LaoId, plan.FirstYear, plan.Vision, plan.CurrentVersionNo, plan.CreatedBy, plan.CreatedAt, Stamp(plan.LaoId, 0));
        foreach (var v in plan.Versions)
        {
            await Run(c.Version, planId, v.Number, (int)v.Kind, (int)v.Status, v.Title, v.Reason, v.CreatedBy, v.CreatedAt,
                v.ApprovedOn is { } on ? Date(on) : null, v.ApprovedBy, v.RecordedBy, v.RecordedAt);
        }

        foreach (var s in plan.Strategies)
        {
            await Run(c.Strategy, strategyBase + s.Id, planId, s.No, s.Name, (int)s.NationalStrategy, s.AddedInVersion);
        }

        foreach (var p in plan.Projects)
        {
            await Run(c.Project, projectBase + p.Id, planId, p.LaoId, p.Code, p.AddedInVersion, p.RemovedInVersion);
            foreach (var r in p.Revisions)
            {
                await Run(c.Revision, projectBase + p.Id, r.FromVersion, r.ToVersion, strategyBase + r.StrategyId, r.Name, r.Target, r.Indicator,
                    r.ResponsibleUnit, r.Year1Amount.Satang, r.Year2Amount.Satang, r.Year3Amount.Satang, r.Year4Amount.Satang, r.Year5Amount.Satang);
            }
        }

        foreach (var e in g.Entries)
        {
            await Run(c.Entry, ++ids.Entry, e.LaoId, e.FiscalYear, projectBase + e.ProjectId, e.StartMonth, e.EndMonth, (int)e.Status, e.PercentComplete,
                Stamp(plan.LaoId, ids.Entry));
        }

        foreach (var r in g.Reports)
        {
            var reportId = ++ids.Report;
            await Run(c.Report, reportId, r.LaoId, r.FiscalYear, r.Quarter, Date(r.DueOn), Date(r.SubmittedOn), r.SubmittedBy, r.Projects, r.NotStarted,
                r.InProgress, r.Done, r.Cancelled, r.Budgeted.Satang, r.Disbursed.Satang, r.AveragePercentComplete.ToString(CultureInfo.InvariantCulture));
            foreach (var l in r.Lines)
            {
                await Run(c.ReportLine, reportId, projectBase + l.ProjectId, l.ProjectCode, l.ProjectName, l.StrategyName, (int)l.Status, l.PercentComplete,
                    l.Budgeted.Satang, l.Disbursed.Satang);
            }
        }

        // The LAO has no plan, so any summary rows it has are synthetic (the demo province's): the generated plan's replace them.
        foreach (var delete in new[] { c.DeleteYears, c.DeleteStrategies })
        {
            SqlNames.SetValues(delete, plan.LaoId);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var y in g.Years)
        {
            await Run(c.YearSummary, y.LaoId, y.ProvinceId, y.FiscalYear, y.HasApprovedPlan, y.ProjectsInPlan, y.ProjectsInActionPlan, y.ProjectsNotStarted,
                y.ProjectsInProgress, y.ProjectsDone, y.ProjectsCancelled, y.PlannedAmount.Satang, y.BudgetedAmount.Satang, y.DisbursedAmount.Satang,
                y.PercentCompleteTotal, y.ReportsDue, y.ReportsOnTime, y.ReportsLate, y.Proposals, y.Supports, y.Participants, y.UpdatedAt);
        }

        foreach (var s in g.Strategies)
        {
            await Run(c.StrategySummary, s.LaoId, s.ProvinceId, s.FiscalYear, (int)s.NationalStrategy, s.Projects, s.PlannedAmount.Satang);
        }

        return rows;
    }

    /// <summary>A deterministic concurrency stamp, stored as EF stores a Guid on SQLite (upper-case text).</summary>
    private static string Stamp(int laoId, int n)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, laoId);
        BitConverter.TryWriteBytes(bytes[4..], n);
        BitConverter.TryWriteBytes(bytes[8..], 0x504C414E4E494E47L);
        return new Guid(bytes).ToString().ToUpperInvariant();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<int> MaxIdAsync<T>(CancellationToken cancellationToken)
        where T : class =>
        await db.Set<T>().AsNoTracking().Select(e => EF.Property<int?>(e, "Id")).MaxAsync(cancellationToken) ?? 0;

    private sealed class IdCounters(int plan, int strategy, int project, int entry, int report)
    {
        public int Plan { get; set; } = plan;
        public int Strategy { get; set; } = strategy;
        public int Project { get; set; } = project;
        public int Entry { get; set; } = entry;
        public int Report { get; set; } = report;
    }

    /// <summary>The prepared inserts of one transaction.</summary>
    private sealed class Commands(SqlNames names, DbConnection connection, DbTransaction transaction) : IAsyncDisposable
    {
        public DbCommand Plan { get; } = names.PrepareInsert<DevelopmentPlan>(connection, transaction, nameof(DevelopmentPlan.Id), nameof(DevelopmentPlan.LaoId),
            nameof(DevelopmentPlan.FirstYear), nameof(DevelopmentPlan.Vision), nameof(DevelopmentPlan.CurrentVersionNo), nameof(DevelopmentPlan.CreatedBy),
            nameof(DevelopmentPlan.CreatedAt), nameof(DevelopmentPlan.ConcurrencyStamp));

        public DbCommand Version { get; } = names.PrepareInsert<PlanVersion>(connection, transaction, nameof(PlanVersion.PlanId), nameof(PlanVersion.Number),
            nameof(PlanVersion.Kind), nameof(PlanVersion.Status), nameof(PlanVersion.Title), nameof(PlanVersion.Reason), nameof(PlanVersion.CreatedBy),
            nameof(PlanVersion.CreatedAt), nameof(PlanVersion.ApprovedOn), nameof(PlanVersion.ApprovedBy), nameof(PlanVersion.RecordedBy), nameof(PlanVersion.RecordedAt));

        public DbCommand Strategy { get; } = names.PrepareInsert<Strategy>(connection, transaction, nameof(Domain.Strategy.Id), nameof(Domain.Strategy.PlanId),
            nameof(Domain.Strategy.No), nameof(Domain.Strategy.Name), nameof(Domain.Strategy.NationalStrategy), nameof(Domain.Strategy.AddedInVersion));

        public DbCommand Project { get; } = names.PrepareInsert<PlanProject>(connection, transaction, nameof(PlanProject.Id), nameof(PlanProject.PlanId),
            nameof(PlanProject.LaoId), nameof(PlanProject.Code), nameof(PlanProject.AddedInVersion), nameof(PlanProject.RemovedInVersion));

        public DbCommand Revision { get; } = names.PrepareInsert<PlanProjectRevision>(connection, transaction, nameof(PlanProjectRevision.ProjectId),
            nameof(PlanProjectRevision.FromVersion), nameof(PlanProjectRevision.ToVersion), nameof(PlanProjectRevision.StrategyId), nameof(PlanProjectRevision.Name),
            nameof(PlanProjectRevision.Target), nameof(PlanProjectRevision.Indicator), nameof(PlanProjectRevision.ResponsibleUnit),
            nameof(PlanProjectRevision.Year1Amount), nameof(PlanProjectRevision.Year2Amount), nameof(PlanProjectRevision.Year3Amount),
            nameof(PlanProjectRevision.Year4Amount), nameof(PlanProjectRevision.Year5Amount));

        public DbCommand Entry { get; } = names.PrepareInsert<ActionPlanEntry>(connection, transaction, nameof(ActionPlanEntry.Id), nameof(ActionPlanEntry.LaoId),
            nameof(ActionPlanEntry.FiscalYear), nameof(ActionPlanEntry.ProjectId), nameof(ActionPlanEntry.StartMonth), nameof(ActionPlanEntry.EndMonth),
            nameof(ActionPlanEntry.Status), nameof(ActionPlanEntry.PercentComplete), nameof(ActionPlanEntry.ConcurrencyStamp));

        public DbCommand Report { get; } = names.PrepareInsert<ProgressReport>(connection, transaction, nameof(ProgressReport.Id), nameof(ProgressReport.LaoId),
            nameof(ProgressReport.FiscalYear), nameof(ProgressReport.Quarter), nameof(ProgressReport.DueOn), nameof(ProgressReport.SubmittedOn),
            nameof(ProgressReport.SubmittedBy), nameof(ProgressReport.Projects), nameof(ProgressReport.NotStarted), nameof(ProgressReport.InProgress),
            nameof(ProgressReport.Done), nameof(ProgressReport.Cancelled), nameof(ProgressReport.Budgeted), nameof(ProgressReport.Disbursed),
            nameof(ProgressReport.AveragePercentComplete));

        public DbCommand ReportLine { get; } = names.PrepareInsert<ProgressReportLine>(connection, transaction, nameof(ProgressReportLine.ReportId),
            nameof(ProgressReportLine.ProjectId), nameof(ProgressReportLine.ProjectCode), nameof(ProgressReportLine.ProjectName),
            nameof(ProgressReportLine.StrategyName), nameof(ProgressReportLine.Status), nameof(ProgressReportLine.PercentComplete),
            nameof(ProgressReportLine.Budgeted), nameof(ProgressReportLine.Disbursed));

        public DbCommand YearSummary { get; } = names.PrepareInsert<PlanningYearSummary>(connection, transaction, nameof(PlanningYearSummary.LaoId),
            nameof(PlanningYearSummary.ProvinceId), nameof(PlanningYearSummary.FiscalYear), nameof(PlanningYearSummary.HasApprovedPlan),
            nameof(PlanningYearSummary.ProjectsInPlan), nameof(PlanningYearSummary.ProjectsInActionPlan), nameof(PlanningYearSummary.ProjectsNotStarted),
            nameof(PlanningYearSummary.ProjectsInProgress), nameof(PlanningYearSummary.ProjectsDone), nameof(PlanningYearSummary.ProjectsCancelled),
            nameof(PlanningYearSummary.PlannedAmount), nameof(PlanningYearSummary.BudgetedAmount), nameof(PlanningYearSummary.DisbursedAmount),
            nameof(PlanningYearSummary.PercentCompleteTotal), nameof(PlanningYearSummary.ReportsDue), nameof(PlanningYearSummary.ReportsOnTime),
            nameof(PlanningYearSummary.ReportsLate), nameof(PlanningYearSummary.Proposals), nameof(PlanningYearSummary.Supports),
            nameof(PlanningYearSummary.Participants), nameof(PlanningYearSummary.UpdatedAt));

        public DbCommand StrategySummary { get; } = names.PrepareInsert<PlanningStrategySummary>(connection, transaction, nameof(PlanningStrategySummary.LaoId),
            nameof(PlanningStrategySummary.ProvinceId), nameof(PlanningStrategySummary.FiscalYear), nameof(PlanningStrategySummary.NationalStrategy),
            nameof(PlanningStrategySummary.Projects), nameof(PlanningStrategySummary.PlannedAmount));

        public DbCommand DeleteYears { get; } = Delete<PlanningYearSummary>(names, connection, transaction, nameof(PlanningYearSummary.LaoId));

        public DbCommand DeleteStrategies { get; } = Delete<PlanningStrategySummary>(names, connection, transaction, nameof(PlanningStrategySummary.LaoId));

        public async ValueTask DisposeAsync()
        {
            foreach (var command in new[] { Plan, Version, Strategy, Project, Revision, Entry, Report, ReportLine, YearSummary, StrategySummary, DeleteYears, DeleteStrategies })
            {
                await command.DisposeAsync();
            }
        }

        /// <summary>A prepared DELETE of <typeparamref name="T"/>'s rows of one LAO (parameter @p0).</summary>
        private static DbCommand Delete<T>(SqlNames names, DbConnection connection, DbTransaction transaction, string laoProperty)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"DELETE FROM {names.Table<T>()} WHERE {names.Column<T>(laoProperty)} = @p0";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p0";
            command.Parameters.Add(parameter);
            command.Prepare();
            return command;
        }
    }
}
