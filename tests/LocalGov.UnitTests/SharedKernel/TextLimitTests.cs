using LocalGov.SharedKernel.Text;

namespace LocalGov.UnitTests.SharedKernel;

public sealed class TextLimitTests
{
    [Theory]
    [InlineData("สัญญา 15/2569", 5, "สัญญา")]
    [InlineData("PV2569-000001", 50, "PV2569-000001")]
    [InlineData("abc", 3, "abc")]
    [InlineData(null, 10, "")]
    public void Truncate_keeps_at_most_the_given_number_of_characters(string? value, int length, string expected) =>
        Assert.Equal(expected, TextLimit.Truncate(value, length));

    [Fact]
    public void A_negative_length_is_a_programming_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TextLimit.Truncate("x", -1));
}
