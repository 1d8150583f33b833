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

    /// <summary>A delimited alias.</summary>
    public string Quote(string name) => _sql.DelimitIdentifier(name);

    private IEntityType Entity<T>() =>
        db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
}
