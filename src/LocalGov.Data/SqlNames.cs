using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace LocalGov.Data;

/// <summary>
/// Delimited table and column names taken from the EF model, for the few set-based statements written as SQL
/// by any module (roll-up aggregates over converted <c>Money</c> columns, summary rebuilds, bulk inserts of
/// derived rows), so they run unchanged on SQLite and SQL Server.
/// </summary>
public sealed class SqlNames(LocalGovDbContext db)
{
    private readonly ISqlGenerationHelper _sql = db.GetService<ISqlGenerationHelper>();

    public string Table<T>()
    {
        var entity = Entity<T>();
        return _sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
    }

    public string Column<T>(string property)
    {
        var entity = Entity<T>();
        var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var column = entity.FindProperty(property)?.GetColumnName(store)
            ?? throw new InvalidOperationException($"{typeof(T).Name}.{property} is not mapped.");
        return _sql.DelimitIdentifier(column);
    }

    /// <summary>
    /// A prepared single-row INSERT of <typeparamref name="T"/>'s <paramref name="properties"/> (parameters @p0…),
    /// re-executed with <see cref="SetValues"/> for every row: on SQLite the fastest way to write many derived rows.
    /// </summary>
    public DbCommand PrepareInsert<T>(DbConnection connection, DbTransaction transaction, params string[] properties)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(properties);
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {Table<T>()} ({string.Join(", ", properties.Select(Column<T>))}) " +
            $"VALUES ({string.Join(", ", properties.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture)))})";
        for (var i = 0; i < properties.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i.ToString(CultureInfo.InvariantCulture);
            command.Parameters.Add(parameter);
        }

        command.Prepare();
        return command;
    }

    /// <summary>Sets a prepared command's parameters in order (null becomes DBNull).</summary>
    public static void SetValues(DbCommand command, params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(values);
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    /// <summary>A delimited alias.</summary>
    public string Quote(string name) => _sql.DelimitIdentifier(name);

    private IEntityType Entity<T>() =>
        db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
}
