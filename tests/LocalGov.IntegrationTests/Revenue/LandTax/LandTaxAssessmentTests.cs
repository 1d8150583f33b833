using System.Net;
using ClosedXML.Excel;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Domain.LandTax;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;
using static LocalGov.IntegrationTests.Revenue.LandTax.LandTaxTestData;

namespace LocalGov.IntegrationTests.Revenue.LandTax;

/// <summary>The annual run, re-runs, paid bills, instalments, notices and scope, through the real pipeline.</summary>
public sealed class LandTaxAssessmentTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private async Task<Browser> SignedInAsync(string user)
    {
        var browser = new Browser(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(user)).StatusCode);
        return browser;
    }

    private static async Task<HttpResponseMessage> RunAsync(Browser browser, int year)
    {
        var (response, _) = await browser.SubmitAsync($"/Revenue/LandTax?year={year}", new Dictionary<string, string> { ["taxYear"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "/Revenue/LandTax/Run");
        return response;
    }

    [Fact]
    public async Task Run_assesses_every_taxpayer_and_bills_the_tax_due_at_the_end_of_April()
    {
        var lao = await DemoLaoIdAsync(factory);
        var owner = await TaxpayerAsync(factory, lao);
        await ParcelAsync(factory, lao, owner.Id, UseKind.Other, 100m, 10_000m); // 1 M × 0.3 % = 3,000
        var farmer = await TaxpayerAsync(factory, lao);
        await ParcelAsync(factory, lao, farmer.Id, UseKind.ResidentialOwnerLandAndHouse, 400m, 1_000m); // exempt
        using var browser = await SignedInAsync("revenue");

        var response = await RunAsync(browser, 2581);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var bill = await BillAsync(factory, 2581, owner.Id);
        Assert.NotNull(bill);
        Assert.Equal(Money.FromBaht(3_000m), bill.Amount);
        Assert.Equal(new DateOnly(2038, 4, 30), bill.DueOn);
        Assert.Equal(BillStatus.Open, bill.Status);
        Assert.StartsWith("ภดส 2581/", bill.Number, StringComparison.Ordinal);
        Assert.Null(await BillAsync(factory, 2581, farmer.Id));
        var exempt = await AssessmentAsync(factory, 2581, farmer.Id);
        Assert.Equal(Money.Zero, exempt!.Tax);

        var assessment = await AssessmentAsync(factory, 2581, owner.Id);
        var (page, document) = await browser.GetAsync($"/Revenue/LandTax/Details/{assessment!.Id}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("3,000.00", document.QuerySelector("#assessment-tax")!.TextContent.Trim());
        Assert.NotNull(document.QuerySelector("tr[data-kind=Bracket][data-bucket=Other]"));
        var (_, notice) = await browser.GetAsync($"/Revenue/LandTax/Notice/{assessment.Id}");
        Assert.Contains("สามพันบาทถ้วน", notice.QuerySelector("#notice-words")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("2581", notice.QuerySelector("#notice-due")!.TextContent, StringComparison.Ordinal);

        // The notice carries the bill's Thai QR, so the taxpayer can pay from it.
        var payload = notice.QuerySelector("#notice-qr #qr-payload")!.TextContent;
        Assert.Equal(LocalGov.Revenue.Domain.Payments.ThaiQrProblem.None, LocalGov.Revenue.Domain.Payments.ThaiQrPayload.Decode(payload, out var decoded));
        Assert.Equal(Money.FromBaht(3_000m), decoded!.Amount);
    }

    [Fact]
    public async Task Rerun_with_unchanged_data_gives_identical_results_and_never_bills_twice()
    {
        var lao = await DemoLaoIdAsync(factory);
        var owner = await TaxpayerAsync(factory, lao);
        await ParcelAsync(factory, lao, owner.Id, UseKind.Vacant, 800m, 2_500m);
        using var browser = await SignedInAsync("revenue");

        await RunAsync(browser, 2582);
        var before = await factory.WithDbAsync(db => db.Set<Assessment>().AsNoTracking().Where(a => a.TaxYear == 2582).OrderBy(a => a.TaxpayerId)
            .Select(a => new { a.Id, a.TaxpayerId, a.Tax, a.ResultHash, a.ComputedUtc }).ToListAsync());
        var billsBefore = await factory.WithDbAsync(db => db.Set<Bill>().AsNoTracking().Where(b => b.TaxYear == 2582).OrderBy(b => b.Id)
            .Select(b => new { b.Id, b.Number, b.SourceKey, b.Amount }).ToListAsync());
        var linesBefore = await factory.WithDbAsync(db => db.Set<AssessmentLine>().Where(l => before.Select(a => a.Id).Contains(l.AssessmentId)).Select(l => l.Id).OrderBy(x => x).ToListAsync());
        var auditBefore = await factory.WithDbAsync(db => db.AuditEntries.CountAsync());

        await RunAsync(browser, 2582);

        var after = await factory.WithDbAsync(db => db.Set<Assessment>().AsNoTracking().Where(a => a.TaxYear == 2582).OrderBy(a => a.TaxpayerId)
            .Select(a => new { a.Id, a.TaxpayerId, a.Tax, a.ResultHash, a.ComputedUtc }).ToListAsync());
        var billsAfter = await factory.WithDbAsync(db => db.Set<Bill>().AsNoTracking().Where(b => b.TaxYear == 2582).OrderBy(b => b.Id)
            .Select(b => new { b.Id, b.Number, b.SourceKey, b.Amount }).ToListAsync());
        var linesAfter = await factory.WithDbAsync(db => db.Set<AssessmentLine>().Where(l => after.Select(a => a.Id).Contains(l.AssessmentId)).Select(l => l.Id).OrderBy(x => x).ToListAsync());
        Assert.Equal(before, after);
        Assert.Equal(billsBefore, billsAfter);
        Assert.Equal(linesBefore, linesAfter);
        Assert.Single(billsAfter, b => b.SourceKey == $"LBT:2582:T{owner.Id}");
        Assert.Equal(Money.FromBaht(6_000m), billsAfter.Single(b => b.SourceKey == $"LBT:2582:T{owner.Id}").Amount);
        Assert.Equal(auditBefore, await factory.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task Changed_data_updates_the_open_bill_but_a_paid_bill_is_left_untouched()
    {
        var lao = await DemoLaoIdAsync(factory);
        var paidOwner = await TaxpayerAsync(factory, lao);
        var paidParcel = await ParcelAsync(factory, lao, paidOwner.Id, UseKind.Other, 100m, 10_000m);
        var openOwner = await TaxpayerAsync(factory, lao);
        var openParcel = await ParcelAsync(factory, lao, openOwner.Id, UseKind.Other, 100m, 10_000m);
        using var browser = await SignedInAsync("revenue");
        await RunAsync(browser, 2583);
        await factory.WithDbAsync(async db =>
        {
            var bill = await db.Set<Bill>().SingleAsync(b => b.SourceKey == $"LBT:2583:T{paidOwner.Id}");
            bill.PaidPrincipal = bill.Amount;
            bill.Status = BillStatus.Paid;
            foreach (var id in new[] { paidParcel.Id, openParcel.Id })
            {
                (await db.Set<Parcel>().SingleAsync(p => p.Id == id)).PricePerSquareWah = Money.FromBaht(20_000m);
            }

            return await db.SaveChangesAsync();
        });

        await RunAsync(browser, 2583);

        var paid = await BillAsync(factory, 2583, paidOwner.Id);
        Assert.Equal((Money.FromBaht(3_000m), BillStatus.Paid), (paid!.Amount, paid.Status));
        var open = await BillAsync(factory, 2583, openOwner.Id);
        Assert.Equal((Money.FromBaht(6_000m), BillStatus.Open), (open!.Amount, open.Status));
        Assert.Equal(Money.FromBaht(6_000m), (await AssessmentAsync(factory, 2583, paidOwner.Id))!.Tax);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<Bill>().CountAsync(b => b.SourceKey == $"LBT:2583:T{paidOwner.Id}")));
    }

    [Fact]
    public async Task Instalments_are_set_up_on_request_for_a_tax_of_at_least_3000_baht()
    {
        var lao = await DemoLaoIdAsync(factory);
        var big = await TaxpayerAsync(factory, lao);
        await ParcelAsync(factory, lao, big.Id, UseKind.Other, 100m, 10_000m);
        var small = await TaxpayerAsync(factory, lao);
        await ParcelAsync(factory, lao, small.Id, UseKind.Other, 100m, 9_999m); // 2,999.70
        using var browser = await SignedInAsync("revenue");
        await RunAsync(browser, 2584);
        Assert.Empty((await BillAsync(factory, 2584, big.Id))!.Instalments);

        var bigId = (await AssessmentAsync(factory, 2584, big.Id))!.Id;
        var (response, _) = await browser.SubmitAsync($"/Revenue/LandTax/Details/{bigId}", new Dictionary<string, string>(), $"/Revenue/LandTax/Instalments/{bigId}");
        var smallPage = await browser.GetAsync($"/Revenue/LandTax/Details/{(await AssessmentAsync(factory, 2584, small.Id))!.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var instalments = (await BillAsync(factory, 2584, big.Id))!.Instalments.OrderBy(i => i.No).ToList();
        Assert.Equal([100_000L, 100_000L, 100_000L], instalments.Select(i => i.Amount.Satang));
        Assert.Equal([new DateOnly(2041, 4, 30), new DateOnly(2041, 5, 31), new DateOnly(2041, 6, 30)], instalments.Select(i => i.DueOn));
        Assert.Null(smallPage.Document.QuerySelector("#instalments-request"));
    }

    [Fact]
    public async Task Revenue_officer_cannot_see_or_run_another_LAOs_assessment()
    {
        var other = await OtherLaoIdAsync(factory);
        var owner = await TaxpayerAsync(factory, other);
        var parcel = await ParcelAsync(factory, other, owner.Id, UseKind.Other, 10m, 1_000m);
        var assessmentId = await factory.WithDbAsync(async db =>
        {
            var a = new Assessment { LaoId = other, TaxYear = 2585, TaxpayerId = owner.Id, SourceKey = $"LBT:2585:T{owner.Id}", ResultHash = "x", ComputedUtc = DateTime.UtcNow };
            db.Add(a);
            await db.SaveChangesAsync();
            return a.Id;
        });
        using var revenue = await SignedInAsync("revenue");
        var (_, page) = await revenue.GetAsync("/Revenue/LandTax?year=2585");
        var token = page.QuerySelector("#run-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        Assert.Equal(HttpStatusCode.NotFound, (await revenue.Client.GetAsync($"/Revenue/Parcels/Details/{parcel.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await revenue.Client.GetAsync($"/Revenue/Parcels/Edit/{parcel.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await revenue.Client.GetAsync($"/Revenue/LandTax/Details/{assessmentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await revenue.Client.GetAsync($"/Revenue/LandTax/Notice/{assessmentId}")).StatusCode);
        Assert.Empty(page.QuerySelectorAll($"tr[data-assessment='{assessmentId}']"));
        var (run, _) = await revenue.PostAsync("/Revenue/LandTax/Run", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["laoId"] = other.ToString(System.Globalization.CultureInfo.InvariantCulture), ["taxYear"] = "2585" });
        Assert.Equal(HttpStatusCode.Forbidden, run.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<Bill>().CountAsync(b => b.LaoId == other && b.TaxYear == 2585)));
    }

    [Fact]
    public async Task Provincial_officer_reads_assessments_and_parcels_but_cannot_run_or_edit()
    {
        var lao = await DemoLaoIdAsync(factory);
        var owner = await TaxpayerAsync(factory, lao);
        var parcel = await ParcelAsync(factory, lao, owner.Id, UseKind.Other, 100m, 10_000m);
        using (var revenue = await SignedInAsync("revenue"))
        {
            await RunAsync(revenue, 2586);
        }

        using var province = await SignedInAsync("province");
        var assessment = await AssessmentAsync(factory, 2586, owner.Id);
        var (list, listPage) = await province.GetAsync("/Revenue/LandTax?year=2586");
        var token = listPage.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.NotNull(listPage.QuerySelector($"tr[data-assessment='{assessment!.Id}']"));
        Assert.Null(listPage.QuerySelector("#run-form"));
        Assert.Equal(HttpStatusCode.OK, (await province.Client.GetAsync($"/Revenue/LandTax/Details/{assessment.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await province.Client.GetAsync($"/Revenue/Parcels/Details/{parcel.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await province.Client.GetAsync($"/Revenue/Parcels/Edit/{parcel.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await province.Client.GetAsync("/Revenue/Parcels/Create")).StatusCode);
        var (run, _) = await province.PostAsync("/Revenue/LandTax/Run", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["laoId"] = lao.ToString(System.Globalization.CultureInfo.InvariantCulture), ["taxYear"] = "2587" });
        Assert.Equal(HttpStatusCode.Forbidden, run.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<Assessment>().CountAsync(a => a.TaxYear == 2587)));
    }

    [Fact]
    public async Task Tax_year_out_of_range_is_refused_with_a_message_on_the_field()
    {
        using var browser = await SignedInAsync("revenue");
        var (_, page) = await browser.GetAsync("/Revenue/LandTax");
        var token = page.QuerySelector("#run-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var laoId = page.QuerySelector("#run-form input[name=laoId]")!.GetAttribute("value")!;

        var (response, document) = await browser.PostAsync("/Revenue/LandTax/Run", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["laoId"] = laoId, ["taxYear"] = "1999" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector("#run-year-error")!.TextContent));
    }

    [Fact]
    public async Task Reference_tables_show_the_seeded_brackets_and_only_the_administrator_may_change_them()
    {
        using var revenue = await SignedInAsync("revenue");
        var (_, page) = await revenue.GetAsync("/Revenue/LandTax/Reference");
        Assert.Equal(34, page.QuerySelectorAll("#ref-brackets tbody tr").Length);
        Assert.Null(page.QuerySelector("#relief-form"));

        using var admin = await SignedInAsync("admin");
        var (response, _) = await admin.SubmitAsync("/Revenue/LandTax/Reference", new Dictionary<string, string>
        {
            ["Name"] = "ลดภาษีทดสอบ",
            ["LaoCode"] = "3260101",
            ["FromYear"] = "2590",
            ["ToYear"] = "2590",
            ["ReductionPercent"] = "50",
        }, "/Revenue/LandTax/AddRelief");
        var (bad, badPage) = await admin.SubmitAsync("/Revenue/LandTax/Reference", new Dictionary<string, string>
        {
            ["Name"] = "x",
            ["FromYear"] = "2590",
            ["ToYear"] = "2589",
            ["ReductionPercent"] = "150",
        }, "/Revenue/LandTax/AddRelief");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(badPage.QuerySelector("#relief-percent-error")!.TextContent));
        Assert.False(string.IsNullOrWhiteSpace(badPage.QuerySelector("#relief-to-error")!.TextContent));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<LandTaxRelief>().CountAsync(r => r.FromYear == 2590)));

        // The relief halves the LAO's tax in 2590.
        var lao = await DemoLaoIdAsync(factory);
        var owner = await TaxpayerAsync(factory, lao);
        await ParcelAsync(factory, lao, owner.Id, UseKind.Other, 100m, 10_000m);
        await RunAsync(revenue, 2590);
        Assert.Equal(Money.FromBaht(1_500m), (await BillAsync(factory, 2590, owner.Id))!.Amount);
    }
}
