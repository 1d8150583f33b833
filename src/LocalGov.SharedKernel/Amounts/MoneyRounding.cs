namespace LocalGov.SharedKernel.Amounts;

/// <summary>
/// The named rounding rules for computed amounts. Every rule rounds midpoints away from zero or truncates;
/// banker's rounding (.NET's default for <see cref="Math.Round(decimal)"/>) is never used, because amounts
/// must match what staff and citizens get by hand or with a spreadsheet's ROUND, where 0.005 goes up.
/// </summary>
public static class MoneyRounding
{
    /// <summary>
    /// General rule for computed amounts (tax, surcharge, interest, depreciation, pro-rata shares):
    /// half away from zero to satang. 2.345 → 2.35, −2.345 → −2.35.
    /// </summary>
    public static decimal ToSatang(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Truncates toward zero to satang, where a rule says never to charge more than the computed amount
    /// (the payer keeps the fraction of a satang). 2.349 → 2.34, −2.349 → −2.34.
    /// </summary>
    public static decimal ToSatangDown(decimal amount) => Math.Round(amount, 2, MidpointRounding.ToZero);

    /// <summary>
    /// Half away from zero to whole baht, where a form or regulation states an amount in whole baht.
    /// 2.50 → 3, −2.50 → −3.
    /// </summary>
    public static decimal ToWholeBaht(decimal amount) => Math.Round(amount, 0, MidpointRounding.AwayFromZero);
}
