namespace LocalGov.SharedKernel.Amounts;

/// <summary>
/// An amount in Thai baht, held as whole satang (1 baht = 100 satang) so that sums are exact and the database
/// stores a plain integer (see docs/adr/0001-money-as-integer-satang.md). All arithmetic is checked: an
/// overflow throws instead of wrapping into a wrong amount.
/// </summary>
public readonly record struct Money : IComparable<Money>
{
    private Money(long satang) => Satang = satang;

    public static Money Zero => default;

    /// <summary>The amount in satang; this is the stored value.</summary>
    public long Satang { get; }

    /// <summary>The amount in baht with two decimals (exact).</summary>
    public decimal Baht => Satang / 100m;

    public bool IsNegative => Satang < 0;

    public static Money FromSatang(long satang) => new(satang);

    /// <summary>
    /// Converts a baht amount that already has at most two decimals. Computed amounts (tax, interest, shares)
    /// must be rounded first with <see cref="MoneyRounding"/>, so that the rounding rule is a visible decision.
    /// </summary>
    /// <exception cref="ArgumentException">The amount has a non-zero third (or later) decimal.</exception>
    /// <exception cref="OverflowException">The amount does not fit in a 64-bit satang count.</exception>
    public static Money FromBaht(decimal baht)
    {
        if (!BahtInput.HasAtMostTwoDecimals(baht))
        {
            throw new ArgumentException(
                $"{baht} has more than two decimals; round it with MoneyRounding first.", nameof(baht));
        }

        return new Money((long)(baht * 100m));
    }

    /// <summary>Adds up amounts; throws <see cref="OverflowException"/> rather than wrapping.</summary>
    public static Money Sum(IEnumerable<Money> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        long total = 0;
        foreach (var amount in amounts)
        {
            total = checked(total + amount.Satang);
        }

        return new Money(total);
    }

    public int CompareTo(Money other) => Satang.CompareTo(other.Satang);

    public static Money operator +(Money left, Money right) => new(checked(left.Satang + right.Satang));

    public static Money operator -(Money left, Money right) => new(checked(left.Satang - right.Satang));

    public static Money operator -(Money value) => new(checked(-value.Satang));

    public static Money operator +(Money value) => value;

    public static Money operator *(Money left, int right) => new(checked(left.Satang * right));

    public static Money operator *(int left, Money right) => right * left;

    public static bool operator <(Money left, Money right) => left.Satang < right.Satang;

    public static bool operator >(Money left, Money right) => left.Satang > right.Satang;

    public static bool operator <=(Money left, Money right) => left.Satang <= right.Satang;

    public static bool operator >=(Money left, Money right) => left.Satang >= right.Satang;

    /// <summary>Invariant "1,234.50" (no currency unit), the same in every culture.</summary>
    public override string ToString() => BahtFormat.Format(this);
}
