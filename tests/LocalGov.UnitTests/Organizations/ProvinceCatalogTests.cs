using LocalGov.Organizations.Domain;
using LocalGov.Organizations.Seeding;

namespace LocalGov.UnitTests.Organizations;

public class ProvinceCatalogTests
{
    [Fact]
    public void Has_77_provinces_with_unique_codes_and_names()
    {
        var all = ProvinceCatalog.All;

        Assert.Equal(77, all.Count);
        Assert.Equal(77, all.Select(p => p.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(77, all.Select(p => p.NameTh).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(77, all.Select(p => p.NameEn).Distinct(StringComparer.Ordinal).Count());
        Assert.All(all, p => Assert.Matches("^[1-9][0-9]$", p.Code));
    }

    [Fact]
    public void Codes_are_the_official_ones()
    {
        Assert.Equal("กรุงเทพมหานคร", ProvinceCatalog.Get("10").NameTh);
        Assert.Equal("Bangkok", ProvinceCatalog.Get(ProvinceCatalog.BangkokCode).NameEn);
        Assert.Equal("Bueng Kan", ProvinceCatalog.Get("38").NameEn);
        Assert.Equal("บึงกาฬ", ProvinceCatalog.Get(ProvinceCatalog.BuengKanCode).NameTh);
        Assert.Equal("Samut Prakan", ProvinceCatalog.Get("11").NameEn);
        Assert.Equal("Nonthaburi", ProvinceCatalog.Get("12").NameEn);
        Assert.Equal("Chon Buri", ProvinceCatalog.Get(ProvinceCatalog.ChonBuriCode).NameEn);
        Assert.Equal("นครนายก", ProvinceCatalog.Get("26").NameTh);
        Assert.Equal("Nakhon Ratchasima", ProvinceCatalog.Get("30").NameEn);
        Assert.Equal("Chiang Mai", ProvinceCatalog.Get("50").NameEn);
        Assert.Equal("Phuket", ProvinceCatalog.Get("83").NameEn);
        Assert.Equal("นราธิวาส", ProvinceCatalog.Get("96").NameTh);
    }

    [Fact]
    public void Uses_all_six_regions_with_the_official_province_counts()
    {
        var byRegion = ProvinceCatalog.All.GroupBy(p => p.Region).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(Enum.GetValues<Region>().Order(), byRegion.Keys.Order());
        Assert.Equal(9, byRegion[Region.North]);
        Assert.Equal(20, byRegion[Region.Northeast]);
        Assert.Equal(22, byRegion[Region.Central]);
        Assert.Equal(7, byRegion[Region.East]);
        Assert.Equal(5, byRegion[Region.West]);
        Assert.Equal(14, byRegion[Region.South]);
    }

    [Fact]
    public void Has_878_districts_plus_Bangkoks_50()
    {
        Assert.Equal(50, ProvinceCatalog.Get(ProvinceCatalog.BangkokCode).DistrictCount);
        Assert.Equal(50, ProvinceCatalog.BangkokDistricts.Count);
        Assert.Equal(50, ProvinceCatalog.BangkokDistricts.Select(d => d.NameTh).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(878, ProvinceCatalog.All.Where(p => p.Code != ProvinceCatalog.BangkokCode).Sum(p => p.DistrictCount));
    }

    [Fact]
    public void Creates_entities_keyed_by_the_numeric_code()
    {
        var provinces = ProvinceCatalog.CreateProvinces();

        Assert.Equal(77, provinces.Count);
        Assert.All(provinces, p => Assert.Equal(int.Parse(p.Code, System.Globalization.CultureInfo.InvariantCulture), p.Id));
        Assert.Contains(provinces, p => p.Id == 10 && p.Region == Region.Central);
    }
}
