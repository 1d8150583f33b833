using System.Text;
using LocalGov.OpenData.Services.Datasets;
using LocalGov.SharedKernel.Files;

namespace LocalGov.UnitTests.OpenData.Downloads;

public sealed class DatasetFormatsTests
{
    private static readonly DatasetColumn Amount = new("amount", "", "", ColumnType.Amount, "", "", "");
    private static readonly DatasetColumn Number = new("value", "", "", ColumnType.Number, "", "", "");
    private static readonly DatasetColumn Text = new("text", "", "", ColumnType.String, "", "", "");

    [Fact]
    public void Csv_cells_with_commas_quotes_or_line_breaks_are_quoted_and_quotes_doubled()
    {
        var line = new StringBuilder();
        CsvRow.Append(line, ["plain", "a,b", "say \"hi\"", "two\nlines", ""]);
        Assert.Equal("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n", line.ToString());
    }

    [Fact]
    public void Amounts_have_a_dot_and_two_decimals_in_every_culture()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("1234567.50", DatasetFormats.Text(Amount, 1234567.5m));
            Assert.Equal("0.00", DatasetFormats.Text(Amount, 0m));
            Assert.Equal("-12.30", DatasetFormats.Text(Amount, -12.3m));
            Assert.Equal("12.345", DatasetFormats.Text(Number, 12.345m));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Dates_are_iso_8601_booleans_lowercase_and_missing_values_empty()
    {
        Assert.Equal("2025-09-15", DatasetFormats.Text(Text, new DateOnly(2025, 9, 15)));
        Assert.Equal("2026-12-05T06:30:00Z", DatasetFormats.Text(Text, new DateTimeOffset(2026, 12, 5, 13, 30, 0, TimeSpan.FromHours(7))));
        Assert.Equal("true", DatasetFormats.Text(Text, true));
        Assert.Equal("", DatasetFormats.Text(Text, null));
    }

    [Fact]
    public void Every_dataset_has_unique_snake_case_column_names_with_labels_in_both_languages()
    {
        Assert.Equal(6, DatasetRegistry.All.Count);
        foreach (var dataset in DatasetRegistry.All)
        {
            Assert.Equal(dataset.Columns.Count, dataset.Columns.Select(c => c.Name).Distinct().Count());
            Assert.All(dataset.Columns, c =>
            {
                Assert.Matches("^[a-z][a-z0-9_]*$", c.Name);
                Assert.False(string.IsNullOrWhiteSpace(c.LabelTh));
                Assert.False(string.IsNullOrWhiteSpace(c.LabelEn));
                Assert.False(string.IsNullOrWhiteSpace(c.DescriptionEn));
            });
        }
    }
}
