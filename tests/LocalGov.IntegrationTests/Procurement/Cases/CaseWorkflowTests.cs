using System.Globalization;
using System.Net;
using LocalGov.IntegrationTests.Budgeting;
using LocalGov.IntegrationTests.Finance.Vouchers;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Procurement.Contracts;
using LocalGov.Procurement.Domain;
using LocalGov.Procurement.Services.Cases;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.IntegrationTests.Procurement.Cases;

/// <summary>Cases from requisition to award: budget reservation and release, methods, vendors, approval, scope.</summary>
public sealed class CaseWorkflowTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Requisition_reserves_its_total_on_the_budget_line_and_is_numbered()
    {
        var lao = await CaseTestData.LaoIdAsync(factory);
        var (year, line) = await CaseTestData.LineAsync(factory, lao, 100_000m);
        var before = await CaseTestData.CommittedAsync(factory, line);
        var c = await CaseTestData.RequisitionedAsync(factory, lao, CaseTestData.Requisition(line, year, 2.5m, 1_000.01m));
        Assert.Equal(Money.FromBaht(2_500.03m), c.Reserved); // 2,500.025 rounds up
        Assert.Equal(before + Money.FromBaht(2_500.03m), await CaseTestData.CommittedAsync(factory, line));
        Assert.Equal($"PR{year}-0001", c.CaseNo);
        var second = await CaseTestData.RequisitionedAsync(factory, lao, CaseTestData.Requisition(line, year, 1m, 10m));
        Assert.Equal($"PR{year}-0002", second.CaseNo);
        var saved = await CaseTestData.CaseAsync(factory, c.Id);
        Assert.Single(saved.Events, e => e.Stage == CaseStage.Requisition);
    }

    [Fact]
    public async Task Insufficient_balance_stops_the_requisition_and_nothing_is_saved()
    {
        var lao = await CaseTestData.LaoIdAsync(factory);
        var (year, line) = await CaseTestData.LineAsync(factory, lao, 10_000m);
        using var browser = new Browser(factory);
        await browser.SignInAsync("procurement");
        var (response, page) = await VoucherTestData.SubmitFormAsync(browser, $"/Procurement/Cases/Create?year={year}", "case-form", new Dictionary<string, string>
        {
            ["Title"] = "ซื้อเกินงบ",
            ["Justification"] = "ทดสอบ",
            ["BudgetLineId"] = line.ToString(CultureInfo.InvariantCulture),
            ["RequestedOn"] = Iso(CaseTestData.Day(year, 3)),
            ["Items[0].Description"] = "ของ",
            ["Items[0].Quantity"] = "3",
            ["Items[0].Unit"] = "ชิ้น",
            ["Items[0].UnitPrice"] = "4,000.00",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.GetElementById("BudgetLineId-error")!.TextContent));
        Assert.Equal(Money.Zero, await CaseTestData.CommittedAsync(factory, line));
        Assert.False(await factory.WithDbAsync(db => db.Set<ProcurementCase>().AnyAsync(c => c.BudgetLineId == line)));
    }

    [Fact]
    public async Task Requisition_through_the_page_reserves_and_shows_the_timeline()
    {
        var lao = await CaseTestData.LaoIdAsync(factory);
        var (year, line) = await CaseTestData.LineAsync(factory, lao, 50_000m);
        using var browser = new Browser(factory);
        await browser.SignInAsync("procurement");
        var (response, _) = await VoucherTestData.SubmitFormAsync(browser, $"/Procurement/Cases/Create?year={year}", "case-form", new Dictionary<string, string>
        {
            ["Title"] = "ซื้อวัสดุ",
            ["Justification"] = "ทดสอบ",
            ["BudgetLineId"] = line.ToString(CultureInfo.InvariantCulture),
            ["RequestedOn"] = Iso(CaseTestData.Day(year, 3)),
            ["Items[0].Description"] = "กระดาษ",
            ["Items[0].Quantity"] = "1.5",
            ["Items[0].Unit"] = "รีม",
            ["Items[0].UnitPrice"] = "100.00",
            ["Items[3].Description"] = "หมึก",
            ["Items[3].Quantity"] = "2",
            ["Items[3].Unit"] = "กล่อง",
            ["Items[3].UnitPrice"] = "50",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Money.FromBaht(250m), await CaseTestData.CommittedAsync(factory, line));
        var (_, details) = await browser.GetAsync(Browser.PathOf(response));
        Assert.Equal("250.00", details.GetElementById("case-total")!.TextContent.Trim());
        Assert.Single(details.QuerySelectorAll("#case-timeline li"));
    }

    [Fact]
    public async Task Too_many_quantity_decimals_get_a_field_message()
    {
        var lao = await CaseTestData.LaoIdAsync(factory);
        var (year, line) = await CaseTestData.LineAsync(factory, lao, 50_000m);
        using var browser = new Browser(factory);
        await browser.SignInAsync("procurement");
        var (response, page) = await VoucherTestData.SubmitFormAsync(browser, $"/Procurement/Cases/Create?year={year}", "case-form", new Dictionary<string, string>
        {
            ["Title"] = "ซื้อวัสดุ",
            ["Justification"] = "ทดสอบ",
            ["BudgetLineId"] = line.ToString(CultureInfo.InvariantCulture),
            ["RequestedOn"] = Iso(CaseTestData.Day(year, 3)),
            ["Items[0].Description"] = "กระดาษ",
            ["Items[0].Quantity"] = "1.2345",
            ["Items[0].Unit"] = "รีม",
            ["Items[0].UnitPrice"] = "100.001",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.GetElementById("Items_0_Quantity-error")!.TextContent));
        Assert.False(string.IsNullOrWhiteSpace(page.GetElementById("Items_0_UnitPrice-error")!.TextContent));
    }

    [Fact]
    public async Task Cancelling_a_case_gives_the_reservation_back()
    {
        var lao = await CaseTestData.LaoIdAsync(factory);
        var (year, line) = await CaseTestData.LineAsync(factory, lao, 100_000m);
        var before = await CaseTestData.CommittedAsync(factory, line);
        var c = await CaseTestData.RequisitionedAsync(factory, lao, CaseTestData.Requisition(line, year, 10m, 3_000m));
        Assert.Equal(before + Money.FromBaht(30_000m), await CaseTestData.CommittedAsync(factory, line));
        using var browser = new Browser(factory);
        await browser.SignInAsync("procurement");
        var (refused, page) = await VoucherTestData.SubmitFormAsync(browser, $"/Procurement/Cases/Details/{c.Id}", "cancel-form", new Dictionary<string, string> { ["reason"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.GetElementById("cancel-reason-error")!.TextContent));
        var (done, _) = await VoucherTestData.SubmitFormAsync(browser, $"/Procurement/Cases/Details/{c.Id}", "cancel-form", new Dictionary<string, string> { ["reason"] = "ไม่มีความจำเป็นแล้ว", ["cancelledOn"] = Iso(CaseTestData.Day(year, 9)) });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(before, await CaseTestData.CommittedAsync(factory, line));
        var saved = await CaseTestData.CaseAsync(factory, c.Id);
        Assert.Equal((ProcurementCaseStatus.Cancelled, Money.Zero), (saved.Status, saved.Reserved));
        Assert.Single(saved.Events, e => e.Stage == CaseStage.Cancellation);
    }

    [Fact]
    public async Task Editing_items_adjusts_the_reservation()
    {
        var lao = await CaseTestData.LaoIdAsync(factory);
        var (year, line) = await CaseTestData.LineAsync(factory, lao, 100_000m);
        var c = await CaseTestData.RequisitionedAsync(factory, lao, CaseTestData.Requisition(line, year, 10m, 1_000m));
        var smaller = CaseTestData.Requisition(line, year, 4m, 1_000m);
        var result = await CaseTestData.WorkflowAsync(factory, w => w.UpdateRequisitionAsync(c.Id, c.ConcurrencyStamp, smaller, "procurement", default));
        Assert.True(result.Succeeded);
        Assert.Equal(Money.FromBaht(4_000m), await CaseTestData.CommittedAsync(factory, line));
        var stale = await CaseTestData.WorkflowAsync(factory, w => w.UpdateRequisitionAsync(c.Id, c.ConcurrencyStamp, CaseTestData.Requisition(line, year, 20m, 1_000m), "procurement", default));
        Assert.Contains(stale.Errors, e => e.Key == "Case.Error.Conflict");
        Assert.Equal(Money.FromBaht(4_000m), await CaseTestData.CommittedAsync(factory, line));
    }

    [Fact]
    public async Task Methods_follow_the_thresholds_for_600000_outside_the_catalogue()
    {
        var lao = await CaseTestData.LaoIdAsync(factory);
        var (year, line) = await CaseTestData.LineAsync(factory, lao, 1_000_000m);
        var c = await CaseTestData.RequisitionedAsync(factory, lao, CaseTestData.Requisition(line, year, 1m, 600_000m));
        var price = Money.FromBaht(600_000m);
        var emarket = await CaseTestData.WorkflowAsync(factory, w => w.PrepareAsync(c.Id, c.ConcurrencyStamp, CaseTestData.Preparation(price, year, ProcurementMethod.EMarket, null), "procurement", default));
        Assert.Contains(emarket.Errors, e => e.Field == "Method" && e.Key == "Case.Error.MethodNotAllowed");
        var specific = await CaseTestData.WorkflowAsync(factory, w => w.PrepareAsync(c.Id, c.ConcurrencyStamp, CaseTestData.Preparation(price, year, ProcurementMethod.Specific, null), "procurement", default));
        Assert.Contains(specific.Errors, e => e.Field == "MethodReason");
        var ebidding = await CaseTestData.WorkflowAsync(factory, w => w.PrepareAsync(c.Id, c.ConcurrencyStamp, CaseTestData.Preparation(price, year, ProcurementMethod.EBidding, null), "procurement", default));
        Assert.True(ebidding.Succeeded, string.Join(", ", ebidding.Errors.Select(e => e.Key)));

        // The page offers only the allowed methods, and a tampered post gets a field message.
        using var browser = new Browser(factory);
        await browser.SignInAsync("procurement");
        var (_, form) = await browser.GetAsync($"/Procurement/Cases/Prepare/{c.Id}");
        var options = form.QuerySelectorAll("#Method option").Select(o => o.GetAttribute("value")).Where(v => v is { Length: > 0 }).ToList();
        Assert.Contains(nameof(ProcurementMethod.EBidding), options);
        Assert.DoesNotContain(nameof(ProcurementMethod.EMarket), options);
        var (tampered, page) = await VoucherTestData.SubmitFormAsync(browser, $"/Procurement/Cases/Prepare/{c.Id}", "prepare-form", new Dictionary<string, string> { ["Method"] = nameof(ProcurementMethod.EMarket) });
        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.GetElementById("Method-error")!.TextContent));
    }

    [Fact]
    public async Task Inspection_above_the_limit_needs_three_members()
    {
        var lao = await CaseTestData.LaoIdAsync(factory);
        var (year, line) = await CaseTestData.LineAsync(factory, lao, 1_000_000m);
        var c = await CaseTestData.RequisitionedAsync(factory, lao, CaseTestData.Requisition(line, year, 1m, 200_000m));
        var input = new PreparationInput(Money.FromBaht(200_000m), "ราคาตลาด", CaseTestData.Day(year, 10), ProcurementMethod.Specific, null,
            [new(CommitteeKind.ReferencePrice, "นายก", null, CommitteeRole.Chair), new(CommitteeKind.Inspection, "นายข", null, CommitteeRole.Chair)]);
        var result = await CaseTestData.WorkflowAsync(factory, w => w.PrepareAsync(c.Id, c.ConcurrencyStamp, input, "procurement", default));
        Assert.Contains(result.Errors, e => e.Key == "Case.Error.InspectionThree");
    }

    [Fact]
    public async Task Approval_only_by_the_executive_and_only_when_complete()
    {
        var lao = await CaseTestData.LaoIdAsync(factory);
        var (year, line) = await CaseTestData.LineAsync(factory, lao, 100_000m);
        var c = await CaseTestData.RequisitionedAsync(factory, lao, CaseTestData.Requisition(line, year, 1m, 50_000m));
        using var executive = new Browser(factory);
        await executive.SignInAsync("executive");
        var (incomplete, _) = await VoucherTestData.SubmitFormAsync(executive, $"/Procurement/Cases/Details/{c.Id}", "approve-form", new Dictionary<string, string> { ["approvedOn"] = Iso(CaseTestData.Day(year, 12)) });
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        Assert.Equal(ProcurementCaseStatus.Requisitioned, (await CaseTestData.CaseAsync(factory, c.Id)).Status);

        var prepared = await CaseTestData.WorkflowAsync(factory, w => w.PrepareAsync(c.Id, c.ConcurrencyStamp, CaseTestData.Preparation(Money.FromBaht(50_000m), year, ProcurementMethod.Specific, null), "procurement", default));
        Assert.True(prepared.Succeeded);
        using var officer = new Browser(factory);
        await officer.SignInAsync("procurement");
        var token = await VoucherTestData.TokenAsync(officer);
        var (byOfficer, _) = await officer.PostAsync($"/Procurement/Cases/Approve/{c.Id}", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["concurrencyStamp"] = prepared.Case!.ConcurrencyStamp.ToString(),
            ["approvedOn"] = Iso(CaseTestData.Day(year, 12)),
        });
        Assert.NotEqual(HttpStatusCode.Redirect, byOfficer.StatusCode);
        Assert.Equal(ProcurementCaseStatus.Requisitioned, (await CaseTestData.CaseAsync(factory, c.Id)).Status);

        var (approved, _) = await VoucherTestData.SubmitFormAsync(executive, $"/Procurement/Cases/Details/{c.Id}", "approve-form", new Dictionary<string, string> { ["approvedOn"] = Iso(CaseTestData.Day(year, 12)) });
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var saved = await CaseTestData.CaseAsync(factory, c.Id);
        Assert.Equal((ProcurementCaseStatus.Approved, "executive"), (saved.Status, saved.ApprovedBy));
    }

    [Fact]
    public async Task Unknown_and_blacklisted_vendors_are_refused_at_bid_and_award()
    {
        var lao = await CaseTestData.LaoIdAsync(factory);
        var other = await ControlTestData.OtherLaoIdAsync(factory, lao);
        var (year, line) = await CaseTestData.LineAsync(factory, lao, 100_000m);
        var c = await CaseTestData.AnnouncedAsync(factory, lao, year, CaseTestData.Requisition(line, year, 1m, 80_000m), Money.FromBaht(80_000m));
        var foreign = await CaseTestData.VendorAsync(factory, other);
        var banned = await CaseTestData.VendorAsync(factory, lao, CaseTestData.Day(year, 1), "ทิ้งงานสัญญาเลขที่ 9/2568");
        var later = await CaseTestData.VendorAsync(factory, lao);

        using var browser = new Browser(factory);
        await browser.SignInAsync("procurement");
        var (unknown, page) = await VoucherTestData.SubmitFormAsync(browser, $"/Procurement/Cases/Details/{c.Id}", "bid-form", new Dictionary<string, string>
        {
            ["vendorId"] = foreign.ToString(CultureInfo.InvariantCulture),
            ["submittedOn"] = Iso(CaseTestData.Day(year, 21)),
            ["price"] = "70000",
        });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.GetElementById("vendorId-error")!.TextContent));

        var (blacklisted, page2) = await VoucherTestData.SubmitFormAsync(browser, $"/Procurement/Cases/Details/{c.Id}", "bid-form", new Dictionary<string, string>
        {
            ["vendorId"] = banned.ToString(CultureInfo.InvariantCulture),
            ["submittedOn"] = Iso(CaseTestData.Day(year, 21)),
            ["price"] = "70000",
        });
        Assert.Equal(HttpStatusCode.BadRequest, blacklisted.StatusCode);
        Assert.Contains("ทิ้งงานสัญญาเลขที่ 9/2568", page2.GetElementById("vendorId-error")!.TextContent, StringComparison.Ordinal);
        Assert.Empty((await CaseTestData.CaseAsync(factory, c.Id)).Bids);

        // A vendor blacklisted after its bid cannot be awarded on a later date.
        var added = await CaseTestData.WorkflowAsync(factory, w => w.AddBidAsync(c.Id, c.ConcurrencyStamp, new BidInput(later, CaseTestData.Day(year, 21), Money.FromBaht(70_000m), null), "procurement", default));
        Assert.True(added.Succeeded);
        var bid = added.Case!.Bids.Single();
        var evaluated = await CaseTestData.WorkflowAsync(factory, w => w.EvaluateAsync(c.Id, added.Case.ConcurrencyStamp, [new EvaluationInput(bid.Id, true, 1)], default));
        await factory.WithDbAsync(async db =>
        {
            db.Set<VendorBlacklisting>().Add(new VendorBlacklisting { VendorId = later, FromDate = CaseTestData.Day(year, 26), Reason = "ทิ้งงาน", RecordedBy = "test", RecordedUtc = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        var award = await CaseTestData.WorkflowAsync(factory, w => w.AwardAsync(c.Id, evaluated.Case!.ConcurrencyStamp, new AwardInput(bid.Id, CaseTestData.Day(year, 27), null), "procurement", default));
        Assert.Contains(award.Errors, e => e.Key == "Case.Error.VendorBlacklisted");
    }

    [Fact]
    public async Task Award_below_the_reservation_releases_the_difference_and_above_the_reference_price_needs_a_reason()
    {
        var lao = await CaseTestData.LaoIdAsync(factory);
        var (year, line) = await CaseTestData.LineAsync(factory, lao, 100_000m);
        var c = await CaseTestData.AnnouncedAsync(factory, lao, year, CaseTestData.Requisition(line, year, 1m, 80_000m), Money.FromBaht(60_000m));
        var vendor = await CaseTestData.VendorAsync(factory, lao);
        var added = await CaseTestData.WorkflowAsync(factory, w => w.AddBidAsync(c.Id, c.ConcurrencyStamp, new BidInput(vendor, CaseTestData.Day(year, 21), Money.FromBaht(65_000m), null), "procurement", default));
        var bid = added.Case!.Bids.Single();
        var evaluated = await CaseTestData.WorkflowAsync(factory, w => w.EvaluateAsync(c.Id, added.Case.ConcurrencyStamp, [new EvaluationInput(bid.Id, true, 1)], default));
        Assert.True(evaluated.Succeeded);

        using var browser = new Browser(factory);
        await browser.SignInAsync("procurement");
        var (refused, page) = await VoucherTestData.SubmitFormAsync(browser, $"/Procurement/Cases/Details/{c.Id}", "award-form", new Dictionary<string, string>
        {
            ["bidId"] = bid.Id.ToString(CultureInfo.InvariantCulture),
            ["awardedOn"] = Iso(CaseTestData.Day(year, 26)),
            ["reason"] = "",
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.GetElementById("award-reason-error")!.TextContent));
        Assert.Equal(Money.FromBaht(80_000m), await CaseTestData.CommittedAsync(factory, line));

        var (awarded, _) = await VoucherTestData.SubmitFormAsync(browser, $"/Procurement/Cases/Details/{c.Id}", "award-form", new Dictionary<string, string>
        {
            ["bidId"] = bid.Id.ToString(CultureInfo.InvariantCulture),
            ["awardedOn"] = Iso(CaseTestData.Day(year, 26)),
            ["reason"] = "ราคากลางต่ำกว่าราคาตลาดปัจจุบัน",
        });
        Assert.Equal(HttpStatusCode.Redirect, awarded.StatusCode);
        Assert.Equal(Money.FromBaht(65_000m), await CaseTestData.CommittedAsync(factory, line));
        var saved = await CaseTestData.CaseAsync(factory, c.Id);
        Assert.Equal((ProcurementCaseStatus.Awarded, Money.FromBaht(65_000m), (int?)vendor), (saved.Status, saved.Reserved, saved.AwardedVendorId));
        var (_, details) = await browser.GetAsync($"/Procurement/Cases/Details/{c.Id}");
        Assert.NotNull(details.GetElementById("contract-link"));
    }

    [Fact]
    public async Task Another_LAOs_case_is_not_found_for_reading_and_forbidden_for_changes_while_the_province_reads()
    {
        var lao = await CaseTestData.LaoIdAsync(factory);
        var other = await ControlTestData.OtherLaoIdAsync(factory, lao);
        var (year, line) = await CaseTestData.LineAsync(factory, other, 100_000m);
        var c = await CaseTestData.RequisitionedAsync(factory, other, CaseTestData.Requisition(line, year, 1m, 1_000m));
        using var officer = new Browser(factory);
        await officer.SignInAsync("procurement");
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/Procurement/Cases/Details/{c.Id}")).Response.StatusCode);
        var token = await VoucherTestData.TokenAsync(officer);
        var (cancel, _) = await officer.PostAsync($"/Procurement/Cases/Cancel/{c.Id}", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["concurrencyStamp"] = c.ConcurrencyStamp.ToString(),
            ["reason"] = "x",
            ["cancelledOn"] = Iso(CaseTestData.Day(year, 9)),
        });
        Assert.Equal(HttpStatusCode.Forbidden, cancel.StatusCode);
        Assert.Equal(ProcurementCaseStatus.Requisitioned, (await CaseTestData.CaseAsync(factory, c.Id)).Status);

        var province = await factory.WithDbAsync(db => db.Database.SqlQuery<int>($"SELECT ProvinceId AS Value FROM org_Lao WHERE Id = {other}").SingleAsync());
        if (province == 26)
        {
            using var provincial = new Browser(factory);
            await provincial.SignInAsync("province");
            Assert.Equal(HttpStatusCode.OK, (await provincial.GetAsync($"/Procurement/Cases/Details/{c.Id}")).Response.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await provincial.GetAsync($"/Procurement/Cases?laoId={other}")).Response.StatusCode);
        }

        using var dla = new Browser(factory);
        await dla.SignInAsync("dla");
        Assert.Equal(HttpStatusCode.OK, (await dla.GetAsync($"/Procurement/Cases/Details/{c.Id}")).Response.StatusCode);
        var (_, list) = await dla.GetAsync($"/Procurement/Cases?laoId={other}&year={year}");
        Assert.NotNull(list.QuerySelector($"#cases tr[data-key='{c.Id}']"));
    }

    [Fact]
    public async Task Demo_cases_are_seeded_for_the_demo_LAO()
    {
        var lao = await CaseTestData.LaoIdAsync(factory);
        var statuses = await factory.WithDbAsync(db => db.Set<ProcurementCase>().AsNoTracking().Where(c => c.LaoId == lao && c.FiscalYear == 2569).Select(c => c.Status).ToListAsync());
        Assert.Contains(ProcurementCaseStatus.Requisitioned, statuses);
        Assert.Contains(ProcurementCaseStatus.Announced, statuses);
        Assert.Contains(ProcurementCaseStatus.Awarded, statuses);
    }
}
