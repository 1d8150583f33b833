using System.Globalization;
using System.Net;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Procurement.Domain;
using LocalGov.Procurement.Seeding;
using LocalGov.Procurement.Services;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.Procurement.Register;

/// <summary>Vendors, blacklisting, the procurement plan, method rule administration and the asset register, through the pages.</summary>
public sealed class RegisterTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private static int _sequence = Environment.TickCount % 100_000;

    private static string NewTaxId(char first = '0') =>
        RegisterDemoSeeder.WithCheckDigit(string.Create(CultureInfo.InvariantCulture, $"{first}99{Interlocked.Increment(ref _sequence):000000000}")[..12]);

    private string Th(string key, params object[] args)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("th-TH");
        try
        {
            var localizer = factory.Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizerFactory>().Create(typeof(LocalGov.Procurement.Resources.Strings));
            return localizer[key, args].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private Task<int> LaoIdAsync() => factory.WithDbAsync(async db => (await db.Users.SingleAsync(u => u.UserName == "procurement")).LaoId!.Value);

    private async Task<Browser> SignInAsync(string user)
    {
        var browser = new Browser(factory);
        await browser.SignInAsync(user);
        return browser;
    }

    private static Dictionary<string, string> VendorFields(string taxId, string name) => new()
    {
        ["TaxId"] = taxId,
        ["Name"] = name,
        ["BranchNo"] = "00000",
        ["Phone"] = "037-000-000",
        ["BankName"] = "ธนาคารกรุงไทย",
        ["BankAccountNo"] = "123-4-56789-0",
    };

    private async Task<int> CreateVendorAsync(Browser browser, string taxId, string name)
    {
        var (response, _) = await browser.SubmitAsync("/Procurement/Vendors/Create", VendorFields(taxId, name), "/Procurement/Vendors/Create");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(Browser.PathOf(response).Split('/')[^1], CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task A_second_vendor_with_the_same_tax_id_is_refused_naming_the_first()
    {
        using var officer = await SignInAsync("procurement");
        var taxId = NewTaxId();
        var id = await CreateVendorAsync(officer, taxId, "บริษัท ทดสอบซ้ำ จำกัด");

        var (response, page) = await officer.SubmitAsync("/Procurement/Vendors/Create", VendorFields(taxId, "บริษัท ซ้ำอีก จำกัด"), "/Procurement/Vendors/Create");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(Th("Vendor.TaxIdTaken", "บริษัท ทดสอบซ้ำ จำกัด"), page.QuerySelector("#TaxId-error")!.TextContent);
        var vendor = await factory.WithDbAsync(db => db.Set<Vendor>().SingleAsync(v => v.TaxId == taxId));
        Assert.Equal(id, vendor.Id);
        Assert.Equal(VendorKind.Company, vendor.Kind);
    }

    [Fact]
    public async Task A_tax_id_with_a_wrong_check_digit_gets_a_field_message()
    {
        using var officer = await SignInAsync("procurement");
        var valid = NewTaxId('3');
        var wrong = valid[..12] + (char)('0' + ((valid[12] - '0' + 1) % 10));

        var (response, page) = await officer.SubmitAsync("/Procurement/Vendors/Create", VendorFields(wrong, "นายเลขผิด ทดสอบ"), "/Procurement/Vendors/Create");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(Th("Vendor.TaxIdInvalid"), page.QuerySelector("#TaxId-error")!.TextContent);
        Assert.Equal("TaxId-error", page.QuerySelector("#TaxId")!.GetAttribute("aria-describedby"));
        Assert.False(await factory.WithDbAsync(db => db.Set<Vendor>().AnyAsync(v => v.TaxId == wrong)));
    }

    [Fact]
    public async Task A_blacklisting_blocks_the_vendor_inside_its_period_and_not_after_it()
    {
        using var officer = await SignInAsync("procurement");
        var lao = await LaoIdAsync();
        var id = await CreateVendorAsync(officer, NewTaxId(), "หจก. ทิ้งงานทดสอบ");

        var (bad, badPage) = await officer.SubmitAsync($"/Procurement/Vendors/Blacklist/{id}", new Dictionary<string, string> { ["FromDate"] = "2026-01-01", ["ToDate"] = "2025-12-01", ["Reason"] = "" }, "/Procurement/Vendors/Blacklist");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.NotNull(badPage.QuerySelector("#ToDate-error"));
        Assert.NotNull(badPage.QuerySelector("#Reason-error"));

        var (ok, _) = await officer.SubmitAsync($"/Procurement/Vendors/Blacklist/{id}", new Dictionary<string, string> { ["FromDate"] = "2026-01-01", ["ToDate"] = "2026-03-31", ["Reason"] = "ทิ้งงานสัญญาเลขที่ 5/2569" }, "/Procurement/Vendors/Blacklist");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);

        await using var scope = factory.Services.CreateAsyncScope();
        var register = scope.ServiceProvider.GetRequiredService<VendorRegister>();
        var inside = await register.FindUsableAsync(lao, id, new DateOnly(2026, 2, 15), CancellationToken.None);
        var after = await register.FindUsableAsync(lao, id, new DateOnly(2026, 4, 1), CancellationToken.None);
        var elsewhere = await register.FindUsableAsync(lao + 100_000, id, new DateOnly(2026, 4, 1), CancellationToken.None);

        Assert.Equal(VendorUsability.Blacklisted, inside.Outcome);
        Assert.Equal("ทิ้งงานสัญญาเลขที่ 5/2569", inside.Reason);
        Assert.Equal(new DateOnly(2026, 3, 31), inside.Until);
        Assert.True(after.IsUsable);
        Assert.Equal(VendorUsability.NotFound, elsewhere.Outcome);
    }

    [Fact]
    public async Task Publishing_a_plan_again_after_a_change_makes_the_next_revision()
    {
        using var officer = await SignInAsync("procurement");
        var lao = await LaoIdAsync();
        const int year = 2572;
        await officer.SubmitAsync($"/Procurement/Plans?year={year}", new Dictionary<string, string> { ["year"] = year.ToString(CultureInfo.InvariantCulture) }, "/Procurement/Plans/Create");
        var planId = await factory.WithDbAsync(db => db.Set<ProcurementPlan>().Where(p => p.LaoId == lao && p.FiscalYear == year).Select(p => p.Id).SingleAsync());

        var item = new Dictionary<string, string> { ["Title"] = "จัดซื้อครุภัณฑ์ทดสอบ", ["Category"] = "Goods", ["Method"] = "Specific", ["EstimatedAmount"] = "45000.50", ["ExpectedMonth"] = "2029-01", ["BudgetLineId"] = "" };
        var (decimals, decimalsPage) = await officer.SubmitAsync($"/Procurement/Plans/Item/{planId}", new Dictionary<string, string>(item) { ["EstimatedAmount"] = "1.005" }, "/Procurement/Plans/Item");
        Assert.Equal(HttpStatusCode.BadRequest, decimals.StatusCode);
        Assert.Equal(Th("Plan.AmountDecimals"), decimalsPage.QuerySelector("#EstimatedAmount-error")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.SubmitAsync($"/Procurement/Plans/Item/{planId}", item, "/Procurement/Plans/Item")).Response.StatusCode);

        var index = $"/Procurement/Plans?year={year}";
        await officer.SubmitAsync(index, new Dictionary<string, string>(), $"/Procurement/Plans/Publish/{planId}");
        var first = await factory.WithDbAsync(db => db.Set<ProcurementPlan>().AsNoTracking().SingleAsync(p => p.Id == planId));
        Assert.Equal((PlanStatus.Published, 0, "procurement"), (first.Status, first.Revision, first.PublishedBy));
        Assert.NotNull(first.PublishedOn);

        await officer.SubmitAsync(index, new Dictionary<string, string>(), $"/Procurement/Plans/Revise/{planId}");
        Assert.Equal(PlanStatus.Draft, (await factory.WithDbAsync(db => db.Set<ProcurementPlan>().AsNoTracking().SingleAsync(p => p.Id == planId))).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.SubmitAsync($"/Procurement/Plans/Item/{planId}", new Dictionary<string, string>(item) { ["Title"] = "รายการที่สอง" }, "/Procurement/Plans/Item")).Response.StatusCode);
        await officer.SubmitAsync(index, new Dictionary<string, string>(), $"/Procurement/Plans/Publish/{planId}");

        var second = await factory.WithDbAsync(db => db.Set<ProcurementPlan>().AsNoTracking().Include(p => p.Items).SingleAsync(p => p.Id == planId));
        Assert.Equal((PlanStatus.Published, 1, 2), (second.Status, second.Revision, second.Items.Count));
        var (print, printPage) = await officer.GetAsync($"/Procurement/Plans/Print/{planId}");
        Assert.Equal(HttpStatusCode.OK, print.StatusCode);
        Assert.Contains("90,001.00", printPage.QuerySelector("#plan-total")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_threshold_ends_the_previous_row_and_changes_the_allowed_methods_from_its_date()
    {
        using var admin = await SignInAsync("admin");
        var amount = Money.FromBaht(800_000m);
        var (bad, badPage) = await admin.SubmitAsync("/Procurement/Rules/AddRule", new Dictionary<string, string>
        {
            ["Method"] = "Specific",
            ["Catalogue"] = "Any",
            ["RequiresReason"] = "false",
            ["AboveAmount"] = "1000",
            ["UpToAmount"] = "500",
            ["EffectiveFrom"] = "2031-01-01",
            ["Source"] = "",
        }, "/Procurement/Rules/AddRule");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(Th("Rule.UpperNotAbove"), badPage.QuerySelector("#UpToAmount-error")!.TextContent);
        Assert.NotNull(badPage.QuerySelector("#Source-error"));

        var (ok, _) = await admin.SubmitAsync("/Procurement/Rules/AddRule", new Dictionary<string, string>
        {
            ["Method"] = "Specific",
            ["Catalogue"] = "Any",
            ["RequiresReason"] = "false",
            ["AboveAmount"] = "0",
            ["UpToAmount"] = "1000000",
            ["EffectiveFrom"] = "2031-01-01",
            ["Source"] = "กฎกระทรวง (ทดสอบ) พ.ศ. 2573",
        }, "/Procurement/Rules/AddRule");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);

        var rows = await factory.WithDbAsync(db => db.Set<MethodRule>().AsNoTracking().Where(r => r.Method == LocalGov.Procurement.Contracts.ProcurementMethod.Specific && !r.RequiresReason).OrderBy(r => r.EffectiveFrom).ToListAsync());
        Assert.Equal(new DateOnly(2030, 12, 31), rows[^2].EffectiveTo);
        Assert.Null(rows[^1].EffectiveTo);
        Assert.Null((await factory.WithDbAsync(db => db.Set<MethodRule>().AsNoTracking().SingleAsync(r => r.Method == LocalGov.Procurement.Contracts.ProcurementMethod.Specific && r.RequiresReason))).EffectiveTo);

        await using var scope = factory.Services.CreateAsyncScope();
        var rules = scope.ServiceProvider.GetRequiredService<ProcurementRules>();
        var before = await rules.AllowedMethodsAsync(amount, false, new DateOnly(2030, 6, 1), CancellationToken.None);
        var afterwards = await rules.AllowedMethodsAsync(amount, false, new DateOnly(2031, 2, 1), CancellationToken.None);
        Assert.True(before.Single(m => m.Method == LocalGov.Procurement.Contracts.ProcurementMethod.Specific).RequiresReason);
        Assert.False(afterwards.Single(m => m.Method == LocalGov.Procurement.Contracts.ProcurementMethod.Specific).RequiresReason);

        using var officer = await SignInAsync("procurement");
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/Procurement/Rules")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/Procurement/Rules/AddRule")).Response.StatusCode);
    }

    [Fact]
    public async Task An_asset_is_transferred_then_disposed_and_takes_no_further_change()
    {
        using var officer = await SignInAsync("procurement");
        var (created, _) = await officer.SubmitAsync("/Procurement/Assets/Create", new Dictionary<string, string>
        {
            ["Name"] = "เครื่องพิมพ์ทดสอบ",
            ["Category"] = "ครุภัณฑ์คอมพิวเตอร์",
            ["AcquiredOn"] = "2025-11-15",
            ["Cost"] = "12000",
            ["SalvageValue"] = "1",
            ["UsefulLifeYears"] = "3",
            ["Location"] = "กองคลัง",
            ["Custodian"] = "นางสาวทดสอบ",
        }, "/Procurement/Assets/Create");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = int.Parse(Browser.PathOf(created).Split('/')[^1], CultureInfo.InvariantCulture);
        Assert.StartsWith("COM-2569-", (await factory.WithDbAsync(db => db.Set<Asset>().SingleAsync(a => a.Id == id))).AssetCode, StringComparison.Ordinal);

        var (moved, _) = await officer.SubmitAsync($"/Procurement/Assets/Act/{id}?kind=Transfer", new Dictionary<string, string> { ["OccurredOn"] = "2026-01-10", ["Location"] = "สำนักปลัด", ["Custodian"] = "นายรับโอน" }, "/Procurement/Assets/Act");
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var (badDisposal, badPage) = await officer.SubmitAsync($"/Procurement/Assets/Act/{id}?kind=Dispose", new Dictionary<string, string> { ["OccurredOn"] = "2026-02-01", ["Amount"] = "-5", ["Note"] = "" }, "/Procurement/Assets/Act");
        Assert.Equal(HttpStatusCode.BadRequest, badDisposal.StatusCode);
        Assert.NotNull(badPage.QuerySelector("#Amount-error"));
        Assert.NotNull(badPage.QuerySelector("#Note-error"));
        var (disposed, _) = await officer.SubmitAsync($"/Procurement/Assets/Act/{id}?kind=Dispose", new Dictionary<string, string> { ["OccurredOn"] = "2026-02-01", ["Method"] = "Auction", ["Amount"] = "1500", ["Note"] = "ชำรุดเสียหายซ่อมไม่คุ้มค่า" }, "/Procurement/Assets/Act");
        Assert.Equal(HttpStatusCode.Redirect, disposed.StatusCode);

        var asset = await factory.WithDbAsync(db => db.Set<Asset>().AsNoTracking().Include(a => a.Events).SingleAsync(a => a.Id == id));
        Assert.Equal(("สำนักปลัด", "นายรับโอน", AssetStatus.Disposed), (asset.Location, asset.Custodian, asset.Status));
        Assert.Equal([AssetEventKind.Acquired, AssetEventKind.Transferred, AssetEventKind.Disposed], asset.Events.OrderBy(e => e.Id).Select(e => e.Kind));
        Assert.Equal(Money.FromBaht(1500m), asset.DisposalProceeds);

        var (again, _) = await officer.GetAsync($"/Procurement/Assets/Act/{id}?kind=Transfer");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var (schedule, schedulePage) = await officer.GetAsync("/Procurement/Assets/Schedule?year=2569");
        Assert.Equal(HttpStatusCode.OK, schedule.StatusCode);
        // 11,999 over 36 months = 333.3055…; Nov 2025 – Feb 2026 = 4 months → 1,333.22.
        Assert.Equal("1,333.22", schedulePage.QuerySelector($"#depreciation-schedule tr[data-id='{id}'] td[data-col=year]")!.TextContent.Trim());
        var excel = await officer.Client.GetAsync("/Procurement/Assets/Schedule?year=2569&excel=true");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", excel.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Another_LAOs_vendor_is_not_found_and_a_province_officer_reads_but_cannot_change()
    {
        var lao = await LaoIdAsync();
        var otherVendor = await factory.WithDbAsync(async db =>
        {
            var other = await db.Database.SqlQuery<int>($"SELECT Id AS Value FROM org_Lao WHERE Id <> {lao} ORDER BY Id LIMIT 1").SingleAsync();
            var vendor = new Vendor { LaoId = other, TaxId = NewTaxId(), Name = "ผู้ค้าของ อปท. อื่น", Kind = VendorKind.Company, CreatedBy = "test", CreatedUtc = DateTime.UtcNow };
            db.Set<Vendor>().Add(vendor);
            await db.SaveChangesAsync();
            return vendor.Id;
        });
        using var officer = await SignInAsync("procurement");
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/Procurement/Vendors/Details/{otherVendor}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/Procurement/Vendors/Edit/{otherVendor}")).Response.StatusCode);

        var own = await CreateVendorAsync(officer, NewTaxId(), "ผู้ค้าให้จังหวัดดู");
        using var province = await SignInAsync("province");
        Assert.Equal(HttpStatusCode.OK, (await province.GetAsync($"/Procurement/Vendors?laoId={lao}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await province.GetAsync($"/Procurement/Vendors/Details/{own}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await province.GetAsync($"/Procurement/Plans?laoId={lao}&year=2569")).Response.StatusCode);
        var (_, page) = await province.GetAsync($"/Procurement/Vendors?laoId={lao}");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var (post, _) = await province.PostAsync($"/Procurement/Vendors/Blacklist/{own}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["FromDate"] = "2026-01-01", ["Reason"] = "ไม่ควรบันทึกได้" });
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Set<VendorBlacklisting>().AnyAsync(b => b.VendorId == own)));
    }

    [Fact]
    public async Task The_demo_register_has_six_vendors_one_blacklisted_and_a_published_plan()
    {
        var lao = await LaoIdAsync();
        var vendors = await factory.WithDbAsync(db => db.Set<Vendor>().AsNoTracking().Include(v => v.Blacklistings).Where(v => v.LaoId == lao && v.CreatedBy == "procurement" && v.CreatedUtc < DateTime.UtcNow.AddMinutes(-0)).ToListAsync());
        Assert.True(vendors.Count >= 6);
        Assert.All(vendors, v => Assert.True(LocalGov.SharedKernel.Identity.ThaiTaxId.IsValid(v.TaxId)));
        Assert.Single(vendors, v => v.Blacklistings.Count > 0 && v.Name.Contains("รวดเร็ว", StringComparison.Ordinal));
        var plan = await factory.WithDbAsync(db => db.Set<ProcurementPlan>().AsNoTracking().Include(p => p.Items).SingleAsync(p => p.LaoId == lao && p.FiscalYear == 2569));
        Assert.Equal(PlanStatus.Published, plan.Status);
        Assert.Equal(6, plan.Items.Count);
    }
}
