using LocalGov.SharedKernel.Files;

namespace LocalGov.UnitTests.SharedKernel;

public sealed class CsvRowTests
{
    [Fact]
    public void Quoted_cells_keep_their_commas_and_doubled_quotes() =>
        Assert.Equal(["2569-01-05", "ค่าน้ำ, ค่าไฟ", "say \"hi\"", ""], CsvRow.Split("2569-01-05,\"ค่าน้ำ, ค่าไฟ\",\"say \"\"hi\"\"\","));

    [Fact]
    public void A_row_without_commas_is_one_cell() => Assert.Equal(["abc"], CsvRow.Split("abc"));
}
