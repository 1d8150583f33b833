using LocalGov.Procurement.Domain;
using LocalGov.Procurement.Seeding;
using LocalGov.Procurement.Services;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Identity;
using LocalGov.SharedKernel.Time;

namespace LocalGov.UnitTests.Procurement.Register;

/// <summary>Straight-line depreciation by month, the asset cost split and the vendor kind from the tax id.</summary>
public sealed class DepreciationTests
{
    private static readonly Money Cost = Money.FromBaht(10_000m);
    private static readonly Money Salvage = Money.FromBaht(1m);

    [Fact]
    public void A_mid_year_acquisition_counts_its_month_as_a_whole_month()
    {
        // 9,999 baht over 60 months = 166.65 a month; bought 20 March 2026, as of 30 September 2026 = 7 months.
        var state = Depreciation.For(Cost, Salvage, 5, new DateOnly(2026, 3, 20), new DateOnly(2026, 9, 30));

        Assert.Equal(7, state.Months);
        Assert.Equal(Money.FromBaht(1_166.55m), state.Accumulated);
        Assert.Equal(Money.FromBaht(8_833.45m), state.BookValue);
        Assert.Equal(state.Accumulated, Depreciation.ForFiscalYear(Cost, Salvage, 5, new DateOnly(2026, 3, 20), new FiscalYear(2569)));
    }

    [Fact]
    public void Nothing_is_depreciated_before_the_acquisition_date()
    {
        var state = Depreciation.For(Cost, Salvage, 5, new DateOnly(2026, 3, 20), new DateOnly(2026, 3, 19));
        Assert.Equal(Money.Zero, state.Accumulated);
        Assert.Equal(Cost, state.BookValue);
    }

    [Fact]
    public void Over_the_full_life_the_book_value_reaches_the_salvage_value_exactly_and_stays_there()
    {
        // 1,000.00 over 3 years does not divide evenly into months (999 / 36 = 27.75 exactly, so use 1,000.01).
        var cost = Money.FromBaht(1_000.01m);
        var acquired = new DateOnly(2020, 11, 5);
        var years = Enumerable.Range(2564, 5).Select(y => Depreciation.ForFiscalYear(cost, Salvage, 3, acquired, new FiscalYear(y))).ToList();

        Assert.Equal(cost - Salvage, Money.Sum(years));
        Assert.Equal(Salvage, Depreciation.For(cost, Salvage, 3, acquired, new DateOnly(2023, 10, 31)).BookValue);
        Assert.Equal(Salvage, Depreciation.For(cost, Salvage, 3, acquired, new DateOnly(2030, 1, 1)).BookValue);
        Assert.True(Depreciation.For(cost, Salvage, 3, acquired, new DateOnly(2023, 9, 30)).BookValue > Salvage);
    }

    [Fact]
    public void A_disposed_asset_stops_depreciating_after_the_month_of_disposal()
    {
        var acquired = new DateOnly(2024, 10, 1);
        var disposed = new DateOnly(2025, 12, 10);

        var atDisposal = Depreciation.For(Cost, Salvage, 5, acquired, disposed, disposed);
        var later = Depreciation.For(Cost, Salvage, 5, acquired, new DateOnly(2027, 5, 1), disposed);

        Assert.Equal(15, atDisposal.Months);
        Assert.Equal(atDisposal, later);
        Assert.Equal(Money.Zero, Depreciation.ForFiscalYear(Cost, Salvage, 5, acquired, new FiscalYear(2570), disposed));
        Assert.Equal(Money.FromBaht(499.95m), Depreciation.ForFiscalYear(Cost, Salvage, 5, acquired, new FiscalYear(2569), disposed));
    }

    [Fact]
    public void Costs_split_by_unit_add_up_to_the_line_with_the_remainder_on_the_last_unit()
    {
        var shares = AssetRegister.Split(Money.FromBaht(100m), 3);
        Assert.Equal([Money.FromBaht(33.33m), Money.FromBaht(33.33m), Money.FromBaht(33.34m)], shares);
        Assert.Equal(Money.FromBaht(0.5m), AssetRegister.SalvageFor(Money.FromBaht(0.5m)));
        Assert.Equal(Money.FromBaht(1m), AssetRegister.SalvageFor(Money.FromBaht(33.33m)));
    }

    [Theory]
    [InlineData("010553601234", true)]
    [InlineData("310070012345", false)]
    public void The_first_digit_of_the_tax_id_says_company_or_person(string first12, bool company)
    {
        var taxId = RegisterDemoSeeder.WithCheckDigit(first12);
        Assert.True(ThaiTaxId.IsValid(taxId));
        Assert.Equal(company ? VendorKind.Company : VendorKind.Person, VendorKinds.FromTaxId(taxId));
    }

    [Fact]
    public void Asset_codes_use_the_category_code_or_asset()
    {
        Assert.Equal("COM", AssetCategories.CodeOf("ครุภัณฑ์คอมพิวเตอร์"));
        Assert.Equal("ASSET", AssetCategories.CodeOf("ของแปลก"));
        Assert.Equal(3, AssetCategories.DefaultLifeOf("COM"));
        Assert.Equal(5, AssetCategories.DefaultLifeOf(null));
    }
}
