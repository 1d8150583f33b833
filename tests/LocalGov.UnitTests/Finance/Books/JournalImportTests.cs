using ClosedXML.Excel;
using LocalGov.Finance.Areas.Finance.Features.Journal;
using LocalGov.Finance.Domain;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.UnitTests.Finance.Books;

public sealed class JournalImportTests
{
    private static MemoryStream Book(Action<IXLWorksheet> fill)
    {
        using var book = new XLWorkbook();
        var sheet = book.Worksheets.Add("journal");
        for (var c = 0; c < JournalImport.Headers.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = JournalImport.Headers[c];
        }

        fill(sheet);
        var stream = new MemoryStream();
        book.SaveAs(stream);
        stream.Position = 0;
        return stream;
    }

    private static void Row(IXLWorksheet sheet, int row, string entryRef, object date, string account, object? debit, object? credit, string description = "")
    {
        sheet.Cell(row, 1).Value = entryRef;
        if (date is DateTime dt)
        {
            sheet.Cell(row, 2).Value = dt;
        }
        else
        {
            sheet.Cell(row, 2).SetValue(date.ToString());
        }

        sheet.Cell(row, 3).SetValue(account);
        if (debit is string ds)
        {
            sheet.Cell(row, 4).SetValue(ds);
        }
        else if (debit is not null)
        {
            sheet.Cell(row, 4).Value = debit;
        }

        if (credit is not null)
        {
            sheet.Cell(row, 5).Value = credit;
        }

        sheet.Cell(row, 6).Value = description;
    }

    [Fact]
    public void Reads_excel_dates_and_buddhist_era_text_dates_and_amounts()
    {
        using var stream = Book(s =>
        {
            Row(s, 2, "E1", new DateTime(2026, 3, 5), "1101010101", 1234.5, null, "รับเงิน");
            Row(s, 3, "E1", "05/03/2569", "4102010101", null, 1234.5);
            Row(s, 4, "E2", "5/3/2569", "1101010101", "1,000.25", null);
        });

        var result = JournalImport.Read(stream);

        Assert.Empty(result.Errors);
        Assert.Equal(3, result.Rows.Count);
        Assert.All(result.Rows, r => Assert.Equal(new DateOnly(2026, 3, 5), r.Date));
        Assert.Equal(Money.FromBaht(1234.50m), result.Rows[0].Debit);
        Assert.Equal(Money.FromBaht(1000.25m), result.Rows[2].Debit);
        Assert.Equal("รับเงิน", result.Rows[0].Description);
    }

    [Fact]
    public void Reports_bad_dates_three_decimals_and_missing_fields_by_row_and_column()
    {
        using var stream = Book(s =>
        {
            Row(s, 2, "E1", "31/02/2569", "1101010101", 1.005, null);
            Row(s, 3, "", "2026-03-05", "", null, -5);
            Row(s, 5, "E3", "01/03/2026", "1101010101", 1, null);
        });

        var result = JournalImport.Read(stream);

        Assert.Empty(result.Rows);
        Assert.Contains(new ImportError(2, "B", "Books.Import.BadDate"), result.Errors);
        Assert.Contains(new ImportError(2, "D", "Books.AmountDecimals"), result.Errors);
        Assert.Contains(new ImportError(3, "A", "Books.Import.RefRequired"), result.Errors);
        Assert.Contains(new ImportError(3, "B", "Books.Import.BadDate"), result.Errors);
        Assert.Contains(new ImportError(3, "C", "Books.Import.AccountRequired"), result.Errors);
        Assert.Contains(new ImportError(3, "E", "Books.AmountNegative"), result.Errors);
        Assert.Contains(new ImportError(5, "B", "Books.Import.BadDate"), result.Errors);
        Assert.Contains("E1", result.RefsWithErrors);
    }

    [Fact]
    public void Not_a_workbook_is_one_file_error()
    {
        using var stream = new MemoryStream("not a workbook"u8.ToArray());

        var result = JournalImport.Read(stream);

        Assert.Equal([new ImportError(0, "", "Books.Import.NotXlsx")], result.Errors);
    }

    [Fact]
    public void Groups_rows_by_ref_into_imported_drafts_and_reports_unknown_accounts_and_unbalanced_entries()
    {
        var d = new DateOnly(2026, 3, 5);
        ImportRow[] rows =
        [
            new(2, "E1", d, "1101010101", Money.FromBaht(100m), Money.Zero, "รับ"),
            new(3, "e1", d, "4102010101", Money.Zero, Money.FromBaht(100m), null),
            new(4, "E2", d, "1101010101", Money.FromBaht(10m), Money.Zero, null),
            new(5, "E2", d, "0000000000", Money.Zero, Money.FromBaht(9m), null),
            new(6, "E3", d, "1101010101", Money.FromBaht(5m), Money.FromBaht(5m), null),
            new(7, "E3", d.AddDays(1), "4102010101", Money.Zero, Money.FromBaht(5m), null),
        ];
        int? Find(string code, DateOnly date) => code switch { "1101010101" => 1, "4102010101" => 40, _ => null };

        var (entries, errors) = JournalImport.Group(9, rows, Find);

        var e1 = Assert.Single(entries);
        Assert.Equal(JournalEntryKind.Imported, e1.Draft.Kind);
        Assert.Equal(9, e1.Draft.LaoId);
        Assert.Equal([2, 3], e1.Rows);
        Assert.Equal("E1: รับ", e1.Draft.Description);
        Assert.Equal([1, 40], e1.Draft.Lines.Select(l => l.AccountId));
        Assert.Contains(new ImportError(5, "C", "Ledger.UnknownAccount"), errors);
        Assert.Contains(new ImportError(4, "A", "Ledger.Unbalanced"), errors);
        Assert.Contains(new ImportError(6, "D", "Ledger.DebitOrCredit"), errors);
        Assert.Contains(new ImportError(7, "B", "Books.Import.DateDiffers"), errors);
    }

    [Fact]
    public void Ledger_errors_point_at_the_row_and_column_of_the_line()
    {
        var entry = new ImportEntry("E1", [10, 11, 12], new JournalDraft(1, new DateOnly(2026, 3, 5), "x", JournalEntryKind.Imported, []));

        Assert.Equal((11, "C"), JournalImport.Locate(entry, new LedgerError("Lines[1].AccountId", "Ledger.AccountNotPostable")));
        Assert.Equal((12, "D"), JournalImport.Locate(entry, new LedgerError("Lines[2].Debit", "Ledger.DebitOrCredit")));
        Assert.Equal((10, "B"), JournalImport.Locate(entry, new LedgerError("EntryDate", "Ledger.PeriodClosed")));
        Assert.Equal((10, "A"), JournalImport.Locate(entry, new LedgerError("", "Ledger.AlreadyPosted")));
    }

    [Theory]
    [InlineData("1,234.56", 123_456L, null)]
    [InlineData("  ", 0L, null)]
    [InlineData("0.1", 10L, null)]
    [InlineData("1.005", 0L, "Books.AmountDecimals")]
    [InlineData("-1", 0L, "Books.AmountNegative")]
    [InlineData("abc", 0L, "Books.AmountInvalid")]
    [InlineData("200000000000", 0L, "Books.AmountTooLarge")]
    public void Typed_amounts_have_at_most_two_decimals_and_are_never_rounded(string text, long satang, string? error)
    {
        var (amount, problem) = EntryAmount.Parse(text);

        Assert.Equal(error, problem);
        Assert.Equal(satang, amount.Satang);
    }
}
