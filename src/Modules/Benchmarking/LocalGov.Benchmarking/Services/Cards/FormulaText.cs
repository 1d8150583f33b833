using System.Text.RegularExpressions;
using LocalGov.Benchmarking.Domain;

namespace LocalGov.Benchmarking.Services.Cards;

/// <summary>
/// Reads an indicator's formula for people: which catalogue figures it uses, and the formula written out with the
/// figures' names. Only names found in <see cref="FigureCatalog"/> count as inputs (a function name such as <c>max</c>
/// is left as it is), so the card does not depend on the engine's parser.
/// </summary>
internal static partial class FormulaText
{
    /// <summary>The catalogue figures the formula reads, in order of first appearance.</summary>
    public static IReadOnlyList<FigureDefinition> Inputs(string formula) =>
        [.. Identifier().Matches(formula ?? "").Select(m => FigureCatalog.Find(m.Value)).OfType<FigureDefinition>().DistinctBy(f => f.Code)];

    /// <summary>The formula with each figure's name in brackets and × ÷ for * /: "[Own-source revenue collected] ÷ [Revenue in the ledger] × 100".</summary>
    public static string WrittenOut(string formula, bool thai)
    {
        // One pass over names and operators, so a "/" inside a figure's name is not taken for a division.
        var text = Token().Replace(formula ?? "", m => m.Groups["op"].Success
            ? (m.Groups["op"].Value.Trim() == "*" ? " × " : " ÷ ")
            : FigureCatalog.Find(m.Value) is { } f ? "[" + (thai ? f.NameTh : f.NameEn) + "]" : m.Value);
        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex("[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"(?<op>\s*[*/]\s*)|[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Token();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
