using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.IntegrationTests.Revenue.Payments;
using LocalGov.Revenue.Contracts;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Domain.LandTax;
using LocalGov.Revenue.Domain.Payments;
using LocalGov.Revenue.Domain.Signboards;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;
using static LocalGov.IntegrationTests.Revenue.Register.RegisterTestData;

namespace LocalGov.IntegrationTests.Revenue.Reference;

/// <summary>An administrator corrects the signboard rates, arrears rates and building prices in the browser; others may only read them.</summary>
public sealed class ReferenceRateEditingTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private static string S(int value) => value.ToString(CultureInfo.InvariantCulture);

    private async Task<Browser> SignedInAsync(string user)
    {
        var browser = new Browser(factory);
        await browser.SignInAsync(user);
        return browser;
    }

    /// <summary>Posts the form with the given id on the page (one form per table row), with some fields changed.</summary>
    private static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> SubmitRowFormAsync(
        Browser browser, string pageUrl, string formId, IDictionary<string, string> fields)
    {
        var (page, document) = await browser.GetAsync(pageUrl);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var form = (IHtmlFormElement)(document.GetElementById(formId) ?? throw new InvalidOperationException($"No form #{formId} on {pageUrl}"));
        var values = form.Elements.OfType<IHtmlInputElement>().Where(i => !string.IsNullOrEmpty(i.Name))
            .GroupBy(i => i.Name!).ToDictionary(g => g.Key, g => g.First().Value);
        foreach (var (key, value) in fields)
        {
            values[key] = value;
        }

        return await browser.PostAsync(form.GetAttribute("action")!, values);
    }

    private Task<SignboardRate> SeededSignRateAsync(SignType type, bool moving) => factory.WithDbAsync(db =>
        db.Set<SignboardRate>().AsNoTracking().Where(r => r.Type == type && r.Moving == moving).OrderBy(r => r.EffectiveFrom).FirstAsync());

    [Fact]
    public async Task Administrator_corrects_a_signboard_rate_and_the_signboard_run_uses_it()
    {
        var laoId = await RevenueLaoIdAsync(factory);
        var owner = await AddTaxpayerAsync(factory, laoId, "ป้ายอัตราใหม่");
        var signId = await AddSignAsync(factory, laoId, owner.Id, 400, 150); // type 2, fixed: 120 units
        var rate = await SeededSignRateAsync(SignType.ThaiMixed, false);
        using var admin = await SignedInAsync("admin");

        var (saved, _) = await SubmitRowFormAsync(admin, "/Revenue/Signs/Rates", $"sr-{S(rate.Id)}-form", new Dictionary<string, string>
        {
            ["RatePer500Cm2"] = "30",
            ["MinimumPerSign"] = "250",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await factory.WithDbAsync(db => db.Set<SignboardRate>().AsNoTracking().SingleAsync(r => r.Id == rate.Id));
        Assert.Equal(Money.FromBaht(30m), after.RatePer500Cm2);
        Assert.Equal(Money.FromBaht(250m), after.MinimumPerSign);
        Assert.NotEqual(rate.ConcurrencyStamp, after.ConcurrencyStamp);

        // The explanation and the yearly run both take the corrected rate: 120 units × 30 = 3,600.
        using var revenue = await SignedInAsync("revenue");
        var (_, details) = await revenue.GetAsync($"/Revenue/Signs/Details/{S(signId)}?year=2585");
        Assert.Equal("3,600.00", details.QuerySelector("#sign-tax")?.TextContent);
        var (run, _) = await revenue.SubmitAsync("/Revenue/Signs/Run?year=2585", new Dictionary<string, string> { ["TaxYear"] = "2585", ["IssuedOn"] = "2042-02-01" }, "/Revenue/Signs/Run");
        Assert.Equal(HttpStatusCode.Redirect, run.StatusCode);
        var bill = await factory.WithDbAsync(db => db.Set<Bill>().AsNoTracking().SingleAsync(b => b.SourceKey == $"SGN:2585:S{S(signId)}"));
        Assert.Equal(Money.FromBaht(3_600m), bill.Amount);

        // A stale form (the stamp it was shown with) is refused and changes nothing.
        var (stale, _) = await admin.SubmitAsync("/Revenue/Signs/Rates", new Dictionary<string, string>
        {
            ["Id"] = S(rate.Id),
            ["ConcurrencyStamp"] = rate.ConcurrencyStamp.ToString(),
            ["RatePer500Cm2"] = "99",
            ["MinimumPerSign"] = "200",
        }, "/Revenue/Signs/EditRate");
        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
        Assert.Equal(Money.FromBaht(30m), (await factory.WithDbAsync(db => db.Set<SignboardRate>().AsNoTracking().SingleAsync(r => r.Id == rate.Id))).RatePer500Cm2);
    }

    [Fact]
    public async Task Administrator_adds_a_signboard_rate_from_a_later_year_and_only_that_year_on_uses_it()
    {
        var laoId = await RevenueLaoIdAsync(factory);
        var owner = await AddTaxpayerAsync(factory, laoId, "ป้ายปีใหม่");
        var signId = await AddSignAsync(factory, laoId, owner.Id, 400, 150);
        var rate = await SeededSignRateAsync(SignType.ThaiMixed, false);
        using var admin = await SignedInAsync("admin");

        var (added, _) = await SubmitRowFormAsync(admin, "/Revenue/Signs/Rates", $"sr-{S(rate.Id)}-form", new Dictionary<string, string>
        {
            ["RatePer500Cm2"] = "40",
            ["MinimumPerSign"] = "200",
            ["FromYear"] = "2595",
        });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var rows = await factory.WithDbAsync(db => db.Set<SignboardRate>().AsNoTracking().Where(r => r.Type == SignType.ThaiMixed && !r.Moving).ToListAsync());
        Assert.Equal(2, rows.Count);
        Assert.Equal(Money.FromBaht(40m), rows.Single(r => r.EffectiveFrom == new DateOnly(2052, 1, 1)).RatePer500Cm2);
        using var revenue = await SignedInAsync("revenue");
        var (_, before) = await revenue.GetAsync($"/Revenue/Signs/Details/{S(signId)}?year=2594");
        var (_, from) = await revenue.GetAsync($"/Revenue/Signs/Details/{S(signId)}?year=2595");
        Assert.Equal(BahtFormat.Format(Money.FromBaht(120m * rate.RatePer500Cm2.Baht)), before.QuerySelector("#sign-tax")?.TextContent);
        Assert.Equal("4,800.00", from.QuerySelector("#sign-tax")?.TextContent);
    }

    [Fact]
    public async Task Administrator_corrects_the_interest_rate_and_an_overdue_bill_owes_the_new_interest()
    {
        var bill = await PaymentTestData.CreateBillAsync(factory, 10_000m, PaymentTestData.Today.AddDays(-40), RevenueKind.LandAndBuildingTax);
        using var revenue = await SignedInAsync("revenue");
        var (_, before) = await revenue.GetAsync($"/Revenue/Bills/Details/{S(bill.BillId)}");
        Assert.Equal("200.00", before.QuerySelector("#bill-interest")!.TextContent); // 2 months × 1 %
        var rate = await factory.WithDbAsync(db => db.Set<ArrearsRate>().AsNoTracking().SingleAsync(r => r.Kind == RevenueKind.LandAndBuildingTax));
        using var admin = await SignedInAsync("admin");

        var (saved, _) = await SubmitRowFormAsync(admin, "/Revenue/Arrears/Rates", $"ar-{S(rate.Id)}-form", new Dictionary<string, string>
        {
            ["InterestPercentPerMonth"] = "1.5",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await factory.WithDbAsync(db => db.Set<ArrearsRate>().AsNoTracking().SingleAsync(r => r.Id == rate.Id));
        Assert.Equal(150, after.InterestBasisPointsPerMonth);
        Assert.Equal(rate.SurchargeBasisPoints, after.SurchargeBasisPoints);
        Assert.Equal("admin", after.EditedBy);
        var (_, details) = await revenue.GetAsync($"/Revenue/Bills/Details/{S(bill.BillId)}");
        Assert.Equal("300.00", details.QuerySelector("#bill-interest")!.TextContent);

        // The seeder runs again (next start) and leaves the administrator's row alone.
        await factory.WithDbAsync(async db =>
        {
            await new LocalGov.Revenue.Seeding.PaymentReferenceDataSeeder(db).SeedAsync(default);
            return 0;
        });
        Assert.Equal(150, (await factory.WithDbAsync(db => db.Set<ArrearsRate>().AsNoTracking().SingleAsync(r => r.Id == rate.Id))).InterestBasisPointsPerMonth);
    }

    [Fact]
    public async Task Revenue_officer_reads_the_rates_but_gets_403_on_every_edit()
    {
        var sign = await SeededSignRateAsync(SignType.ThaiOnly, false);
        var arrears = await factory.WithDbAsync(db => db.Set<ArrearsRate>().AsNoTracking().FirstAsync());
        var price = await factory.WithDbAsync(db => db.Set<BuildingPrice>().AsNoTracking().FirstAsync());
        using var revenue = await SignedInAsync("revenue");

        var (signPage, signDoc) = await revenue.GetAsync("/Revenue/Signs/Rates");
        Assert.Equal(HttpStatusCode.OK, signPage.StatusCode);
        Assert.True(signDoc.QuerySelectorAll("#sign-rate-table tbody tr").Length >= 6);
        Assert.Empty(signDoc.QuerySelectorAll("#sign-rate-table form"));
        var (_, arrearsDoc) = await revenue.GetAsync("/Revenue/Arrears/Rates");
        Assert.Empty(arrearsDoc.QuerySelectorAll("#arrears-rate-table form"));
        var (_, referenceDoc) = await revenue.GetAsync("/Revenue/LandTax/Reference");
        Assert.Empty(referenceDoc.QuerySelectorAll("#ref-building-prices form"));

        // A valid anti-forgery token of the officer (from a form they may use), so only the policy can refuse the posts.
        var token = (await revenue.GetAsync("/Revenue/Signs/Create")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var (a, _) = await revenue.PostAsync("/Revenue/Signs/EditRate", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Id"] = S(sign.Id),
            ["ConcurrencyStamp"] = sign.ConcurrencyStamp.ToString(),
            ["RatePer500Cm2"] = "1",
            ["MinimumPerSign"] = "1",
        });
        var (b, _) = await revenue.PostAsync("/Revenue/Arrears/EditRate", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Id"] = S(arrears.Id),
            ["InterestPercentPerMonth"] = "9",
            ["SurchargePercent"] = "0",
            ["ReducedSurchargePercent"] = "0",
            ["ReducedDays"] = "0",
            ["WarningSurchargePercent"] = "0",
            ["WarningDays"] = "0",
            ["InterestCapPercent"] = "0",
            ["LateFilingSurchargePercent"] = "0",
        });
        var (c, _) = await revenue.PostAsync("/Revenue/LandTax/EditBuildingPrice", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Id"] = S(price.Id),
            ["PricePerSquareMetre"] = "1",
        });

        Assert.Equal(HttpStatusCode.Forbidden, a.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, b.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, c.StatusCode);
        Assert.Equal(sign.RatePer500Cm2, (await SeededSignRateAsync(SignType.ThaiOnly, false)).RatePer500Cm2);
        Assert.Equal(arrears.InterestBasisPointsPerMonth, (await factory.WithDbAsync(db => db.Set<ArrearsRate>().AsNoTracking().SingleAsync(r => r.Id == arrears.Id))).InterestBasisPointsPerMonth);
        Assert.Equal(price.PricePerSquareMetre, (await factory.WithDbAsync(db => db.Set<BuildingPrice>().AsNoTracking().SingleAsync(r => r.Id == price.Id))).PricePerSquareMetre);
    }

    [Fact]
    public async Task Negative_or_out_of_range_rates_are_field_messages_and_nothing_is_saved()
    {
        var sign = await SeededSignRateAsync(SignType.ThaiOnly, true);
        var arrears = await factory.WithDbAsync(db => db.Set<ArrearsRate>().AsNoTracking().SingleAsync(r => r.Kind == RevenueKind.SignboardTax));
        var price = await factory.WithDbAsync(db => db.Set<BuildingPrice>().AsNoTracking().OrderBy(p => p.Id).FirstAsync());
        var signCount = await factory.WithDbAsync(db => db.Set<SignboardRate>().CountAsync());
        using var admin = await SignedInAsync("admin");

        var (signBad, signPage) = await SubmitRowFormAsync(admin, "/Revenue/Signs/Rates", $"sr-{S(sign.Id)}-form", new Dictionary<string, string>
        {
            ["RatePer500Cm2"] = "-5",
            ["MinimumPerSign"] = "abc",
            ["FromYear"] = "2500",
        });
        var (arrearsBad, arrearsPage) = await SubmitRowFormAsync(admin, "/Revenue/Arrears/Rates", $"ar-{S(arrears.Id)}-form", new Dictionary<string, string>
        {
            ["InterestPercentPerMonth"] = "-1",
            ["SurchargePercent"] = "250",
            ["WarningDays"] = "400",
        });
        var (priceBad, pricePage) = await SubmitRowFormAsync(admin, "/Revenue/LandTax/Reference", $"bp-{S(price.Id)}-form", new Dictionary<string, string>
        {
            ["PricePerSquareMetre"] = "-100",
        });

        Assert.Equal(HttpStatusCode.BadRequest, signBad.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(signPage.GetElementById($"sr-{S(sign.Id)}-rate-error")!.TextContent));
        Assert.False(string.IsNullOrWhiteSpace(signPage.GetElementById($"sr-{S(sign.Id)}-minimum-error")!.TextContent));
        Assert.False(string.IsNullOrWhiteSpace(signPage.GetElementById($"sr-{S(sign.Id)}-from-error")!.TextContent));
        Assert.Equal("-5", signPage.GetElementById($"sr-{S(sign.Id)}-rate")!.GetAttribute("value"));
        Assert.Contains("ร้อยละ", arrearsPage.GetElementById($"ar-{S(arrears.Id)}-InterestPercentPerMonth-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, arrearsBad.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(arrearsPage.GetElementById($"ar-{S(arrears.Id)}-SurchargePercent-error")!.TextContent));
        Assert.False(string.IsNullOrWhiteSpace(arrearsPage.GetElementById($"ar-{S(arrears.Id)}-WarningDays-error")!.TextContent));
        Assert.True(string.IsNullOrWhiteSpace(arrearsPage.GetElementById($"ar-{S(arrears.Id)}-ReducedDays-error")!.TextContent));
        Assert.Equal(HttpStatusCode.BadRequest, priceBad.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(pricePage.GetElementById($"bp-{S(price.Id)}-price-error")!.TextContent));

        Assert.Equal(sign.RatePer500Cm2, (await SeededSignRateAsync(SignType.ThaiOnly, true)).RatePer500Cm2);
        Assert.Equal(signCount, await factory.WithDbAsync(db => db.Set<SignboardRate>().CountAsync()));
        var arrearsAfter = await factory.WithDbAsync(db => db.Set<ArrearsRate>().AsNoTracking().SingleAsync(r => r.Id == arrears.Id));
        Assert.Equal(arrears.InterestBasisPointsPerMonth, arrearsAfter.InterestBasisPointsPerMonth);
        Assert.Null(arrearsAfter.EditedBy);
        Assert.Equal(price.PricePerSquareMetre, (await factory.WithDbAsync(db => db.Set<BuildingPrice>().AsNoTracking().SingleAsync(r => r.Id == price.Id))).PricePerSquareMetre);
    }

    [Fact]
    public async Task Administrator_corrects_a_building_price_and_adds_next_years_price()
    {
        var price = await factory.WithDbAsync(db => db.Set<BuildingPrice>().AsNoTracking().OrderByDescending(p => p.Id).FirstAsync());
        using var admin = await SignedInAsync("admin");

        var (saved, _) = await SubmitRowFormAsync(admin, "/Revenue/LandTax/Reference", $"bp-{S(price.Id)}-form", new Dictionary<string, string> { ["PricePerSquareMetre"] = "2100.50" });
        var (added, _) = await SubmitRowFormAsync(admin, "/Revenue/LandTax/Reference", $"bp-{S(price.Id)}-form", new Dictionary<string, string> { ["PricePerSquareMetre"] = "2500", ["PriceFromYear"] = "2590" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var rows = await factory.WithDbAsync(db => db.Set<BuildingPrice>().AsNoTracking().Where(p => p.Code == price.Code).OrderBy(p => p.EffectiveFromYear).ToListAsync());
        Assert.Equal(2, rows.Count);
        Assert.Equal(Money.FromBaht(2_100.50m), rows[0].PricePerSquareMetre);
        Assert.Equal("admin", rows[0].UpdatedBy);
        Assert.Equal((2590, Money.FromBaht(2_500m), price.NameTh), (rows[1].EffectiveFromYear, rows[1].PricePerSquareMetre, rows[1].NameTh));
    }

    [Fact]
    public async Task Administrator_corrects_a_depreciation_step_within_its_neighbours_only()
    {
        var step = await factory.WithDbAsync(db => db.Set<BuildingDepreciationStep>().AsNoTracking().SingleAsync(d => d.EffectiveFromYear == 2563 && d.FromAge == 10));
        using var admin = await SignedInAsync("admin");

        var (bad, page) = await SubmitRowFormAsync(admin, "/Revenue/LandTax/Reference", $"dp-{S(step.Id)}-form", new Dictionary<string, string> { ["DepreciationPercent"] = "50" });
        var (saved, _) = await SubmitRowFormAsync(admin, "/Revenue/LandTax/Reference", $"dp-{S(step.Id)}-form", new Dictionary<string, string> { ["DepreciationPercent"] = "19.5" });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode); // age 11 is 22 %: 50 % would make an older building worth more
        Assert.False(string.IsNullOrWhiteSpace(page.GetElementById($"dp-{S(step.Id)}-percent-error")!.TextContent));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(19.5m, (await factory.WithDbAsync(db => db.Set<BuildingDepreciationStep>().AsNoTracking().SingleAsync(d => d.Id == step.Id))).Percent);
    }

    [Theory]
    [InlineData("/Revenue/Signs/Rates")]
    [InlineData("/Revenue/Arrears/Rates")]
    [InlineData("/Revenue/LandTax/Reference")]
    public async Task The_administrators_edit_forms_are_labelled_and_ids_are_unique(string url)
    {
        using var admin = await SignedInAsync("admin");

        var (response, page) = await admin.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(page.QuerySelectorAll("form[id$='-form']"));
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Empty(ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key));
        foreach (var field in page.QuerySelectorAll("form[id$='-form'] input:not([type=hidden])"))
        {
            Assert.NotNull(page.QuerySelector($"label[for='{field.Id}']"));
            foreach (var described in (field.GetAttribute("aria-describedby") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                Assert.NotNull(page.GetElementById(described));
            }
        }
    }
}
