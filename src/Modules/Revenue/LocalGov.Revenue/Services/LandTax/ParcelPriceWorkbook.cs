using System.Globalization;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using LocalGov.Revenue.Areas.Revenue.Features.Parcels;
using LocalGov.Revenue.Domain.LandTax;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Revenue.Services.LandTax;

/// <summary>One valid row of an appraisal price workbook.</summary>
internal sealed record ImportedPrice(int Row, DeedType DeedType, string DeedNumber, Money PricePerSquareWah, int EffectiveYear);

internal sealed record PriceWorkbookReadResult(IReadOnlyList<ImportedPrice> Rows, IReadOnlyList<PriceImportError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// The workbook of official appraisal prices (ราคาประเมินทุนทรัพย์ที่ดิน) the Treasury Department publishes per
/// parcel: the first sheet, columns found by their header text (Thai or English), one parcel per row. Reads and
/// validates without the database; every problem is reported with row, column and what is wrong. Writes the
/// template (column widths set explicitly: ClosedXML's AdjustToContents needs Windows graphics).
/// </summary>
internal sealed class ParcelPriceWorkbook
{
    public const int MaxRows = 50_000;
    public const decimal MaxPrice = 100_000_000m;

    public const string DeedTypeHeader = "ประเภทเอกสารสิทธิ์";
    public const string DeedNumberHeader = "เลขที่เอกสารสิทธิ์";
    public const string PriceHeader = "ราคาประเมินต่อตารางวา";
    public const string YearHeader = "ปีที่มีผล";

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        [DeedTypeHeader] = DeedTypeHeader,
        ["DeedType"] = DeedTypeHeader,
        [DeedNumberHeader] = DeedNumberHeader,
        ["DeedNumber"] = DeedNumberHeader,
        [PriceHeader] = PriceHeader,
        ["ราคาประเมินต่อตารางวา (บาท)"] = PriceHeader,
        ["PricePerSquareWah"] = PriceHeader,
        [YearHeader] = YearHeader,
        ["ปีที่มีผล (พ.ศ.)"] = YearHeader,
        ["EffectiveYear"] = YearHeader,
    };

    /// <summary>Deed type as written in official lists (โฉนด, น.ส.3ก, น.ส.3, ส.ป.ก. 4-01, ...) or the English name.</summary>
    public static bool TryParseDeedType(string text, out DeedType type)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = new string(text.Where(c => !char.IsWhiteSpace(c) && c != '.').ToArray()).ToUpperInvariant();
        DeedType? found = key switch
        {
            "โฉนด" or "โฉนดที่ดิน" or "CHANOTE" => DeedType.Chanote,
            "นส3ก" or "NORSOR3KOR" => DeedType.NorSor3Kor,
            "นส3" or "NORSOR3" => DeedType.NorSor3,
            "สปก" or "สปก4-01" or "สปก401" or "SORPORKOR" => DeedType.SorPorKor,
            "อื่นๆ" or "อื่น" or "OTHER" => DeedType.Other,
            _ => null,
        };
        type = found ?? default;
        return found is not null;
    }

    public PriceWorkbookReadResult Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(stream);
        }
        catch (Exception ex) when (ex is InvalidDataException or FileFormatException or OpenXmlPackageException or IOException
            or ArgumentException or InvalidOperationException or NotSupportedException or FormatException or KeyNotFoundException
            or System.Xml.XmlException or NullReferenceException or IndexOutOfRangeException)
        {
            return new PriceWorkbookReadResult([], [new PriceImportError(0, "", PriceImportProblem.NotAWorkbook)]);
        }

        using (workbook)
        {
            var errors = new List<PriceImportError>();
            var rows = new List<ImportedPrice>();
            var sheet = workbook.Worksheets.FirstOrDefault();
            if (sheet is null)
            {
                return new PriceWorkbookReadResult([], [new PriceImportError(0, "", PriceImportProblem.Empty)]);
            }

            var columns = new Dictionary<string, int>(StringComparer.Ordinal);
            var lastColumn = Math.Min(sheet.LastColumnUsed()?.ColumnNumber() ?? 0, 50);
            for (var c = 1; c <= lastColumn; c++)
            {
                var header = string.Join(' ', sheet.Cell(1, c).GetString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                if (Aliases.TryGetValue(header, out var canonical))
                {
                    columns.TryAdd(canonical, c);
                }
            }

            foreach (var header in new[] { DeedTypeHeader, DeedNumberHeader, PriceHeader, YearHeader }.Where(h => !columns.ContainsKey(h)))
            {
                errors.Add(new PriceImportError(1, header, PriceImportProblem.MissingColumn));
            }

            if (errors.Count > 0)
            {
                return new PriceWorkbookReadResult([], errors);
            }

            var lastRow = sheet.LastRowUsed()?.RowNumber() ?? 1;
            if (lastRow - 1 > MaxRows)
            {
                return new PriceWorkbookReadResult([], [new PriceImportError(lastRow, "", PriceImportProblem.TooManyRows, MaxRows.ToString(CultureInfo.InvariantCulture))]);
            }

            var seen = new Dictionary<(DeedType, string), int>();
            for (var r = 2; r <= lastRow; r++)
            {
                var typeText = Text(sheet.Cell(r, columns[DeedTypeHeader]));
                var number = Text(sheet.Cell(r, columns[DeedNumberHeader]));
                var priceCell = sheet.Cell(r, columns[PriceHeader]);
                var yearCell = sheet.Cell(r, columns[YearHeader]);
                if (typeText.Length == 0 && number.Length == 0 && Text(priceCell).Length == 0 && Text(yearCell).Length == 0)
                {
                    continue;
                }

                var before = errors.Count;
                DeedType type = default;
                if (typeText.Length == 0)
                {
                    errors.Add(new PriceImportError(r, DeedTypeHeader, PriceImportProblem.Required));
                }
                else if (!TryParseDeedType(typeText, out type))
                {
                    errors.Add(new PriceImportError(r, DeedTypeHeader, PriceImportProblem.UnknownDeedType, Clip(typeText)));
                }

                if (number.Length == 0)
                {
                    errors.Add(new PriceImportError(r, DeedNumberHeader, PriceImportProblem.Required));
                }

                var price = Number(priceCell, r, PriceHeader, errors);
                if (price is { } p)
                {
                    if (p < 0)
                    {
                        errors.Add(new PriceImportError(r, PriceHeader, PriceImportProblem.Negative, p.ToString(CultureInfo.InvariantCulture)));
                    }
                    else if (p > MaxPrice)
                    {
                        errors.Add(new PriceImportError(r, PriceHeader, PriceImportProblem.TooLarge, p.ToString(CultureInfo.InvariantCulture)));
                    }
                    else if (!BahtInput.HasAtMostTwoDecimals(p))
                    {
                        errors.Add(new PriceImportError(r, PriceHeader, PriceImportProblem.TooManyDecimals, p.ToString(CultureInfo.InvariantCulture)));
                    }
                }

                var year = Number(yearCell, r, YearHeader, errors);
                if (year is { } y && (y != decimal.Truncate(y) || y < 2500 || y > 2700))
                {
                    errors.Add(new PriceImportError(r, YearHeader, PriceImportProblem.YearOutOfRange, y.ToString(CultureInfo.InvariantCulture)));
                }

                if (errors.Count == before && typeText.Length > 0 && number.Length > 0)
                {
                    if (seen.TryGetValue((type, number), out var first))
                    {
                        errors.Add(new PriceImportError(r, DeedNumberHeader, PriceImportProblem.Duplicate, first.ToString(CultureInfo.InvariantCulture)));
                    }
                    else
                    {
                        seen[(type, number)] = r;
                    }
                }

                if (errors.Count == before)
                {
                    rows.Add(new ImportedPrice(r, type, number, Money.FromBaht(price!.Value), (int)year!.Value));
                }
            }

            if (rows.Count == 0 && errors.Count == 0)
            {
                errors.Add(new PriceImportError(2, "", PriceImportProblem.Empty));
            }

            return new PriceWorkbookReadResult(rows, errors);
        }
    }

    /// <summary>An empty workbook with the four columns and one example row.</summary>
    public byte[] Template()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("ราคาประเมิน");
        string[] headers = [DeedTypeHeader, DeedNumberHeader, PriceHeader, YearHeader];
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = headers[c];
            sheet.Cell(1, c + 1).Style.Font.Bold = true;
            sheet.Column(c + 1).Width = 26;
        }

        sheet.Cell(2, 1).Value = "โฉนด";
        sheet.Cell(2, 2).Value = "12345";
        sheet.Cell(2, 3).Value = 8500;
        sheet.Cell(2, 4).Value = 2570;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static string Text(IXLCell cell) => cell.DataType == XLDataType.Number
        ? cell.GetDouble().ToString(CultureInfo.InvariantCulture)
        : cell.GetString().Trim();

    private static decimal? Number(IXLCell cell, int row, string column, List<PriceImportError> errors)
    {
        if (cell.DataType == XLDataType.Number && !cell.HasFormula)
        {
            return (decimal)cell.GetDouble();
        }

        var text = Text(cell);
        if (text.Length == 0)
        {
            errors.Add(new PriceImportError(row, column, PriceImportProblem.Required));
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            errors.Add(new PriceImportError(row, column, PriceImportProblem.NotANumber, Clip(text)));
            return null;
        }

        return value;
    }

    private static string Clip(string text) => text.Length > 50 ? text[..50] : text;
}
