using LocalGov.Procurement.Contracts;
using LocalGov.Procurement.Services.Ocds;

namespace LocalGov.UnitTests.Procurement.Ocds;

public sealed class OcdsMapperTests
{
    [Theory]
    [InlineData(ProcurementMethod.EMarket, "open")]
    [InlineData(ProcurementMethod.EBidding, "open")]
    [InlineData(ProcurementMethod.PriceQuotation, "open")]
    [InlineData(ProcurementMethod.Selection, "selective")]
    [InlineData(ProcurementMethod.Specific, "limited")]
    public void Each_Thai_method_maps_to_its_OCDS_method_code(ProcurementMethod method, string expected) =>
        Assert.Equal(expected, OcdsMapper.MethodCode(method));

    [Fact]
    public void Every_method_has_a_Thai_name_for_the_method_details() =>
        Assert.All(Enum.GetValues<ProcurementMethod>(), m => Assert.StartsWith("วิธี", OcdsMapper.MethodDetails(m), StringComparison.Ordinal));

    [Fact]
    public void Dates_are_RFC_3339_with_the_Thailand_offset() =>
        Assert.Equal("2026-01-15T00:00:00+07:00", OcdsMapper.Date(new DateOnly(2026, 1, 15)));

    [Fact]
    public void The_ocid_is_the_prefix_the_LAO_code_and_the_case_number() =>
        Assert.Equal("ocds-localgov-3260101-PR2569-0001", OcdsMapper.Ocid("ocds-localgov", "3260101", "PR2569-0001"));
}
