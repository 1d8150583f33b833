using System.Text;
using ClosedXML.Excel;
using LocalGov.Finance.Services.Cash;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.UnitTests.Finance.Cash;

public sealed class StatementParserTests
{
    private static ParsedStatement Csv(string text, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        using var stream = new MemoryStream(bom ? [.. Encoding.UTF8.GetPreamble(), .. bytes] : bytes);
        return StatementParser.Parse(stream, "statement.csv");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_csv_with_or_without_BOM_and_a_header_is_read_with_quoted_thousands_and_BE_dates(bool bom)
    {
        var parsed = Csv("date,description,reference,withdrawal,deposit,balance\r\n2026-03-05,\"ฝาก, เงินสด\",PI1,,\"19,000.00\",\"19,000.00\"\r\n31/03/2569,ค่าธรรมเนียม,FEE,20,,18980\r\n", bom);

        Assert.True(parsed.IsValid);
        Assert.Equal(2, parsed.Lines.Count);
        var first = parsed.Lines[0];
        Assert.Equal((2, new DateOnly(2026, 3, 5), "ฝาก, เงินสด", "PI1"), (first.Row, first.Date, first.Description, first.Reference));
        Assert.Equal((Money.Zero, Money.FromBaht(19_000m), Money.FromBaht(19_000m)), (first.Withdrawal, first.Deposit, first.Balance));
        Assert.Equal((new DateOnly(2026, 3, 31), Money.FromBaht(20m), Money.Zero), (parsed.Lines[1].Date, parsed.Lines[1].Withdrawal, parsed.Lines[1].Deposit));
    }

    [Fact]
    public void A_negative_balance_is_allowed_but_a_negative_movement_is_not()
    {
        Assert.Equal(Money.FromBaht(-5m), Csv("2026-03-05,x,r,5,,-5").Lines.Single().Balance);
        Assert.Equal("Recon.Parse.BadAmount", Csv("2026-03-05,x,r,-5,,-5").Errors.Single().Code);
    }

    [Theory]
    [InlineData("2026-13-01,x,r,,1,1", "date", "Recon.Parse.BadDate")]
    [InlineData("2026-03-01,x,r,,1.005,1", "deposit", "Recon.Parse.BadAmount")]
    [InlineData("2026-03-01,x,r,,abc,1", "deposit", "Recon.Parse.BadAmount")]
    [InlineData("2026-03-01,x,r,1,1,1", "withdrawal", "Recon.Parse.OneSide")]
    [InlineData("2026-03-01,x,r,,,1", "withdrawal", "Recon.Parse.OneSide")]
    [InlineData("2026-03-01,x,r,,1,", "balance", "Recon.Parse.BalanceRequired")]
    [InlineData("2026-03-01,x,r,,1", "", "Recon.Parse.WrongColumns")]
    public void A_bad_row_is_reported_by_row_and_column_and_no_line_is_kept(string badRow, string column, string code)
    {
        var parsed = Csv($"date,description,reference,withdrawal,deposit,balance\n2026-03-01,ok,r,,10,10\n{badRow}\n");

        Assert.False(parsed.IsValid);
        Assert.Empty(parsed.Lines);
        var error = Assert.Single(parsed.Errors);
        Assert.Equal((3, column, code), (error.Row, error.Column, error.Code));
    }

    [Fact]
    public void An_empty_file_is_an_error()
    {
        Assert.Equal("Recon.Parse.Empty", Csv("date,description,reference,withdrawal,deposit,balance\n").Errors.Single().Code);
    }

    [Fact]
    public void An_xlsx_statement_is_read_from_date_and_number_cells()
    {
        using var book = new XLWorkbook();
        var sheet = book.Worksheets.Add("Statement");
        string[] header = ["date", "description", "reference", "withdrawal", "deposit", "balance"];
        for (var c = 0; c < header.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(header[c]);
        }

        sheet.Cell(2, 1).SetValue(new DateTime(2026, 3, 10));
        sheet.Cell(2, 2).SetValue("รับโอน");
        sheet.Cell(2, 3).SetValue("GR1");
        sheet.Cell(2, 5).SetValue(250_000.25);
        sheet.Cell(2, 6).SetValue(250_000.25);
        sheet.Cell(3, 1).SetValue("2026-03-31");
        sheet.Cell(3, 2).SetValue("ค่าธรรมเนียม");
        sheet.Cell(3, 3).SetValue("FEE");
        sheet.Cell(3, 4).SetValue(20);
        sheet.Cell(3, 6).SetValue(249_980.25);
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        stream.Position = 0;

        var parsed = StatementParser.Parse(stream, "march.xlsx");

        Assert.True(parsed.IsValid, string.Join(";", parsed.Errors));
        Assert.Equal((new DateOnly(2026, 3, 10), Money.FromBaht(250_000.25m), "GR1"), (parsed.Lines[0].Date, parsed.Lines[0].Deposit, parsed.Lines[0].Reference));
        Assert.Equal((new DateOnly(2026, 3, 31), Money.FromBaht(20m), Money.FromBaht(249_980.25m)), (parsed.Lines[1].Date, parsed.Lines[1].Withdrawal, parsed.Lines[1].Balance));
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_refused()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("not a zip"));
        Assert.Equal("Recon.Parse.NotWorkbook", StatementParser.Parse(stream, "x.xlsx").Errors.Single().Code);
    }
}
