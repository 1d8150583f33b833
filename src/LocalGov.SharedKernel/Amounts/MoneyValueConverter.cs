using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LocalGov.SharedKernel.Amounts;

/// <summary>
/// Stores <see cref="Money"/> as its satang count (BIGINT / INTEGER): exact, and SUM/compare run natively on
/// SQLite and SQL Server alike. EF Core applies it to <c>Money?</c> properties as well.
/// </summary>
public sealed class MoneyValueConverter()
    : ValueConverter<Money, long>(money => money.Satang, satang => Money.FromSatang(satang));
