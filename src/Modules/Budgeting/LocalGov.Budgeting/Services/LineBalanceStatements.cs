using LocalGov.Budgeting.Domain;
using LocalGov.Data;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace LocalGov.Budgeting.Services;

/// <summary>
/// Atomic, conditional changes of a line's balance row: ONE parameterized UPDATE whose WHERE clause holds the
/// rule (e.g. allocated − committed − disbursed ≥ amount). The database evaluates the condition and the change
/// under the row's write lock, so two concurrent reservations can never both pass the check: the second one finds
/// no row to update. Table and column names come from the EF model, so the same statement runs on SQLite
/// (<c>budgeting_LineBalance</c>) and SQL Server (<c>budgeting.LineBalance</c>).
/// </summary>
/// <remarks>
/// Written in SQL because <see cref="Money"/> is a value-converted struct: EF cannot translate its arithmetic
/// operators inside ExecuteUpdate. Amounts are passed as satang parameters, never spliced into the text.
/// </remarks>
internal sealed class LineBalanceStatements(LocalGovDbContext db)
{
    /// <summary>Which columns change, and the condition the row must meet first.</summary>
    internal enum Change
    {
        /// <summary>Committed += a, if available ≥ a.</summary>
        Commit,

        /// <summary>Committed −= a, if committed ≥ a.</summary>
        ReleaseCommitment,

        /// <summary>Committed −= a, Disbursed += a, if committed ≥ a.</summary>
        DisburseCommitment,

        /// <summary>Disbursed += a, if available ≥ a.</summary>
        Disburse,

        /// <summary>Allocated += a (transfer in).</summary>
        Allocate,

        /// <summary>Allocated −= a, if available ≥ a (a transfer out cannot take the line below committed + disbursed).</summary>
        Deallocate,

        /// <summary>Committed −= a, Allocated −= a, if committed ≥ a (carry-over of a commitment out of the year).</summary>
        CarryOut,
    }

    /// <summary>Runs the statement now, inside the context's current transaction; false when the condition failed.</summary>
    public async Task<bool> ApplyAsync(int budgetLineId, Change change, Money amount, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException(
                "Budget control changes must run inside the caller's transaction (db.Database.BeginTransactionAsync) so that the balance and the caller's write commit or fail together.");
        }

        var entity = db.Model.FindEntityType(typeof(BudgetLineBalanceRow))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);
        var allocated = Column(nameof(BudgetLineBalanceRow.Allocated));
        var committed = Column(nameof(BudgetLineBalanceRow.Committed));
        var disbursed = Column(nameof(BudgetLineBalanceRow.Disbursed));
        var key = Column(nameof(BudgetLineBalanceRow.BudgetLineId));
        var available = allocated + " - " + committed + " - " + disbursed + " >= {1}";
        var (set, condition) = change switch
        {
            Change.Commit => (committed + " = " + committed + " + {1}", available),
            Change.ReleaseCommitment => (committed + " = " + committed + " - {1}", committed + " >= {1}"),
            Change.DisburseCommitment => (committed + " = " + committed + " - {1}, " + disbursed + " = " + disbursed + " + {1}", committed + " >= {1}"),
            Change.Disburse => (disbursed + " = " + disbursed + " + {1}", available),
            Change.Allocate => (allocated + " = " + allocated + " + {1}", "1 = 1"),
            Change.Deallocate => (allocated + " = " + allocated + " - {1}", available),
            Change.CarryOut => (committed + " = " + committed + " - {1}, " + allocated + " = " + allocated + " - {1}", committed + " >= {1}"),
            _ => throw new ArgumentOutOfRangeException(nameof(change)),
        };
        var statement = "UPDATE " + sql.DelimitIdentifier(table.Name, table.Schema) + " SET " + set + " WHERE " + key + " = {0} AND " + condition;
        var rows = await db.Database.ExecuteSqlRawAsync(statement, [budgetLineId, amount.Satang], cancellationToken);
        return rows == 1;
    }
}
