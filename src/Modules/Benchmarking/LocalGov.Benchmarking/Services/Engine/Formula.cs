using System.Globalization;
using LocalGov.Benchmarking.Domain;

namespace LocalGov.Benchmarking.Services.Engine;

/// <summary>
/// Outcome of <see cref="Formula.Parse"/>: the formula, or an error key (a resource key of the module's strings:
/// <c>Formula.Empty</c>, <c>Formula.TooLong</c>, <c>Formula.Syntax</c>, <c>Formula.UnknownFigure</c>) with the
/// 1-based character position where the problem was found (0 when it concerns the whole text) and the offending token
/// ("" at the end of the text). The messages take the position as {0} and the token as {1}.
/// </summary>
internal sealed record FormulaParseResult(Formula? Formula, string? ErrorKey, int Position, string? Token)
{
    public bool Succeeded => Formula is not null;
}

/// <summary>
/// Outcome of <see cref="Formula.Evaluate"/>: the value, or null with the reason – the figures that were missing (all of
/// them, in the formula's order), a zero denominator, or an overflow of <see cref="decimal"/> (neither of the two).
/// </summary>
internal sealed record FormulaResult(decimal? Value, IReadOnlyList<string> Missing, bool DivisionByZero);

/// <summary>
/// An indicator formula over named figures (<see cref="FigureCatalog"/>): decimal numbers (invariant culture, e.g.
/// <c>1000</c>, <c>0.5</c>), figure names (<c>[a-z][a-z0-9_]*</c>), <c>+ - * /</c> with the usual precedence, unary
/// minus, parentheses and the functions <c>min(a, b, ...)</c>, <c>max(a, b, ...)</c> and <c>abs(x)</c>. Arithmetic is
/// <see cref="decimal"/> only, so a share computed here is the share an accountant computes; evaluation never throws.
/// </summary>
internal sealed class Formula
{
    public const int MaxLength = 1000;

    /// <summary>Deeper nesting than this is refused as a syntax error (keeps the recursive parser's stack small).</summary>
    private const int MaxDepth = 100;

    public const string EmptyKey = "Formula.Empty";
    public const string TooLongKey = "Formula.TooLong";
    public const string SyntaxKey = "Formula.Syntax";
    public const string UnknownFigureKey = "Formula.UnknownFigure";

    private static readonly FormulaResult Overflow = new(null, [], false);
    private static readonly FormulaResult ZeroDenominator = new(null, [], true);

    private readonly Node _root;

    private Formula(string text, Node root, IReadOnlyList<string> figures)
    {
        Text = text;
        _root = root;
        Figures = figures;
    }

    /// <summary>The formula as entered, without surrounding white space.</summary>
    public string Text { get; }

    /// <summary>The figure codes the formula reads, each once, in order of first use.</summary>
    public IReadOnlyList<string> Figures { get; }

