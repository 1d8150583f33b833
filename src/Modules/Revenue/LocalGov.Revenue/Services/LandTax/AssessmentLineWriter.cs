using System.Data.Common;
using LocalGov.Data;
using LocalGov.Revenue.Domain.LandTax;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LocalGov.Revenue.Services.LandTax;

/// <summary>
/// Writes a run's new assessments and explanation lines set-based, inside the caller's transaction: on SQLite one
/// prepared statement re-executed per row; elsewhere multi-row INSERTs below SQL Server's 2,100 parameters; table
/// and column names from the EF model, so the same code runs on both providers. These rows are derived data – fully
/// determined by the register and the reference tables, fingerprinted by <see cref="Assessment.ResultHash"/> – so
/// they get no audit row each: the run writes one audit entry (who, when, LAO, year, counts, result hash), changed
/// assessments are updated through EF (audited), and bills go through EF (audited). See docs/adr/0007. Old lines
/// are removed with one set-based DELETE per chunk of assessments.
/// </summary>
internal sealed class AssessmentLineWriter(LocalGovDbContext db, SqlNames names)
{
    private static readonly string[] Properties =
    [
        nameof(AssessmentLine.AssessmentId), nameof(AssessmentLine.No), nameof(AssessmentLine.Kind), nameof(AssessmentLine.Bucket),
        nameof(AssessmentLine.ParcelId), nameof(AssessmentLine.Label), nameof(AssessmentLine.Quantity), nameof(AssessmentLine.UnitPrice),
        nameof(AssessmentLine.Percent), nameof(AssessmentLine.Base), nameof(AssessmentLine.Amount),
    ];

    public async Task DeleteAsync(IReadOnlyCollection<int> assessmentIds, CancellationToken cancellationToken)
    {
        foreach (var chunk in assessmentIds.Chunk(500))
        {
            await db.Set<AssessmentLine>().Where(l => chunk.Contains(l.AssessmentId)).ExecuteDeleteAsync(cancellationToken);
        }
    }

    public Task InsertAsync(IReadOnlyList<AssessmentLine> lines, CancellationToken cancellationToken) =>
        BulkInsertAsync(lines, Properties, Values, cancellationToken);

    /// <summary>New assessments of a run, without their ids (read back by the caller with one query).</summary>
    public Task InsertAsync(IReadOnlyList<Assessment> assessments, CancellationToken cancellationToken) =>
        BulkInsertAsync(
            assessments,
            [
                nameof(Assessment.LaoId), nameof(Assessment.TaxYear), nameof(Assessment.TaxpayerId), nameof(Assessment.ParcelCount),
                nameof(Assessment.BuildingCount), nameof(Assessment.TotalValue), nameof(Assessment.Tax), nameof(Assessment.SourceKey),
                nameof(Assessment.ResultHash), nameof(Assessment.ComputedUtc), nameof(Assessment.ComputedBy),
            ],
            a => [a.LaoId, a.TaxYear, a.TaxpayerId, a.ParcelCount, a.BuildingCount, a.TotalValue.Satang, a.Tax.Satang, a.SourceKey, a.ResultHash, a.ComputedUtc, a.ComputedBy],
            cancellationToken);

    private async Task BulkInsertAsync<T>(IReadOnlyList<T> rows, string[] properties, Func<T, object?[]> values, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk rows are written inside the run's transaction.");
        var columns = properties.Select(names.Column<T>).ToArray();
        var head = $"INSERT INTO {names.Table<T>()} ({string.Join(", ", columns)}) VALUES ";
        var connection = db.Database.GetDbConnection();
        if (db.Database.IsSqlite())
        {
            // SQLite: one prepared single-row statement re-executed with new values is the fastest bulk insert.
            await using var single = names.PrepareInsert<T>(connection, transaction, properties);
            foreach (var item in rows)
            {
                SqlNames.SetValues(single, values(item));
                await single.ExecuteNonQueryAsync(cancellationToken);
            }

            return;
        }

        foreach (var chunk in rows.Chunk(2_000 / properties.Length))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var tuples = new List<string>(chunk.Length);
            var n = 0;
            foreach (var item in chunk)
            {
                var row = values(item);
                var names = new string[row.Length];
                for (var i = 0; i < row.Length; i++)
                {
                    names[i] = "@p" + n++.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    command.Parameters.Add(Parameter(command, names[i], row[i]));
                }

                tuples.Add("(" + string.Join(", ", names) + ")");
            }

            command.CommandText = head + string.Join(", ", tuples);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static object?[] Values(AssessmentLine line) =>
    [
        line.AssessmentId, line.No, (int)line.Kind, (int)line.Bucket, line.ParcelId, line.Label, line.Quantity,
        line.UnitPrice?.Satang, line.Percent, line.Base.Satang, line.Amount.Satang,
    ];

    private static DbParameter Parameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        return parameter;
    }
}
