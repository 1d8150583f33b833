using LocalGov.SharedKernel.Identity;

namespace LocalGov.UnitTests.SharedKernel;

public class ThaiTaxIdTests
{
    // Made-up ids whose check digit was computed independently of ThaiTaxId (d13 = (11 − Σ d_i·(14−i) mod 11) mod 10).
    public static TheoryData<string> ValidIds => new()
    {
        "1101700230708",
        "3100500123458",
        "5100100043216",
        "0105553012341", // juristic person: leading 0
        "1999900024681",
    };

    // Ids whose check digit is not 1: for those, every single-digit change that the checksum can see is caught
    // (a check digit of 1 stands for two remainders, 0 and 10, so some changes there collide).
    public static TheoryData<string> IdsWithoutAmbiguousCheckDigit => new()
    {
        "1101700230708",
        "3100500123458",
        "5100100043216",
    };

    [Theory]
    [MemberData(nameof(ValidIds))]
    public void Valid_ids_pass(string id)
    {
        Assert.True(ThaiTaxId.IsValid(id));
    }

    [Theory]
    [InlineData("1-1017-00230-70-8")]
    [InlineData("1 1017 00230 70 8")]
    [InlineData(" 1101700230708 ")]
    [InlineData("0-1055-53012-34-1")]
    public void Spaces_and_dashes_are_ignored(string id)
    {
        Assert.True(ThaiTaxId.IsValid(id));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("110170023070")]
    [InlineData("11017002307080")]
    [InlineData("1101700230709")]
    [InlineData("1101700230700")]
    [InlineData("110170023070x")]
    [InlineData("1101700230708x")]
    [InlineData("๑๑๐๑๗๐๐๒๓๐๗๐๘")]
    [InlineData("1.101700230708")]
    public void Invalid_ids_fail(string? id)
    {
        Assert.False(ThaiTaxId.IsValid(id));
    }

    [Theory]
    [MemberData(nameof(IdsWithoutAmbiguousCheckDigit))]
    public void Changing_any_single_digit_except_the_third_makes_the_id_invalid(string id)
    {
        for (var position = 0; position < 13; position++)
        {
            if (position == 2)
            {
                continue; // see Third_digit_is_not_protected_by_the_checksum
            }

            for (var digit = '0'; digit <= '9'; digit++)
            {
                if (digit == id[position])
                {
                    continue;
                }

                var changed = string.Concat(id.AsSpan(0, position), digit.ToString(), id.AsSpan(position + 1));
                Assert.False(ThaiTaxId.IsValid(changed), $"{changed} (position {position + 1} changed) should be invalid");
            }
        }
    }

    [Fact]
    public void Third_digit_is_not_protected_by_the_checksum()
    {
        // Its weight is 11 ≡ 0 (mod 11): a property of the official algorithm, so such ids must stay valid.
        Assert.True(ThaiTaxId.IsValid("1191700230708"));
        Assert.True(ThaiTaxId.IsValid("1151700230708"));
    }

    [Fact]
    public void Swapping_two_adjacent_digits_is_usually_detected()
    {
        Assert.False(ThaiTaxId.IsValid("1011700230708"));
        Assert.False(ThaiTaxId.IsValid("1101700203708"));
    }

    [Theory]
    [InlineData("110170023070", 8)]
    [InlineData("010555301234", 1)]
    [InlineData("000000000000", 1)]
    [InlineData("100000000000", 9)]
    public void Check_digit_follows_the_mod_11_formula(string first12, int expected)
    {
        Assert.Equal(expected, ThaiTaxId.CheckDigit(first12));
    }

    [Theory]
    [InlineData("1-1017-00230-70-8", "1101700230708")]
    [InlineData(" 1101700230709 ", "1101700230709")]
    [InlineData("0 1055 53012 34 1", "0105553012341")]
    public void Normalize_keeps_the_13_digits_without_checking_the_check_digit(string value, string expected)
    {
        Assert.Equal(expected, ThaiTaxId.Normalize(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("123")]
    [InlineData("11017002307081")]
    [InlineData("1101700230708a")]
    [InlineData("1/101700230708")]
    public void Normalize_returns_null_when_not_13_digits(string? value)
    {
        Assert.Null(ThaiTaxId.Normalize(value));
    }

    [Theory]
    [InlineData("1101700230708", "1-1017-00230-70-8")]
    [InlineData("0105553012341", "0-1055-53012-34-1")]
    [InlineData("3 1005 00123 45 8", "3-1005-00123-45-8")]
    public void Format_groups_digits_1_4_5_2_1(string id, string expected)
    {
        Assert.Equal(expected, ThaiTaxId.Format(id));
    }

    [Theory]
    [InlineData("1101700230709")]
    [InlineData("123")]
    public void Format_rejects_an_invalid_id(string id)
    {
        Assert.Throws<ArgumentException>(() => ThaiTaxId.Format(id));
    }

    [Fact]
    public void Try_parse_returns_the_normalized_digits_of_a_valid_id()
    {
        Assert.True(ThaiTaxId.TryParse("1-1017-00230-70-8", out var normalized));
        Assert.Equal("1101700230708", normalized);
    }

    [Fact]
    public void Try_parse_fails_with_an_empty_result_for_a_wrong_check_digit()
    {
        Assert.False(ThaiTaxId.TryParse("1-1017-00230-70-9", out var normalized));
        Assert.Equal(string.Empty, normalized);
    }
}