    public static FormulaParseResult Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new FormulaParseResult(null, EmptyKey, 0, null);
        }

        if (text.Length > MaxLength)
        {
            return new FormulaParseResult(null, TooLongKey, 0, null);
        }

        var parser = new Parser(text);
        return parser.ParseAll();
    }

    /// <summary>
    /// Computes the formula. A figure absent from <paramref name="figures"/> or null is missing: the value is then null
    /// and every missing figure is listed (missing is never taken as zero). A zero denominator gives null with
    /// <see cref="FormulaResult.DivisionByZero"/>; a result beyond <see cref="decimal"/>'s range gives null.
    /// </summary>
    public FormulaResult Evaluate(IReadOnlyDictionary<string, decimal?> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        List<string>? missing = null;
        foreach (var code in Figures)
        {
            if (!figures.TryGetValue(code, out var value) || value is null)
            {
                (missing ??= []).Add(code);
            }
        }

        if (missing is not null)
        {
            return new FormulaResult(null, missing, false);
        }

        try
        {
            var value = _root.Evaluate(figures);
            return value is { } v ? new FormulaResult(v, [], false) : ZeroDenominator;
        }
        catch (OverflowException)
        {
            return Overflow;
        }
    }

    public override string ToString() => Text;

    /// <summary>A node of the expression tree; returns null for a zero denominator (so no exception is needed for it).</summary>
    private abstract class Node
    {
        public abstract decimal? Evaluate(IReadOnlyDictionary<string, decimal?> figures);
    }

    private sealed class NumberNode(decimal value) : Node
    {
        public override decimal? Evaluate(IReadOnlyDictionary<string, decimal?> figures) => value;
    }

    private sealed class FigureNode(string code) : Node
    {
        public override decimal? Evaluate(IReadOnlyDictionary<string, decimal?> figures) => figures[code]!.Value;
    }

    private sealed class NegateNode(Node operand) : Node
    {
        public override decimal? Evaluate(IReadOnlyDictionary<string, decimal?> figures) => -operand.Evaluate(figures);
    }

    private sealed class BinaryNode(char op, Node left, Node right) : Node
    {
        public override decimal? Evaluate(IReadOnlyDictionary<string, decimal?> figures)
        {
            if (left.Evaluate(figures) is not { } l || right.Evaluate(figures) is not { } r)
            {
                return null;
            }

            return op switch
            {
                '+' => l + r,
                '-' => l - r,
                '*' => l * r,
                _ => r == 0m ? null : l / r,
            };
        }
    }

    private sealed class FunctionNode(string name, IReadOnlyList<Node> arguments) : Node
    {
        public override decimal? Evaluate(IReadOnlyDictionary<string, decimal?> figures)
        {
            decimal result = 0m;
            for (var i = 0; i < arguments.Count; i++)
            {
                if (arguments[i].Evaluate(figures) is not { } value)
                {
                    return null;
                }

                result = i == 0 ? value : name switch
                {
                    "min" => Math.Min(result, value),
                    _ => Math.Max(result, value),
                };
            }

            return name == "abs" ? Math.Abs(result) : result;
        }
    }

    /// <summary>Recursive descent: expression = term {(+|-) term}; term = unary {(*|/) unary}; unary = -unary | primary.</summary>
    private sealed class Parser(string text)
    {
        private readonly List<string> _figures = [];
        private int _position;
        private int _depth;
        private FormulaParseResult? _error;

        public FormulaParseResult ParseAll()
        {
            var node = Expression();
            if (node is not null && _error is null)
            {
                SkipSpace();
                if (_position < text.Length)
                {
                    Fail(SyntaxKey, _position, TokenAt(_position));
                }
            }

            return _error ?? new FormulaParseResult(new Formula(text.Trim(), node!, _figures), null, 0, null);
        }

        private Node? Expression()
        {
            if (++_depth > MaxDepth)
            {
                return Fail(SyntaxKey, _position, TokenAt(_position));
            }

            var left = Term();
            while (left is not null)
            {
                SkipSpace();
                if (_position >= text.Length || (text[_position] != '+' && text[_position] != '-'))
                {
                    break;
                }

                var op = text[_position++];
                var right = Term();
                left = right is null ? null : new BinaryNode(op, left, right);
            }

            _depth--;
            return left;
        }

        private Node? Term()
        {
            var left = Unary();
            while (left is not null)
            {
                SkipSpace();
                if (_position >= text.Length || (text[_position] != '*' && text[_position] != '/'))
                {
                    break;
                }

                var op = text[_position++];
                var right = Unary();
                left = right is null ? null : new BinaryNode(op, left, right);
            }

            return left;
        }

        private Node? Unary()
        {
            SkipSpace();
            if (_position < text.Length && text[_position] == '-')
            {
                _position++;
                if (++_depth > MaxDepth)
                {
                    return Fail(SyntaxKey, _position - 1, "-");
                }

                var operand = Unary();
                _depth--;
                return operand is null ? null : new NegateNode(operand);
            }

            return Primary();
        }

        private Node? Primary()
        {
            SkipSpace();
            if (_position >= text.Length)
            {
                return Fail(SyntaxKey, _position, "");
            }

            var c = text[_position];
            if (c == '(')
            {
                _position++;
                var inner = Expression();
                if (inner is null)
                {
                    return null;
                }

                return Expect(')') ? inner : null;
            }

            if (char.IsAsciiDigit(c) || c == '.')
            {
                return Number();
            }

            if (char.IsAsciiLetterLower(c))
            {
                return NameOrCall();
            }

            return Fail(SyntaxKey, _position, TokenAt(_position));
        }

        private Node? Number()
        {
            var start = _position;
            while (_position < text.Length && (char.IsAsciiDigit(text[_position]) || text[_position] == '.'))
            {
                _position++;
            }

            var token = text[start.._position];
            var wellFormed = token.Count(ch => ch == '.') <= 1 && token[0] != '.' && token[^1] != '.';
            if (!wellFormed || !decimal.TryParse(token, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                return Fail(SyntaxKey, start, token);
            }

            return new NumberNode(value);
        }

        private Node? NameOrCall()
        {
            var start = _position;
            while (_position < text.Length && (char.IsAsciiLetterLower(text[_position]) || char.IsAsciiDigit(text[_position]) || text[_position] == '_'))
            {
                _position++;
            }

            var name = text[start.._position];
            if (_position < text.Length && (char.IsAsciiLetterUpper(text[_position])))
            {
                // "revenue_Collected": report the whole word, not just its lower-case start.
                return Fail(SyntaxKey, start, TokenAt(start));
            }

            SkipSpace();
            if (_position < text.Length && text[_position] == '(')
            {
                return Call(name, start);
            }

            if (FigureCatalog.Find(name) is null)
            {
                return Fail(UnknownFigureKey, start, name);
            }

            if (!_figures.Contains(name))
            {
                _figures.Add(name);
            }

            return new FigureNode(name);
        }

        private Node? Call(string name, int start)
        {
            if (name is not ("min" or "max" or "abs"))
            {
                return Fail(SyntaxKey, start, name);
            }

            _position++; // (
            var arguments = new List<Node>();
            while (true)
            {
                var argument = Expression();
                if (argument is null)
                {
                    return null;
                }

                arguments.Add(argument);
                SkipSpace();
                if (_position < text.Length && text[_position] == ',')
                {
                    _position++;
                    continue;
                }

                if (!Expect(')'))
                {
                    return null;
                }

                break;
            }

            if (name == "abs" && arguments.Count != 1)
            {
                return Fail(SyntaxKey, start, name);
            }

            return new FunctionNode(name, arguments);
        }

        private bool Expect(char expected)
        {
            SkipSpace();
            if (_position < text.Length && text[_position] == expected)
            {
                _position++;
                return true;
            }

            Fail(SyntaxKey, _position, TokenAt(_position));
            return false;
        }

        private void SkipSpace()
        {
            while (_position < text.Length && char.IsWhiteSpace(text[_position]))
            {
                _position++;
            }
        }

        /// <summary>The word or single character at <paramref name="at"/>; "" at the end of the text.</summary>
        private string TokenAt(int at)
        {
            if (at >= text.Length)
            {
                return "";
            }

            if (!char.IsLetterOrDigit(text[at]) && text[at] != '_')
            {
                return text[at].ToString();
            }

            var end = at;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_' || text[end] == '.'))
            {
                end++;
            }

            return text[at..end];
        }

        private Node? Fail(string key, int at, string token)
        {
            _error ??= new FormulaParseResult(null, key, at + 1, token);
            return null;
        }
    }
}
