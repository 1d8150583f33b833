using LocalGov.Organizations.Contracts;
using LocalGov.Organizations.Seeding;
using LocalGov.SharedKernel.Seeding;

namespace LocalGov.UnitTests.Organizations;

public class NationalDatasetGeneratorTests
{
    private static readonly NationalDataset Full = NationalDatasetGenerator.Generate(new NationalSeedOptions());

    [Fact]
    public void Same_seed_gives_identical_output()
    {
        var again = NationalDatasetGenerator.Generate(new NationalSeedOptions());

        Assert.Equal(Full.Laos.Select(Fingerprint), again.Laos.Select(Fingerprint));
        Assert.Equal(Full.Districts.Select(d => (d.Code, d.NameTh, d.NameEn)), again.Districts.Select(d => (d.Code, d.NameTh, d.NameEn)));
    }

    [Fact]
    public void Different_seed_gives_different_output()
    {
        var other = NationalDatasetGenerator.Generate(new NationalSeedOptions(RandomSeed: 42));

        Assert.Equal(Full.Laos.Count, other.Laos.Count);
        Assert.NotEqual(Full.Laos.Select(Fingerprint), other.Laos.Select(Fingerprint));
    }

    [Theory]
    [InlineData(7_850)]
    [InlineData(200)]
    [InlineData(300)]
    [InlineData(78)]
    [InlineData(20_000)]
    public void Generates_exactly_the_requested_count_with_the_fixed_organisations(int laoCount)
    {
        var data = NationalDatasetGenerator.Generate(new NationalSeedOptions(LaoCount: laoCount));

        Assert.Equal(laoCount, data.Laos.Count);
        Assert.Equal(76, data.Laos.Count(l => l.Type == LaoType.ProvincialAdministrativeOrganisation));
        Assert.Equal(1, data.Laos.Count(l => l.Type == LaoType.Bangkok));
        var pattaya = Assert.Single(data.Laos, l => l.Type == LaoType.Pattaya);
        Assert.Equal(20, pattaya.ProvinceId);
        Assert.Equal(2004, pattaya.DistrictId);
        Assert.Equal(77, data.Provinces.Count);
        Assert.Equal(928, data.Districts.Count);
        var expected = NationalDatasetGenerator.CountsFor(laoCount);
        Assert.All(Enum.GetValues<LaoType>(), t => Assert.Equal(expected.Of(t), data.Laos.Count(l => l.Type == t)));
    }

    [Fact]
    public void Small_datasets_still_have_every_type()
    {
        var data = NationalDatasetGenerator.Generate(new NationalSeedOptions(LaoCount: 200));

        Assert.All(Enum.GetValues<LaoType>(), t => Assert.Contains(data.Laos, l => l.Type == t));
    }

    [Fact]
    public void Type_shares_at_full_scale_are_within_two_percent_of_the_real_mix()
    {
        var real = NationalDatasetGenerator.RealMix;
        Assert.Equal(7_850, real.Total);
        foreach (var type in Enum.GetValues<LaoType>())
        {
            var actual = Full.Laos.Count(l => l.Type == type);
            var expected = real.Of(type);
            Assert.True(Math.Abs(actual - expected) <= 0.02 * expected, $"{type}: {actual} vs the real {expected}");
        }

        Assert.InRange(Full.Laos.Count(l => l.Type == LaoType.CityMunicipality), 29, 31);
        Assert.InRange(Full.Laos.Count(l => l.Type == LaoType.TownMunicipality), 191, 199);
        Assert.InRange(Full.Laos.Count(l => l.Type == LaoType.SubdistrictMunicipality), 2_202, 2_292);
        Assert.InRange(Full.Laos.Count(l => l.Type == LaoType.SubdistrictAdministrativeOrganisation), 5_194, 5_406);
    }

    [Theory]
    [InlineData(7_850)]
    [InlineData(200)]
    public void Every_lao_lies_in_a_district_of_its_own_province(int laoCount)
    {
        var data = NationalDatasetGenerator.Generate(new NationalSeedOptions(LaoCount: laoCount));
        var provinceOfDistrict = data.Districts.ToDictionary(d => d.Id, d => d.ProvinceId);
        var provinceIds = data.Provinces.Select(p => p.Id).ToHashSet();

        Assert.All(data.Laos, l =>
        {
            Assert.Contains(l.ProvinceId, provinceIds);
            if (l.Type is LaoType.ProvincialAdministrativeOrganisation or LaoType.Bangkok)
            {
                Assert.Null(l.DistrictId);
            }
            else
            {
                Assert.NotNull(l.DistrictId);
                Assert.Equal(l.ProvinceId, provinceOfDistrict[l.DistrictId.Value]);
            }
        });
        Assert.DoesNotContain(data.Laos, l => l.ProvinceId == 10 && l.Type != LaoType.Bangkok);
    }

