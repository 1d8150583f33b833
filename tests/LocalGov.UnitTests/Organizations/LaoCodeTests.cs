using LocalGov.Organizations.Contracts;
using LocalGov.Organizations.Seeding;

namespace LocalGov.UnitTests.Organizations;

public class LaoCodeTests
{
    [Theory]
    [InlineData(LaoType.ProvincialAdministrativeOrganisation, "26", 0, 1, "1260001")]
    [InlineData(LaoType.TownMunicipality, "26", 1, 1, "3260101")]
    [InlineData(LaoType.SubdistrictAdministrativeOrganisation, "96", 13, 42, "5961342")]
    [InlineData(LaoType.Bangkok, "10", 0, 1, "6100001")]
    [InlineData(LaoType.Pattaya, "20", 4, 1, "7200401")]
    public void Formats_type_province_district_and_sequence(LaoType type, string province, int district, int seq, string expected) =>
        Assert.Equal(expected, LaoCode.Create(type, province, district, seq));

    [Theory]
    [InlineData("2", 1, 1)]
    [InlineData("26", 100, 1)]
    [InlineData("26", 1, 0)]
    [InlineData("26", 1, 100)]
    public void Rejects_what_does_not_fit_seven_digits(string province, int district, int seq) =>
        Assert.ThrowsAny<ArgumentException>(() => LaoCode.Create(LaoType.SubdistrictMunicipality, province, district, seq));

    [Theory]
    [InlineData(255_000, 24)]
    [InlineData(500_000, 24)]
    [InlineData(500_001, 30)]
    [InlineData(1_200_000, 36)]
    [InlineData(1_800_000, 42)]
    [InlineData(2_600_000, 48)]
    public void PAO_council_grows_with_the_population(int population, int expected) =>
        Assert.Equal(expected, LaoNaming.PaoCouncilSize(population));
}
