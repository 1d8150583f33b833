using System.Globalization;
using System.Net;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Revenue.Contracts;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Domain.Fees;
using LocalGov.Revenue.Domain.Signboards;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;
using static LocalGov.IntegrationTests.Revenue.Register.RegisterTestData;

namespace LocalGov.IntegrationTests.Revenue.Register;

/// <summary>Signs, the yearly signboard run, the fee catalogue and licences, through the real forms.</summary>
public sealed class SignboardAndFeeTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private static string S(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<Browser> SignedInAsync(string user = "revenue")
    {
        var browser = new Browser(factory);
        await browser.SignInAsync(user);
        return browser;
    }

    private Task<int> FeeItemIdAsync(int laoId, string code) => factory.WithDbAsync(db =>
        db.Set<FeeItem>().Where(f => f.LaoId == laoId && f.Code == code).Select(f => f.Id).SingleAsync());

    [Fact]
    public async Task A_sign_is_registered_and_its_tax_explained()
    {
        var laoId = await RevenueLaoIdAsync(factory);
        var owner = await AddTaxpayerAsync(factory, laoId, "เจ้าของป้าย");
        using var browser = await SignedInAsync();

        var (response, _) = await browser.SubmitAsync($"/Revenue/Signs/Create?taxpayerId={S(owner.Id)}", new Dictionary<string, string>
        {
            ["Type"] = "NoThaiOrThaiBelow",
            ["WidthCm"] = "150",
            ["HeightCm"] = "5",
            ["Text"] = "OPEN",
            ["Location"] = "หน้าร้าน",
            ["InstalledOn"] = "2020-02-01",
        }, "/Revenue/Signs/Create");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var sign = await factory.WithDbAsync(db => db.Set<Sign>().SingleAsync(s => s.TaxpayerId == owner.Id));
        Assert.Equal(150, sign.WidthCm);
        var (_, details) = await browser.GetAsync($"/Revenue/Signs/Details/{S(sign.Id)}?year=2570");

        // 750 cm² → 2 units × 50 = 100 → the 200-baht minimum, standing all year.
        Assert.Equal("200.00", details.QuerySelector("#sign-tax")?.TextContent);
        var steps = details.QuerySelectorAll(".sign-tax-steps li").Select(li => li.TextContent).ToList();
        Assert.Equal(5, steps.Count); // area, units (remainder 250 counted), by area, minimum, full year
        Assert.Contains("750", steps[0], StringComparison.Ordinal);
        Assert.Contains("200.00", steps[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_negative_or_zero_size_is_a_field_error_and_nothing_is_saved()
    {
        var laoId = await RevenueLaoIdAsync(factory);
        var owner = await AddTaxpayerAsync(factory, laoId, "ขนาดผิด");
        using var browser = await SignedInAsync();

        var (response, page) = await browser.SubmitAsync("/Revenue/Signs/Create", new Dictionary<string, string>
        {
            ["TaxpayerTaxId"] = owner.TaxId,
            ["Type"] = "ThaiOnly",
            ["WidthCm"] = "-5",
            ["HeightCm"] = "0",
            ["Text"] = "ป้ายผิดขนาด",
            ["InstalledOn"] = "2026-01-01",
        }, "/Revenue/Signs/Create");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#WidthCm-error")?.TextContent));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#HeightCm-error")?.TextContent));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<Sign>().CountAsync(s => s.TaxpayerId == owner.Id)));
    }

    [Fact]
    public async Task The_yearly_run_bills_every_standing_sign_once_and_a_rerun_bills_nothing_twice()
    {
        var laoId = await RevenueLaoIdAsync(factory);
        var owner = await AddTaxpayerAsync(factory, laoId, "ป้ายประจำปี");
        var signId = await AddSignAsync(factory, laoId, owner.Id, 400, 150); // 120 units × 26 = 3,120
        const int year = 2575;
        var standing = await factory.WithDbAsync(db => db.Set<Sign>().CountAsync(s => s.LaoId == laoId && s.RemovedOn == null));
        using var browser = await SignedInAsync();
        var fields = new Dictionary<string, string> { ["TaxYear"] = S(year), ["IssuedOn"] = "2032-02-01" };

        var (first, _) = await browser.SubmitAsync($"/Revenue/Signs/Run?year={S(year)}", fields, "/Revenue/Signs/Run");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var bills = await factory.WithDbAsync(db => db.Set<Bill>().AsNoTracking().Where(b => b.LaoId == laoId && b.SourceKey.StartsWith("SGN:2575:")).ToListAsync());
        Assert.Equal(standing, bills.Count);
        var mine = bills.Single(b => b.SourceKey == $"SGN:2575:S{S(signId)}");
        Assert.Equal(Money.FromBaht(3_120m), mine.Amount);
        Assert.Equal(owner.Id, mine.TaxpayerId);
        Assert.Equal(RevenueKind.SignboardTax, mine.Kind);
        Assert.Equal(new DateOnly(2032, 2, 16), mine.DueOn);
        var summary = await factory.WithDbAsync(db => db.Set<RevenueSummaryRow>().AsNoTracking()
            .Where(r => r.LaoId == laoId && r.FiscalYear == 2575 && r.Kind == RevenueKind.SignboardTax).ToListAsync());
        Assert.Equal(bills.Sum(b => b.Amount.Satang), summary.Sum(r => r.Assessed.Satang));

        var (second, _) = await browser.SubmitAsync($"/Revenue/Signs/Run?year={S(year)}", fields, "/Revenue/Signs/Run");
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var again = await factory.WithDbAsync(db => db.Set<Bill>().AsNoTracking().Where(b => b.LaoId == laoId && b.SourceKey.StartsWith("SGN:2575:")).ToListAsync());
        Assert.Equal(bills.Count, again.Count);
        Assert.Equal(bills.OrderBy(b => b.Id).Select(b => (b.Id, b.Number, b.Amount)), again.OrderBy(b => b.Id).Select(b => (b.Id, b.Number, b.Amount)));

        var (_, notice) = await browser.GetAsync($"/Revenue/Signs/Notice?taxpayerId={S(owner.Id)}&year={S(year)}");
        Assert.Equal("3,120.00", notice.QuerySelector("#notice-total")?.TextContent);
        Assert.Contains(mine.Number, notice.QuerySelector("#signboard-notice")?.TextContent ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_licence_is_issued_with_its_bill_and_renewed_from_its_expiry()
    {
        var laoId = await RevenueLaoIdAsync(factory);
        var holder = await AddTaxpayerAsync(factory, laoId, "ผู้ขอใบอนุญาต");
        var itemId = await FeeItemIdAsync(laoId, "F03");
        using var browser = await SignedInAsync();

        var (issued, _) = await browser.SubmitAsync($"/Revenue/Licences/Issue?taxpayerId={S(holder.Id)}", new Dictionary<string, string>
        {
            ["FeeItemId"] = S(itemId),
            ["IssuedOn"] = "2026-03-15",
            ["Premises"] = "ร้านซ่อมรถทดสอบ",
        }, "/Revenue/Licences/Issue");

        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        var licence = await factory.WithDbAsync(db => db.Set<Licence>().AsNoTracking().SingleAsync(x => x.TaxpayerId == holder.Id));
        Assert.Equal(new DateOnly(2027, 3, 14), licence.ExpiresOn);
        Assert.Equal(2569, licence.Year);
        Assert.EndsWith("/2569", licence.Number, StringComparison.Ordinal);
        var bill = await factory.WithDbAsync(db => db.Set<Bill>().AsNoTracking().SingleAsync(b => b.LaoId == laoId && b.SourceKey == $"FEE:L{S(licence.Id)}"));
        Assert.Equal(licence.BillId, bill.Id);
        Assert.Equal(Money.FromBaht(1_000m), bill.Amount);
        Assert.Equal(RevenueKind.Fee, bill.Kind);
        Assert.Equal(holder.Id, bill.TaxpayerId);

        var detailsUrl = $"/Revenue/Licences/Details/{S(licence.Id)}";
        var (renewed, _) = await browser.SubmitAsync(detailsUrl, new Dictionary<string, string>(), $"/Revenue/Licences/Renew/{S(licence.Id)}");

        Assert.Equal(HttpStatusCode.Redirect, renewed.StatusCode);
        var all = await factory.WithDbAsync(db => db.Set<Licence>().AsNoTracking().Where(x => x.TaxpayerId == holder.Id).OrderBy(x => x.Id).ToListAsync());
        Assert.Equal(2, all.Count);
        Assert.Equal(LicenceStatus.Renewed, all[0].Status);
        Assert.Equal(new DateOnly(2027, 3, 15), all[1].IssuedOn);
        Assert.Equal(new DateOnly(2028, 3, 14), all[1].ExpiresOn);
        Assert.Equal(licence.Id, all[1].RenewedFromId);
        Assert.Equal(LicenceStatus.Active, all[1].Status);
        var bills = await factory.WithDbAsync(db => db.Set<Bill>().AsNoTracking().Where(b => b.TaxpayerId == holder.Id).ToListAsync());
        Assert.Equal(2, bills.Count);
        Assert.Contains(bills, b => b.SourceKey == $"FEE:L{S(all[1].Id)}" && b.FiscalYear == 2570);

        // The old licence cannot be renewed a second time.
        var token = (await browser.GetAsync(detailsUrl)).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        await browser.PostAsync($"/Revenue/Licences/Renew/{S(licence.Id)}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["concurrencyStamp"] = all[0].ConcurrencyStamp.ToString() });
        Assert.Equal(2, await factory.WithDbAsync(db => db.Set<Licence>().CountAsync(x => x.TaxpayerId == holder.Id)));
    }

    [Fact]
    public async Task A_yearly_fee_is_billed_once_per_period_without_a_licence()
    {
        var laoId = await RevenueLaoIdAsync(factory);
        var payer = await AddTaxpayerAsync(factory, laoId, "ค่าขยะ");
        var itemId = await FeeItemIdAsync(laoId, "F01"); // 20 baht a month
        using var browser = await SignedInAsync();
        var fields = new Dictionary<string, string> { ["TaxpayerTaxId"] = payer.TaxId, ["FeeItemId"] = S(itemId), ["Quantity"] = "12", ["IssuedOn"] = "2026-10-05" };

        var (first, _) = await browser.SubmitAsync("/Revenue/Fees/Bill", fields, "/Revenue/Fees/Bill");
        var (second, page) = await browser.SubmitAsync("/Revenue/Fees/Bill", fields, "/Revenue/Fees/Bill");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#FeeItemId-error")?.TextContent));
        var bill = await factory.WithDbAsync(db => db.Set<Bill>().AsNoTracking().SingleAsync(b => b.TaxpayerId == payer.Id));
        Assert.Equal(Money.FromBaht(240m), bill.Amount);
        Assert.Equal(2570, bill.FiscalYear);
    }

    [Fact]
    public async Task An_unknown_fee_item_is_a_field_error()
    {
        var laoId = await RevenueLaoIdAsync(factory);
        var payer = await AddTaxpayerAsync(factory, laoId, "รายการไม่มี");
        using var browser = await SignedInAsync();

        var (bill, billPage) = await browser.SubmitAsync("/Revenue/Fees/Bill", new Dictionary<string, string>
        {
            ["TaxpayerTaxId"] = payer.TaxId,
            ["FeeItemId"] = "999999",
            ["Quantity"] = "1",
            ["IssuedOn"] = "2026-10-05",
        }, "/Revenue/Fees/Bill");
        var (licence, licencePage) = await browser.SubmitAsync("/Revenue/Licences/Issue", new Dictionary<string, string>
        {
            ["TaxpayerTaxId"] = payer.TaxId,
            ["FeeItemId"] = "999999",
            ["IssuedOn"] = "2026-10-05",
            ["Premises"] = "ไม่มี",
        }, "/Revenue/Licences/Issue");

        Assert.Equal(HttpStatusCode.OK, bill.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(billPage.QuerySelector("#FeeItemId-error")?.TextContent));
        Assert.Equal(HttpStatusCode.OK, licence.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(licencePage.QuerySelector("#FeeItemId-error")?.TextContent));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<Bill>().CountAsync(b => b.TaxpayerId == payer.Id)));
    }

    [Fact]
    public async Task Fee_items_are_kept_by_the_lao_staff_and_a_negative_amount_is_refused()
    {
        var laoId = await RevenueLaoIdAsync(factory);
        using var browser = await SignedInAsync();

        var (bad, badPage) = await browser.SubmitAsync("/Revenue/Fees/CreateItem", new Dictionary<string, string>
        {
            ["Code"] = "T01",
            ["NameTh"] = "ค่าทดสอบ",
            ["Amount"] = "-10",
            ["Period"] = "OneOff",
        }, "/Revenue/Fees/CreateItem");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(badPage.QuerySelector("#Amount-error")?.TextContent));

        var (good, _) = await browser.SubmitAsync("/Revenue/Fees/CreateItem", new Dictionary<string, string>
        {
            ["Code"] = "T01",
            ["NameTh"] = "ค่าทดสอบ",
            ["Amount"] = "35.50",
            ["Period"] = "OneOff",
        }, "/Revenue/Fees/CreateItem");
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var item = await factory.WithDbAsync(db => db.Set<FeeItem>().SingleAsync(f => f.LaoId == laoId && f.Code == "T01"));
        Assert.Equal(Money.FromBaht(35.50m), item.Amount);

        using var province = await SignedInAsync("province");
        Assert.Equal(HttpStatusCode.Forbidden, (await province.Client.GetAsync($"/Revenue/Fees/EditItem/{S(item.Id)}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await province.Client.GetAsync("/Revenue/Fees")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await province.Client.GetAsync($"/Revenue/Signs/Notice?taxpayerId={S((await AddTaxpayerAsync(factory, laoId, "ดูใบแจ้ง")).Id)}")).StatusCode);
    }

    [Fact]
    public async Task Another_laos_sign_and_licence_are_not_found()
    {
        var own = await RevenueLaoIdAsync(factory);
        var otherLao = await OtherLaoIdAsync(factory, own);
        var other = await AddTaxpayerAsync(factory, otherLao, "ป้ายอปท.อื่น");
        var signId = await AddSignAsync(factory, otherLao, other.Id);
        using var browser = await SignedInAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await browser.Client.GetAsync($"/Revenue/Signs/Details/{S(signId)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Client.GetAsync($"/Revenue/Signs/Edit/{S(signId)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Client.GetAsync($"/Revenue/Signs/Notice?taxpayerId={S(other.Id)}")).StatusCode);
    }
}