    [Theory]
    [InlineData(7_850)]
    [InlineData(200)]
    public void Codes_are_unique_and_follow_the_layout(int laoCount)
    {
        var data = NationalDatasetGenerator.Generate(new NationalSeedOptions(LaoCount: laoCount));

        Assert.Equal(data.Laos.Count, data.Laos.Select(l => l.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(data.Laos, l =>
        {
            Assert.Equal(LaoCode.Length, l.Code.Length);
            Assert.True(l.Code.All(char.IsAsciiDigit), l.Code);
            Assert.Equal(LaoCode.TypeDigit(l.Type), l.Code[0] - '0');
            Assert.Equal(l.ProvinceId, int.Parse(l.Code[1..3], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal((l.DistrictId ?? 0) % 100, int.Parse(l.Code[3..5], System.Globalization.CultureInfo.InvariantCulture));
        });
        Assert.Equal(data.Districts.Count, data.Districts.Select(d => d.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(data.Laos.Count, data.Laos.Select(l => l.ConcurrencyStamp).Distinct().Count());
    }

    [Fact]
    public void Names_are_unique_within_a_district_and_carry_the_type()
    {
        Assert.All(Full.Laos.Where(l => l.DistrictId is not null).GroupBy(l => l.DistrictId), g =>
            Assert.Equal(g.Count(), g.Select(l => l.NameTh).Distinct(StringComparer.Ordinal).Count()));
        Assert.All(Full.Laos.Where(l => l.Type == LaoType.SubdistrictAdministrativeOrganisation), l =>
        {
            Assert.StartsWith("องค์การบริหารส่วนตำบล", l.NameTh, StringComparison.Ordinal);
            Assert.EndsWith(" Subdistrict Administrative Organisation", l.NameEn, StringComparison.Ordinal);
        });
        Assert.All(Full.Laos.Where(l => l.Type == LaoType.SubdistrictMunicipality), l => Assert.StartsWith("เทศบาลตำบล", l.NameTh, StringComparison.Ordinal));
        Assert.Contains(Full.Laos, l => l.NameTh == "เทศบาลนครเชียงใหม่" && l.NameEn == "Chiang Mai City Municipality");
        Assert.Contains(Full.Laos, l => l.NameTh == "เทศบาลนครหาดใหญ่" && l.DistrictId == 9011);
        Assert.Contains(Full.Laos, l => l.NameTh == "เทศบาลเมืองนครนายก" && l.DistrictId == 2601);
        Assert.Contains(Full.Laos, l => l.NameTh == "องค์การบริหารส่วนจังหวัดนครนายก" && l.Code == "1260001");
        Assert.Contains(Full.Laos, l => l.Type == LaoType.Bangkok && l.Code == "6100001");
        Assert.Contains(Full.Districts, d => d.Id == 1050 && d.NameTh == "บางบอน");
        Assert.Contains(Full.Districts, d => d.Id == 2601 && d.NameTh == "เมืองนครนายก");
    }

    [Fact]
    public void Populations_areas_and_councils_are_plausible_for_the_type()
    {
        foreach (var l in Full.Laos)
        {
            var (min, max) = l.Type switch
            {
                LaoType.SubdistrictAdministrativeOrganisation => (2_000, 15_000),
                LaoType.SubdistrictMunicipality => (3_000, 20_000),
                LaoType.TownMunicipality => (10_000, 60_000),
                LaoType.CityMunicipality => (50_000, 300_000),
                LaoType.Pattaya => (100_000, 150_000),
                LaoType.Bangkok => (5_000_000, 6_000_000),
                _ => (150_000, 3_000_000),
            };
            Assert.InRange(l.Population, min, max);
            Assert.True(l.AreaSquareKm > 0, l.Code);
            Assert.Equal(decimal.Round(l.AreaSquareKm, 2), l.AreaSquareKm);
            Assert.InRange(l.CouncilSize, 6, 50);
        }

        Assert.All(Full.Laos.Where(l => l.Type == LaoType.SubdistrictAdministrativeOrganisation), l => Assert.InRange(l.CouncilSize, 6, 24));
        Assert.All(Full.Laos.Where(l => l.Type == LaoType.ProvincialAdministrativeOrganisation), l =>
            Assert.Equal(LaoNaming.PaoCouncilSize(l.Population), l.CouncilSize));
        var total = Full.Laos.Where(l => l.Type != LaoType.ProvincialAdministrativeOrganisation).Sum(l => (long)l.Population);
        Assert.InRange(total, 40_000_000L, 80_000_000L);
    }

    [Theory]
    [InlineData(77)]
    [InlineData(NationalDatasetGenerator.MaximumLaoCount + 1)]
    public void Rejects_counts_outside_the_supported_range(int laoCount) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NationalDatasetGenerator.Generate(new NationalSeedOptions(LaoCount: laoCount)));

    private static (string Code, string NameTh, string NameEn, int Population, decimal Area, int Council, Guid Stamp) Fingerprint(LocalGov.Organizations.Domain.Lao l) =>
        (l.Code, l.NameTh, l.NameEn, l.Population, l.AreaSquareKm, l.CouncilSize, l.ConcurrencyStamp);
}
