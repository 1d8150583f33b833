using LocalGov.Organizations.Contracts;
using LocalGov.Organizations.Seeding;

namespace LocalGov.UnitTests.Organizations;

public class DemoOrganizationsTests
{
    [Fact]
    public void Demo_province_is_Nakhon_Nayok_with_its_four_real_districts()
    {
        Assert.Equal("26", DemoData.DemoProvinceCode);
        Assert.Equal(DemoData.DemoProvinceCode, DemoOrganizations.DemoProvinceCode);

        var districts = DemoOrganizations.CreateDistricts();

        Assert.Equal(["2601", "2602", "2603", "2604"], districts.Select(d => d.Code));
        Assert.Equal(["เมืองนครนายก", "ปากพลี", "บ้านนา", "องครักษ์"], districts.Select(d => d.NameTh));
        Assert.All(districts, d => Assert.Equal(26, d.ProvinceId));
        Assert.All(districts, d => Assert.Equal(d.Code, d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Every_demo_lao_lies_in_a_district_of_the_demo_province()
    {
        var districtIds = DemoOrganizations.CreateDistricts().Select(d => d.Id).ToHashSet();
        var laos = DemoOrganizations.CreateLaos();

        Assert.InRange(laos.Count, 40, 45);
        Assert.All(laos, l => Assert.Equal(26, l.ProvinceId));
        Assert.All(laos.Where(l => l.Type != LaoType.ProvincialAdministrativeOrganisation), l => Assert.Contains(l.DistrictId!.Value, districtIds));
    }

    [Fact]
    public void Demo_codes_are_unique_and_follow_the_layout()
    {
        var laos = DemoOrganizations.CreateLaos();

        Assert.Equal(laos.Count, laos.Select(l => l.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(laos.Count, laos.Select(l => l.NameTh).Distinct(StringComparer.Ordinal).Count());
        Assert.All(laos, l => Assert.Matches("^[1-7]26[0-9]{4}$", l.Code));
        Assert.All(laos, l => Assert.Equal(LaoCode.TypeDigit(l.Type), l.Code[0] - '0'));
        Assert.All(laos.Where(l => l.DistrictId is not null), l => Assert.Equal(l.DistrictId!.Value % 100, int.Parse(l.Code[3..5], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Demo_lao_code_is_the_town_municipality_of_Nakhon_Nayok()
    {
        var laos = DemoOrganizations.CreateLaos();

        var town = Assert.Single(laos, l => l.Code == DemoData.DemoLaoCode);
        Assert.Equal("3260101", DemoData.DemoLaoCode);
        Assert.Equal("เทศบาลเมืองนครนายก", town.NameTh);
        Assert.Equal("Nakhon Nayok Town Municipality", town.NameEn);
        Assert.Equal(LaoType.TownMunicipality, town.Type);
        Assert.Equal(2601, town.DistrictId);
        Assert.Equal(18, town.CouncilSize);
    }

    [Fact]
    public void Demo_has_one_PAO_sized_by_the_provinces_population()
    {
        var laos = DemoOrganizations.CreateLaos();

        var pao = Assert.Single(laos, l => l.Type == LaoType.ProvincialAdministrativeOrganisation);
        Assert.Equal("1260001", pao.Code);
        Assert.Equal("องค์การบริหารส่วนจังหวัดนครนายก", pao.NameTh);
        Assert.Null(pao.DistrictId);
        Assert.Equal(24, pao.CouncilSize);
        Assert.Equal(laos.Where(l => l != pao).Sum(l => l.Population), pao.Population);
        Assert.InRange(pao.Population, 200_000, 300_000);
    }

    [Fact]
    public void Demo_council_sizes_and_figures_are_plausible_for_the_type()
    {
        var laos = DemoOrganizations.CreateLaos();

        Assert.All(laos.Where(l => l.Type == LaoType.SubdistrictMunicipality), l => Assert.Equal(12, l.CouncilSize));
        Assert.All(laos.Where(l => l.Type == LaoType.SubdistrictAdministrativeOrganisation), l =>
        {
            Assert.InRange(l.CouncilSize, 6, 24);
            Assert.Equal(0, l.CouncilSize % 2);
            Assert.EndsWith(" Subdistrict Administrative Organisation", l.NameEn, StringComparison.Ordinal);
            Assert.StartsWith("องค์การบริหารส่วนตำบล", l.NameTh, StringComparison.Ordinal);
        });
        Assert.All(laos, l => Assert.True(l.Population > 0 && l.AreaSquareKm > 0));
        Assert.All(laos, l => Assert.Equal(decimal.Round(l.AreaSquareKm, 2), l.AreaSquareKm));
    }
}
