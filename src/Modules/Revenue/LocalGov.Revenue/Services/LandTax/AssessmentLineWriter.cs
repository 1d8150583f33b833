using System.Data.Common;
using LocalGov.Data;
using LocalGov.Revenue.Domain.LandTax;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace LocalGov.Revenue.Services.LandTax;

/// <summary>
/// Writes explanation lines set-based, inside the caller's transaction: on SQLite one prepared statement re-executed
/// per row; elsewhere multi-row INSERTs of 100 rows (11 parameters each, below SQL Server's 2,100); table and column names from the EF model, so the same code runs on
/// SQLite and SQL Server. The lines are derived data – fully determined by the assessment's inputs and
/// fingerprinted by <see cref="Assessment.ResultHash"/>, which is audited with the assessment – so they are
/// written without an audit row each (see docs/adr on the assessment run). Old lines are removed with one
/// set-based DELETE per chunk of assessments.
/// </summary>
internal sealed class AssessmentLineWriter(LocalGovDbContext db)
{
    private const int RowsPerStatement = 100;

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

    public async Task InsertAsync(IReadOnlyList<AssessmentLine> lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0)
        {
            return;
        }

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Explanation lines are written inside the run's transaction.");
        var entity = db.Model.FindEntityType(typeof(AssessmentLine))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = Properties.Select(p => sql.DelimitIdentifier(entity.FindProperty(p)!.GetColumnName(table)!)).ToArray();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns)}) VALUES ";
        var connection = db.Database.GetDbConnection();
        if (db.Database.IsSqlite())
        {
            // SQLite: one prepared single-row statement re-executed with new values is the fastest bulk insert.
            await using var single = connection.CreateCommand();
            single.Transaction = transaction;
            single.CommandText = head + "(" + string.Join(", ", columns.Select((_, i) => "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))) + ")";
            var parameters = columns.Select((_, i) => Parameter(single, "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null)).ToArray();
            single.Parameters.AddRange(parameters);
            single.Prepare();
            foreach (var line in lines)
            {
                var row = Values(line);
                for (var i = 0; i < row.Length; i++)
                {
                    parameters[i].Value = row[i] ?? DBNull.Value;
                }

                await single.ExecuteNonQueryAsync(cancellationToken);
            }

            return;
        }

        foreach (var chunk in lines.Chunk(RowsPerStatement))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var values = new List<string>(chunk.Length);
            var n = 0;
            foreach (var line in chunk)
            {
                var row = Values(line);
                var names = new string[row.Length];
                for (var i = 0; i < row.Length; i++)
                {
                    names[i] = "@p" + n++.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    command.Parameters.Add(Parameter(command, names[i], row[i]));
                }

                values.Add("(" + string.Join(", ", names) + ")");
            }

            command.CommandText = head + string.Join(", ", values);
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
