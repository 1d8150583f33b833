using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LocalGov.Benchmarking.Domain;

/// <summary>
/// Figures, indicator values and statistics are kept to <see cref="Places"/> decimal places (rounded half away from
/// zero) and stored as integer ten-thousandths, so SQLite sorts and compares them as numbers (ADR 0011; ADR 0001 does
/// the same for money with satang).
/// </summary>
internal static class ScaledDecimal
{
    public const int Places = 4;

    private const decimal Scale = 10_000m;

    public static decimal Round(decimal value) => Math.Round(value, Places, MidpointRounding.AwayFromZero);

    public static long ToStored(decimal value) => (long)(Round(value) * Scale);

    public static decimal FromStored(long stored) => stored / Scale;

    public static ValueConverter<decimal, long> Converter { get; } = new(v => ToStored(v), v => FromStored(v));
}
