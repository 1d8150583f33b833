using System.Globalization;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using LocalGov.Budgeting.Domain;
using LocalGov.SharedKernel.Amounts;
using static LocalGov.Budgeting.Areas.Budgeting.Features.Excel.BudgetWorkbookLayout;

namespace LocalGov.Budgeting.Areas.Budgeting.Features.Excel;

/// <summary>
/// Reads and validates a budget workbook without touching the database: both sheets are found by name, columns
/// by their header text, and every row is checked (codes exist, are of the right kind and apply to the fiscal
/// year, the hierarchy fits, amounts are numbers ≥ 0 with at most two decimals, no duplicate lines). The result
/// carries every error found, each with sheet, row and column; the caller saves nothing unless there are none.
/// </summary>
internal sealed class BudgetWorkbookReader
{
    public BudgetWorkbookReadResult Read(Stream stream, int fiscalYear, IReadOnlyCollection<Classification> classifications)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(classifications);
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(stream);
        }
        catch (Exception ex) when (ex is InvalidDataException or FileFormatException or OpenXmlPackageException or IOException
            or ArgumentException or InvalidOperationException or NotSupportedException or FormatException or KeyNotFoundException
            or System.Xml.XmlException or NullReferenceException or IndexOutOfRangeException)
        {
            return new BudgetWorkbookReadResult([], [], [new WorkbookError("", 0, "", WorkbookProblem.NotAWorkbook)]);
        }

        using (workbook)
        {
            var context = new Context(fiscalYear, classifications);
            var revenues = ReadRevenues(workbook, context);
            var lines = ReadLines(workbook, context);
            if (revenues.Count == 0 && lines.Count == 0 && context.Errors.Count == 0)
            {
                context.Errors.Add(new WorkbookError(ExpenditureSheet, 2, "", WorkbookProblem.Empty));
            }

            return new BudgetWorkbookReadResult(revenues, lines, context.Errors);
        }
    }

    private static List<ImportedRevenue> ReadRevenues(XLWorkbook workbook, Context context)
    {
        var result = new List<ImportedRevenue>();
        var sheet = FindSheet(workbook, RevenueSheet, context, RevenueHeaders(context.FiscalYear), out var columns, out var lastRow);
        if (sheet is null)
        {
            return result;
        }

        var seen = new Dictionary<(int, string), int>();
        var y = context.FiscalYear;
        for (var r = 2; r <= lastRow; r++)
        {
            var row = new RowReader(sheet, RevenueSheet, r, columns, context.Errors);
            if (row.IsBlank)
            {
                continue;
            }

            var category = row.Code(RevenueCategoryCode, ClassificationKind.RevenueCategory, context);
            var item = row.Text(Item, MaxItemLength, required: true);
            var amount = row.Amount(Amount, required: true);
            var explanation = row.Text(Explanation, MaxExplanationLength, required: false) ?? "";
            var actual2 = row.Amount(RevenueActual(y - 2), required: false);
            var actual1 = row.Amount(RevenueActual(y - 1), required: false);
            var estimate = row.Amount(Estimate(y - 1), required: false);
            if (category is not null && item is not null)
            {
                var key = (category.Id, Normalize(item));
                if (seen.TryGetValue(key, out var first))
                {
                    row.Error(Item, WorkbookProblem.Duplicate, first.ToString(CultureInfo.InvariantCulture));
                }
                else
                {
                    seen[key] = r;
                }
            }

            if (!row.HasErrors)
            {
                result.Add(new ImportedRevenue(r, category!.Id, item!, amount!.Value, explanation, actual2, actual1, estimate));
            }
        }

        return result;
    }

    private static List<ImportedLine> ReadLines(XLWorkbook workbook, Context context)
    {
        var result = new List<ImportedLine>();
        var sheet = FindSheet(workbook, ExpenditureSheet, context, ExpenditureHeaders(context.FiscalYear), out var columns, out var lastRow);
        if (sheet is null)
        {
            return result;
        }

        var seen = new Dictionary<(int, int, int, string), int>();
        var y = context.FiscalYear;
        for (var r = 2; r <= lastRow; r++)
        {
            var row = new RowReader(sheet, ExpenditureSheet, r, columns, context.Errors);
            if (row.IsBlank)
            {
                continue;
            }

            var programme = row.Code(ProgrammeCode, ClassificationKind.Programme, context);
            var workUnit = row.Code(WorkUnitCode, ClassificationKind.WorkUnit, context);
            var group = row.Code(GroupCode, ClassificationKind.ExpenditureGroup, context);
            var category = row.Code(CategoryCode, ClassificationKind.ExpenditureCategory, context);
            if (programme is not null && workUnit is not null && workUnit.ParentId != programme.Id)
            {
                row.Error(WorkUnitCode, WorkbookProblem.WorkUnitNotInProgramme, $"{workUnit.Code} / {programme.Code}");
            }

            if (group is not null && category is not null && category.ParentId != group.Id)
            {
                row.Error(CategoryCode, WorkbookProblem.CategoryNotInGroup, $"{category.Code} / {group.Code}");
            }

            var item = row.Text(LineItem, MaxItemLength, required: true);
            var isProject = row.Flag(BudgetWorkbookLayout.IsProject);
            var amount = row.Amount(Amount, required: true);
            var explanation = row.Text(Explanation, MaxExplanationLength, required: false) ?? "";
            var planCode = row.Text(PlanProjectCode, MaxPlanProjectCodeLength, required: false);
            var actual2 = row.Amount(ExpenditureActual(y - 2), required: false);
            var actual1 = row.Amount(ExpenditureActual(y - 1), required: false);
            var estimate = row.Amount(Estimate(y - 1), required: false);
            if (programme is not null && workUnit is not null && category is not null && item is not null)
            {
                var key = (programme.Id, workUnit.Id, category.Id, Normalize(item));
                if (seen.TryGetValue(key, out var first))
                {
                    row.Error(LineItem, WorkbookProblem.Duplicate, first.ToString(CultureInfo.InvariantCulture));
                }
                else
                {
                    seen[key] = r;
                }
            }

            if (!row.HasErrors)
            {
                result.Add(new ImportedLine(
                    r, programme!.Id, workUnit!.Id, group!.Id, category!.Id, item!, isProject ?? false, amount!.Value, explanation,
                    string.IsNullOrEmpty(planCode) ? null : planCode, actual2, actual1, estimate));
            }
        }

        return result;
    }

    /// <summary>The sheet and a map from header text to column number; missing required columns are errors.</summary>
    private static IXLWorksheet? FindSheet(
        XLWorkbook workbook, string name, Context context, IReadOnlyList<string> expected, out Dictionary<string, int> columns, out int lastRow)
    {
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        columns = found;
        lastRow = 0;
        if (!workbook.TryGetWorksheet(name, out var sheet))
        {
            context.Errors.Add(new WorkbookError(name, 0, "", WorkbookProblem.MissingSheet));
            return null;
        }

        var lastColumn = sheet.LastColumnUsed()?.ColumnNumber() ?? 0;
        for (var c = 1; c <= Math.Min(lastColumn, 100); c++)
        {
            var text = Clean(sheet.Cell(1, c).GetString());
            if (text.Length > 0)
            {
                found.TryAdd(text, c);
            }
        }

        var missing = expected.Where(h => Required(name).Contains(h) && !found.ContainsKey(h)).ToList();
        foreach (var header in missing)
        {
            context.Errors.Add(new WorkbookError(name, 1, header, WorkbookProblem.MissingColumn));
        }

        if (missing.Count > 0)
        {
            return null;
        }

        lastRow = sheet.LastRowUsed()?.RowNumber() ?? 1;
        if (lastRow - 1 > MaxRows)
        {
            context.Errors.Add(new WorkbookError(name, lastRow, "", WorkbookProblem.TooManyRows, MaxRows.ToString(CultureInfo.InvariantCulture)));
            return null;
        }

        return sheet;
    }

    /// <summary>Codes, item and amount must be there; names, numbering, explanation and comparison columns may be left out.</summary>
    private static string[] Required(string sheet) => sheet == RevenueSheet
        ? [RevenueCategoryCode, Item, Amount]
        : [ProgrammeCode, WorkUnitCode, GroupCode, CategoryCode, LineItem, Amount];

    private static string Clean(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Normalize(string item) => Clean(item).ToUpperInvariant();

    private sealed class Context(int fiscalYear, IReadOnlyCollection<Classification> classifications)
    {
        private readonly ILookup<string, Classification> _byCode = classifications.ToLookup(c => c.Code, StringComparer.Ordinal);
        private readonly ILookup<string, Classification> _byNumber = classifications.ToLookup(c => c.Code.TrimStart('0'), StringComparer.Ordinal);

        public int FiscalYear { get; } = fiscalYear;

        public List<WorkbookError> Errors { get; } = [];

        /// <summary>The entry of the kind in force for the year; a code typed as a number (110 for 00110) is matched too.</summary>
        public (Classification? Entry, WorkbookProblem? Problem) Resolve(string code, ClassificationKind kind)
        {
            var candidates = _byCode[code].ToList();
            if (candidates.Count == 0)
            {
                candidates = [.. _byNumber[code.TrimStart('0')]];
            }

            var ofKind = candidates.Where(c => c.Kind == kind).ToList();
            if (ofKind.Count == 0)
            {
                return (null, candidates.Count > 0 ? WorkbookProblem.WrongKind : WorkbookProblem.UnknownCode);
            }

            var inForce = ofKind.Where(c => c.AppliesTo(FiscalYear)).OrderByDescending(c => c.EffectiveFromYear).FirstOrDefault();
            return inForce is null ? (null, WorkbookProblem.NotInForce) : (inForce, null);
        }
    }

    private sealed class RowReader(IXLWorksheet sheet, string sheetName, int row, Dictionary<string, int> columns, List<WorkbookError> errors)
    {
        private readonly int _errorsBefore = errors.Count;

        public bool HasErrors => errors.Count > _errorsBefore;

        public bool IsBlank => columns.Values.All(c => string.IsNullOrWhiteSpace(sheet.Cell(row, c).GetString()));

        public void Error(string column, WorkbookProblem problem, string? detail = null) =>
            errors.Add(new WorkbookError(sheetName, row, column, problem, detail));

        public string? Text(string column, int maxLength, bool required)
        {
            if (!columns.TryGetValue(column, out var c))
            {
                return null;
            }

            var cell = sheet.Cell(row, c);
            var text = cell.DataType == XLDataType.Number
                ? cell.GetDouble().ToString(CultureInfo.InvariantCulture)
                : cell.GetString().Trim();
            if (text.Length == 0)
            {
                if (required)
                {
                    Error(column, WorkbookProblem.Required);
                }

                return null;
            }

            if (text.Length > maxLength)
            {
                Error(column, WorkbookProblem.TooLong, maxLength.ToString(CultureInfo.InvariantCulture));
                return null;
            }

            return text;
        }

        public Classification? Code(string column, ClassificationKind kind, Context context)
        {
            var code = Text(column, 20, required: true);
            if (code is null)
            {
                return null;
            }

            var (entry, problem) = context.Resolve(code, kind);
            if (problem is { } p)
            {
                Error(column, p, code);
            }

            return entry;
        }

        public bool? Flag(string column)
        {
            var text = Text(column, 10, required: false);
            switch (text?.ToUpperInvariant())
            {
                case null or "N" or "NO" or "ไม่ใช่":
                    return false;
                case "Y" or "YES" or "ใช่":
                    return true;
                default:
                    Error(column, WorkbookProblem.InvalidFlag, text);
                    return null;
            }
        }

        public Money? Amount(string column, bool required)
        {
            if (!columns.TryGetValue(column, out var c))
            {
                return null;
            }

            var cell = sheet.Cell(row, c);
            decimal value;
            if (cell.DataType == XLDataType.Number && !cell.HasFormula)
            {
                value = (decimal)cell.GetDouble();
            }
            else
            {
                var text = FormattedOrText(cell);
                if (text.Length == 0)
                {
                    if (required)
                    {
                        Error(column, WorkbookProblem.Required);
                    }

                    return null;
                }

                if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out value))
                {
                    Error(column, WorkbookProblem.NotANumber, text.Length > 50 ? text[..50] : text);
                    return null;
                }
            }

            if (value < 0)
            {
                Error(column, WorkbookProblem.Negative, value.ToString(CultureInfo.InvariantCulture));
                return null;
            }

            if (value > MaxAmount)
            {
                Error(column, WorkbookProblem.TooLarge, value.ToString(CultureInfo.InvariantCulture));
                return null;
            }

            if (!BahtInput.HasAtMostTwoDecimals(value))
            {
                Error(column, WorkbookProblem.TooManyDecimals, value.ToString(CultureInfo.InvariantCulture));
                return null;
            }

            return Money.FromBaht(value);
        }

        /// <summary>A formula's computed value, or the cell's text; a formula ClosedXML cannot evaluate counts as text.</summary>
        private static string FormattedOrText(IXLCell cell)
        {
            if (!cell.HasFormula)
            {
                return cell.GetString().Trim();
            }

            try
            {
                return Convert.ToString(cell.Value, CultureInfo.InvariantCulture)?.Trim() ?? "";
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or NotImplementedException or NotSupportedException)
            {
                return cell.FormulaA1;
            }
        }
    }
}
