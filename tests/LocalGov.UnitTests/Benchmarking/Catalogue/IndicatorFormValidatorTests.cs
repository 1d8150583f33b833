using LocalGov.Benchmarking.Areas.Benchmarking.Features.Indicators;
using LocalGov.Benchmarking.Contracts;
using LocalGov.Benchmarking.Domain;
using LocalGov.Organizations.Contracts;

namespace LocalGov.UnitTests.Benchmarking.Catalogue;

public sealed class IndicatorFormValidatorTests
{
    private readonly IndicatorFormValidator _validator = new(new KeyLocalizer());

    private static IndicatorFormModel Valid() => new()
    {
        Code = "OSR_GROWTH",
        NameTh = "อัตราเพิ่มของรายได้จัดเก็บเอง",
        NameEn = "Own-source revenue growth",
        Formula = "revenue_collected / max(revenue_assessed, 1) * 100",
        Unit = IndicatorUnit.Percent,
        Decimals = 2,
        Direction = IndicatorDirection.HigherIsBetter,
        SourceModule = "Revenue",
        FromYear = 2566,
    };

    private List<string> Errors(IndicatorFormModel model, string property) =>
        _validator.Validate(model).Errors.Where(e => e.PropertyName == property).Select(e => e.ErrorMessage).ToList();

    [Fact]
    public void A_complete_indicator_with_a_known_formula_is_valid() => Assert.True(_validator.Validate(Valid()).IsValid);

    [Theory]
    [InlineData("osr_growth")]
    [InlineData("AB")]
    [InlineData(" PERSONNEL_RATIO_2 ")]
    public void Codes_are_checked_upper_cased_and_trimmed(string code)
    {
        var model = Valid();
        model.Code = code;
        Assert.Empty(Errors(model, "Code"));
    }

    [Theory]
    [InlineData("", "Catalog.Error.CodeRequired")]
    [InlineData("A", "Catalog.Error.CodeFormat")]
    [InlineData("1ABC", "Catalog.Error.CodeFormat")]
    [InlineData("OSR-SHARE", "Catalog.Error.CodeFormat")]
    [InlineData("A2345678901234567890123456789012345678901", "Catalog.Error.CodeFormat")]
    public void Bad_codes_are_refused(string code, string message)
    {
        var model = Valid();
        model.Code = code;
        Assert.Equal([message], Errors(model, "Code"));
    }

    [Fact]
    public void An_unknown_figure_is_named_in_the_formula_message()
    {
        var model = Valid();
        model.Formula = "revenue_collected / revenue_billed * 100";
        var message = Assert.Single(Errors(model, "Formula"));
        Assert.Equal("Formula.UnknownFigure|21|revenue_billed", message);
    }

    [Fact]
    public void A_syntax_error_gives_its_position()
    {
        var model = Valid();
        model.Formula = "revenue_collected / * 100";
        var message = Assert.Single(Errors(model, "Formula"));
        Assert.StartsWith("Formula.Syntax|21|", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_formula_is_refused()
    {
        var model = Valid();
        model.Formula = " ";
        Assert.Equal(["Formula.Empty|0|"], Errors(model, "Formula"));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    [InlineData(null)]
    public void Decimals_must_be_zero_to_four(int? decimals)
    {
        var model = Valid();
        model.Decimals = decimals;
        Assert.Equal(["Catalog.Error.Decimals"], Errors(model, "Decimals"));
    }

    [Fact]
    public void Names_are_required()
    {
        var model = Valid();
        model.NameTh = "";
        model.NameEn = " ";
        Assert.Equal(["Catalog.Error.NameThRequired"], Errors(model, "NameTh"));
        Assert.Equal(["Catalog.Error.NameEnRequired"], Errors(model, "NameEn"));
    }

    [Theory]
    [InlineData(2499, null, "FromYear")]
    [InlineData(2701, null, "FromYear")]
    [InlineData(2566, 2701, "ToYear")]
    public void Years_must_be_buddhist_era_2500_to_2700(int from, int? to, string property)
    {
        var model = Valid();
        model.FromYear = from;
        model.ToYear = to;
        Assert.Equal(["Catalog.Error.YearRange|2500|2700"], Errors(model, property));
    }

    [Fact]
    public void The_last_year_cannot_come_before_the_first()
    {
        var model = Valid();
        model.FromYear = 2568;
        model.ToYear = 2567;
        Assert.Equal(["Catalog.Error.YearOrder"], Errors(model, "ToYear"));
        model.ToYear = 2568;
        Assert.Empty(Errors(model, "ToYear"));
    }

    [Fact]
    public void The_source_module_must_be_one_the_figures_come_from()
    {
        var model = Valid();
        model.SourceModule = "Payroll";
        Assert.Equal(["Catalog.Error.SourceRequired"], Errors(model, "SourceModule"));
    }

    [Fact]
    public void A_band_needs_type_basis_bound_and_names_but_a_rename_only_names()
    {
        var bands = new PeerBandFormValidator(new KeyLocalizer());
        var add = bands.Validate(new PeerBandFormModel { LowerBound = -1 });
        Assert.Equal(
            ["Band.Error.BasisRequired", "Band.Error.BoundRange", "Band.Error.NameEnRequired", "Band.Error.NameThRequired", "Band.Error.TypeRequired"],
            add.Errors.Select(e => e.ErrorMessage).Order(StringComparer.Ordinal));
        Assert.True(bands.Validate(new PeerBandFormModel { LaoType = LaoType.TownMunicipality, Basis = SizeBasis.Population, LowerBound = 0, NameTh = "ก", NameEn = "A" }).IsValid);
        Assert.True(bands.Validate(new PeerBandFormModel { Id = 3, NameTh = "ก", NameEn = "A" }).IsValid);
    }
}
