using System.Globalization;
using FluentValidation;
using LocalGov.Budgeting.Resources;
using LocalGov.SharedKernel.Amounts;
using Microsoft.Extensions.Localization;

namespace LocalGov.Budgeting.Areas.Budgeting.Features.Lines;

/// <summary>Amounts typed in baht ("1,234.50"): parsed as decimal, at most two decimals, never negative.</summary>
internal static class AmountInput
{
    /// <summary>A sanity bound far above any LAO budget line (100,000 million baht).</summary>
    public const decimal Maximum = 100_000_000_000m;

    /// <summary>The amount as money; only call after validation.</summary>
    public static Money ToMoney(string? text) => BahtInput.TryParse(text, out var value) ? Money.FromBaht(value) : Money.Zero;

    /// <summary>Null when the optional field is empty.</summary>
    public static Money? ToOptionalMoney(string? text) => string.IsNullOrWhiteSpace(text) ? null : ToMoney(text);

    /// <summary>How a stored amount is shown in the form (invariant, no grouping, so it parses back).</summary>
    public static string Show(Money? amount) => amount is { } m ? m.Baht.ToString("0.##", CultureInfo.InvariantCulture) : "";

    /// <summary>Required amount rules with localized messages.</summary>
    public static IRuleBuilderOptions<T, string?> ValidAmount<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer<Strings> l, bool required = true) =>
        rule.Must(text => !required || !string.IsNullOrWhiteSpace(text)).WithMessage(_ => l["Prep.Amount.Required"])
            .Must(text => string.IsNullOrWhiteSpace(text) || BahtInput.TryParse(text, out _)).WithMessage(_ => l["Prep.Amount.NotNumber"])
            .Must(text => !BahtInput.TryParse(text, out var v) || v >= 0).WithMessage(_ => l["Prep.Amount.Negative"])
            .Must(text => !BahtInput.TryParse(text, out var v) || BahtInput.HasAtMostTwoDecimals(v)).WithMessage(_ => l["Prep.Amount.Decimals"])
            .Must(text => !BahtInput.TryParse(text, out var v) || v <= Maximum).WithMessage(_ => l["Prep.Amount.TooLarge"]);
}
