using System.Globalization;
using System.Net;
using LocalGov.Budgeting.Domain;
using LocalGov.Finance.Domain;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.IntegrationTests.Finance.Vouchers;

/// <summary>The voucher lifecycle through the pages, as finance staff and the executive use it.</summary>
public sealed class VoucherPagesTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Form(int lineId, int fiscalYear, string gross, string incomeType = "NONE", string number = "") => new()
    {
        ["VoucherNo"] = number,
        ["RequestedOn"] = Iso(VoucherTestData.Day(fiscalYear, 5)),
        ["PayeeKind"] = nameof(PayeeKind.Company),
        ["PayeeName"] = "ห้างหุ้นส่วนจำกัด นครนายกการช่าง",
        ["PayeeTaxId"] = "0105558123451",
        ["PayeeAddress"] = "123 ถนนสุวรรณศร นครนายก",
        ["Description"] = "จ้างซ่อมแซมถนน",
        ["BudgetLineId"] = lineId.ToString(CultureInfo.InvariantCulture),
        ["Gross"] = gross,
        ["IncomeTypeCode"] = incomeType,
    };

    private static async Task<Browser> SignedInAsync(LocalGovFactory factory, string user)
    {
        var browser = new Browser(factory);
        await browser.SignInAsync(user);
        return browser;
    }

    private static int IdFrom(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(Browser.PathOf(response).Split('/')[^1], CultureInfo.InvariantCulture);
    }

    private static async Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Page)> PressAsync(Browser browser, int id, string formId, string? reason = null) =>
        await VoucherTestData.SubmitFormAsync(browser, $"/Finance/Vouchers/Details/{id}", formId, reason is null ? new Dictionary<string, string>() : new() { ["Reason"] = reason });

    [Fact]
    public async Task Full_lifecycle_posts_a_balanced_payment_and_moves_the_control_ledger_from_reserved_to_disbursed()
    {
        var lao = await VoucherTestData.LaoIdAsync(factory);
        var (year, line) = await VoucherTestData.LineAsync(factory, lao, 100_000m);
        var bank = await VoucherTestData.BankAccountAsync(factory, lao);
        using var finance = await SignedInAsync(factory, "finance");

        var (created, _) = await VoucherTestData.SubmitFormAsync(finance, $"/Finance/Vouchers/Create?year={year}", "voucher-form", Form(line, year, "45,000.00", "HIRE"));
        var id = IdFrom(created);
        var draft = await VoucherTestData.VoucherAsync(factory, id);
        Assert.Equal(VoucherStatus.Draft, draft.Status);
        Assert.StartsWith($"PV{year}-", draft.VoucherNo, StringComparison.Ordinal);
        Assert.Equal(Money.FromBaht(450m), draft.Withheld);
        Assert.Equal(Money.FromBaht(44_550m), draft.Net);

        Assert.Equal(HttpStatusCode.Redirect, (await PressAsync(finance, id, "submit-form")).Response.StatusCode);
        var reserved = await VoucherTestData.BalanceAsync(factory, line);
        Assert.Equal(Money.FromBaht(45_000m), reserved.Committed);
        Assert.Equal(Money.Zero, reserved.Disbursed);

        using (var executive = await SignedInAsync(factory, "executive"))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await PressAsync(executive, id, "approve-form")).Response.StatusCode);
        }

        var paidOn = VoucherTestData.Day(year, 20);
        var (paid, _) = await VoucherTestData.SubmitFormAsync(finance, $"/Finance/Vouchers/Pay/{id}", "pay-form", new Dictionary<string, string>
        {
            ["Method"] = nameof(VoucherPaymentMethod.Transfer),
            ["BankAccountId"] = bank.Id.ToString(CultureInfo.InvariantCulture),
            ["PaidOn"] = Iso(paidOn),
            ["TransferReference"] = "KTB-0001",
        });
        Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);

        var voucher = await VoucherTestData.VoucherAsync(factory, id);
        Assert.Equal(VoucherStatus.Paid, voucher.Status);
        Assert.Equal(
            [VoucherStatus.Draft, VoucherStatus.Submitted, VoucherStatus.Approved, VoucherStatus.Paid],
            voucher.Events.OrderBy(e => e.Id).Select(e => e.Status).ToArray());
        var balance = await VoucherTestData.BalanceAsync(factory, line);
        Assert.Equal(Money.Zero, balance.Committed);
        Assert.Equal(Money.FromBaht(45_000m), balance.Disbursed);
        var control = await VoucherTestData.ControlLedgerAsync(factory, line);
        Assert.Single(control, e => e.Kind == LedgerEntryKind.Commitment && e.Amount == Money.FromBaht(45_000m));
        Assert.Single(control, e => e.Kind == LedgerEntryKind.DisbursementOfCommitment && e.Amount == Money.FromBaht(45_000m));

        var (entry, lines) = await factory.WithDbAsync(async db =>
        {
            var e = await db.Set<JournalEntry>().AsNoTracking().Include(x => x.Lines).SingleAsync(x => x.Id == voucher.JournalEntryId);
            var codes = await db.Set<Account>().AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Code);
            return (e, e.Lines.Select(l => (Code: codes[l.AccountId], l.Debit, l.Credit, l.BudgetLineId, l.BankAccountId)).ToList());
        });
        Assert.Equal(JournalEntryKind.Payment, entry.Kind);
        Assert.Equal("Finance", entry.SourceModule);
        Assert.Equal($"PV:{id}", entry.SourceReference);
        Assert.Equal(paidOn, entry.EntryDate);
        Assert.Equal(Money.Sum(lines.Select(l => l.Debit)), Money.Sum(lines.Select(l => l.Credit)));
        Assert.Equal(Money.FromBaht(45_000m), entry.TotalDebit);
        var dr = Assert.Single(lines, l => l.Debit > Money.Zero);
        Assert.Equal((VoucherTestData.ExpenseAccountCode, Money.FromBaht(45_000m), (int?)line), (dr.Code, dr.Debit, dr.BudgetLineId));
        var bankLine = Assert.Single(lines, l => l.BankAccountId is not null);
        Assert.Equal((Money.FromBaht(44_550m), (int?)bank.Id, bank.LedgerAccountId), (bankLine.Credit, bankLine.BankAccountId, await factory.WithDbAsync(db => db.Set<Account>().Where(a => a.Code == bankLine.Code).Select(a => a.Id).SingleAsync())));
        var wht = Assert.Single(lines, l => l.Code == VoucherTestData.WithholdingAccountCode);
        Assert.Equal(Money.FromBaht(450m), wht.Credit);

        // The certificate: numbered in the WT series at payment, payee, amounts and the tax in Thai words.
        Assert.StartsWith($"WT{year}-", voucher.CertificateNo, StringComparison.Ordinal);
        var (certResponse, cert) = await finance.GetAsync($"/Finance/Vouchers/Certificate/{id}");
        Assert.Equal(HttpStatusCode.OK, certResponse.StatusCode);
        Assert.Equal(voucher.CertificateNo, cert.GetElementById("certificate-no")!.TextContent.Trim());
        Assert.Equal("45,000.00", cert.GetElementById("amount-paid")!.TextContent.Trim());
        Assert.Equal("450.00", cert.GetElementById("tax-withheld")!.TextContent.Trim());
        Assert.Equal(BahtText.ToThaiWords(Money.FromBaht(450m)), cert.GetElementById("tax-words")!.TextContent.Trim());
        Assert.Equal("0-1055-58123-45-1", cert.GetElementById("payee-tax-id")!.TextContent.Trim());
        Assert.Equal("3260101", cert.GetElementById("payer-id")!.TextContent.Trim());

        // The month's withholding summary lists it among the companies (ภ.ง.ด.53), on screen and in Excel.
        var be = paidOn.Year + 543;
        var (_, summary) = await finance.GetAsync($"/Finance/Vouchers/Withholding?year={be}&month={paidOn.Month}");
        var row = summary.QuerySelector($"#withholding-pnd53 tr[data-key='{id}']");
        Assert.NotNull(row);
        Assert.Contains("450.00", row!.TextContent, StringComparison.Ordinal);
        var excel = await finance.Client.GetAsync($"/Finance/Vouchers/Withholding?year={be}&month={paidOn.Month}&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", excel.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Voucher_cannot_reserve_more_than_the_available_budget_and_nothing_is_written()
    {
        var lao = await VoucherTestData.LaoIdAsync(factory);
        var (year, line) = await VoucherTestData.LineAsync(factory, lao, 10_000m);
        using var finance = await SignedInAsync(factory, "finance");
        var id = IdFrom((await VoucherTestData.SubmitFormAsync(finance, $"/Finance/Vouchers/Create?year={year}", "voucher-form", Form(line, year, "10000.01"))).Response);

        var (response, page) = await PressAsync(finance, id, "submit-form");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = page.GetElementById("action-errors")!.TextContent;
        Assert.Contains("10,000.01", message, StringComparison.Ordinal);
        Assert.Contains("10,000.00", message, StringComparison.Ordinal);
        Assert.Equal(VoucherStatus.Draft, (await VoucherTestData.VoucherAsync(factory, id)).Status);
        Assert.Equal(Money.Zero, (await VoucherTestData.BalanceAsync(factory, line)).Committed);
        Assert.DoesNotContain(await VoucherTestData.ControlLedgerAsync(factory, line), e => e.Kind == LedgerEntryKind.Commitment);
    }

    [Fact]
    public async Task Amount_with_three_decimals_or_a_bad_tax_id_is_refused_on_the_field()
    {
        var lao = await VoucherTestData.LaoIdAsync(factory);
        var (year, line) = await VoucherTestData.LineAsync(factory, lao, 10_000m);
        using var finance = await SignedInAsync(factory, "finance");
        var form = Form(line, year, "1,000.005");
        form["PayeeTaxId"] = "0105558123452";

        var (response, page) = await VoucherTestData.SubmitFormAsync(finance, $"/Finance/Vouchers/Create?year={year}", "voucher-form", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.GetElementById("Gross-error")!.TextContent));
        Assert.Equal("Gross-error", page.GetElementById("Gross")!.GetAttribute("aria-describedby"));
        Assert.False(string.IsNullOrWhiteSpace(page.GetElementById("PayeeTaxId-error")!.TextContent));
        Assert.False(await factory.WithDbAsync(db => db.Set<Voucher>().AnyAsync(v => v.BudgetLineId == line)));
    }

    [Fact]
    public async Task Duplicate_voucher_number_is_refused_on_the_field()
    {
        var lao = await VoucherTestData.LaoIdAsync(factory);
        var (year, line) = await VoucherTestData.LineAsync(factory, lao, 50_000m);
        using var finance = await SignedInAsync(factory, "finance");
        IdFrom((await VoucherTestData.SubmitFormAsync(finance, $"/Finance/Vouchers/Create?year={year}", "voucher-form", Form(line, year, "100", number: "ฎ.123/2569"))).Response);

        var (response, page) = await VoucherTestData.SubmitFormAsync(finance, $"/Finance/Vouchers/Create?year={year}", "voucher-form", Form(line, year, "200", number: "ฎ.123/2569"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ฎ.123/2569", page.GetElementById("VoucherNo-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<Voucher>().CountAsync(v => v.LaoId == lao && v.FiscalYear == year && v.VoucherNo == "ฎ.123/2569")));
    }

    [Fact]
    public async Task Approval_by_the_preparer_by_another_LAOs_executive_or_by_finance_is_refused()
    {
        var lao = await VoucherTestData.LaoIdAsync(factory);
        var other = await factory.WithDbAsync(db => db.Database.SqlQuery<int>($"SELECT Id AS Value FROM org_Lao WHERE Id <> {lao} ORDER BY Id LIMIT 1").SingleAsync());
        await VoucherTestData.CreateUserAsync(factory, "finexec", lao, Roles.LaoFinanceOfficer, Roles.LaoExecutive);
        await VoucherTestData.CreateUserAsync(factory, "otherexec", other, Roles.LaoExecutive);
        var (year, line) = await VoucherTestData.LineAsync(factory, lao, 50_000m);

        // The preparer holds both roles: they may submit but not approve their own voucher.
        using var preparer = await SignedInAsync(factory, "finexec");
        var id = IdFrom((await VoucherTestData.SubmitFormAsync(preparer, $"/Finance/Vouchers/Create?year={year}", "voucher-form", Form(line, year, "1000"))).Response);
        Assert.Equal(HttpStatusCode.Redirect, (await PressAsync(preparer, id, "submit-form")).Response.StatusCode);
        var (own, ownPage) = await PressAsync(preparer, id, "approve-form");
        Assert.Equal(HttpStatusCode.BadRequest, own.StatusCode);
        Assert.NotNull(ownPage.GetElementById("action-errors"));

        var stamp = (await VoucherTestData.VoucherAsync(factory, id)).ConcurrencyStamp.ToString();
        using var outsider = await SignedInAsync(factory, "otherexec");
        var (foreign, _) = await outsider.PostAsync($"/Finance/Vouchers/Approve/{id}", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await VoucherTestData.TokenAsync(outsider),
            ["ConcurrencyStamp"] = stamp,
        });
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);

        using var finance = await SignedInAsync(factory, "finance");
        var (byFinance, _) = await finance.PostAsync($"/Finance/Vouchers/Approve/{id}", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await VoucherTestData.TokenAsync(finance),
            ["ConcurrencyStamp"] = stamp,
        });
        Assert.Equal(HttpStatusCode.Forbidden, byFinance.StatusCode);
        var (detailsAsFinance, _) = await finance.GetAsync($"/Finance/Vouchers/Details/{id}");
        Assert.Equal(HttpStatusCode.OK, detailsAsFinance.StatusCode);

        var voucher = await VoucherTestData.VoucherAsync(factory, id);
        Assert.Equal(VoucherStatus.Submitted, voucher.Status);
        Assert.Null(voucher.ApprovedBy);
    }

    [Fact]
    public async Task Returned_voucher_gives_the_reservation_back_and_needs_a_reason()
    {
        var lao = await VoucherTestData.LaoIdAsync(factory);
        var (year, line) = await VoucherTestData.LineAsync(factory, lao, 50_000m);
        using var finance = await SignedInAsync(factory, "finance");
        var id = IdFrom((await VoucherTestData.SubmitFormAsync(finance, $"/Finance/Vouchers/Create?year={year}", "voucher-form", Form(line, year, "20000"))).Response);
        await PressAsync(finance, id, "submit-form");
        Assert.Equal(Money.FromBaht(20_000m), (await VoucherTestData.BalanceAsync(factory, line)).Committed);

        using var executive = await SignedInAsync(factory, "executive");
        var (noReason, page) = await PressAsync(executive, id, "reject-form", "");
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.GetElementById("reject-reason-error")!.TextContent));
        Assert.Equal(Money.FromBaht(20_000m), (await VoucherTestData.BalanceAsync(factory, line)).Committed);

        var (rejected, _) = await PressAsync(executive, id, "reject-form", "แนบใบส่งของไม่ครบ");
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);

        var voucher = await VoucherTestData.VoucherAsync(factory, id);
        Assert.Equal(VoucherStatus.Rejected, voucher.Status);
        Assert.Equal("แนบใบส่งของไม่ครบ", voucher.Events.OrderBy(e => e.Id).Last().Note);
        Assert.Equal(Money.Zero, (await VoucherTestData.BalanceAsync(factory, line)).Committed);
        Assert.Single(await VoucherTestData.ControlLedgerAsync(factory, line), e => e.Kind == LedgerEntryKind.CommitmentRelease);

        // Back with the preparer: editable like a draft, and submitted again.
        var (edited, _) = await VoucherTestData.SubmitFormAsync(finance, $"/Finance/Vouchers/Edit/{id}", "voucher-form", new Dictionary<string, string> { ["Gross"] = "19,500.00" });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PressAsync(finance, id, "submit-form")).Response.StatusCode);
        Assert.Equal(Money.FromBaht(19_500m), (await VoucherTestData.BalanceAsync(factory, line)).Committed);
    }

    [Fact]
    public async Task Scope_other_LAOs_vouchers_are_not_found_for_reading_and_forbidden_for_changing()
    {
        var lao = await VoucherTestData.LaoIdAsync(factory);
        var other = await factory.WithDbAsync(db => db.Database.SqlQuery<int>($"SELECT Id AS Value FROM org_Lao WHERE Id <> {lao} ORDER BY Id LIMIT 1").SingleAsync());
        var year = LocalGov.IntegrationTests.Budgeting.ControlTestData.NewFiscalYear();
        var (_, lines) = await LocalGov.IntegrationTests.Budgeting.ControlTestData.CreateBudgetAsync(factory, other, year, LocalGov.Budgeting.Contracts.BudgetStatus.Approved, (VoucherTestData.ExpenseCategory, 10_000m, "อื่น"));
        var foreign = await VoucherTestData.CreateAsync(factory, other, year, VoucherTestData.Input(lines[0], year, 500m), "someone");
        Assert.True(foreign.Succeeded);
        var id = foreign.Voucher!.Id;

        using var finance = await SignedInAsync(factory, "finance");
        Assert.Equal(HttpStatusCode.NotFound, (await finance.GetAsync($"/Finance/Vouchers/Details/{id}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await finance.GetAsync($"/Finance/Vouchers/Index?laoId={other}")).Response.StatusCode);
        var (submit, _) = await finance.PostAsync($"/Finance/Vouchers/Submit/{id}", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await VoucherTestData.TokenAsync(finance),
            ["ConcurrencyStamp"] = foreign.Voucher.ConcurrencyStamp.ToString(),
        });
        Assert.Equal(HttpStatusCode.Forbidden, submit.StatusCode);
        Assert.Equal(VoucherStatus.Draft, (await VoucherTestData.VoucherAsync(factory, id)).Status);

        // A national officer reads any LAO's vouchers (chosen by id) but changes nothing.
        using var dla = await SignedInAsync(factory, "dla");
        var (list, listPage) = await dla.GetAsync($"/Finance/Vouchers?laoId={other}");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.NotNull(listPage.QuerySelector($"#voucher-list tr[data-id='{id}']"));
        Assert.Null(listPage.GetElementById("create-voucher"));
        var (_, details) = await dla.GetAsync($"/Finance/Vouchers/Details/{id}");
        Assert.Null(details.GetElementById("submit-form"));
    }

    [Fact]
    public async Task Demo_LAO_has_vouchers_in_each_waiting_state()
    {
        var lao = await VoucherTestData.LaoIdAsync(factory);
        var demo = await factory.WithDbAsync(db => db.Set<Voucher>().AsNoTracking()
            .Where(v => v.LaoId == lao && v.FiscalYear == 2569 && v.PreparedBy == "finance" && v.SourceModule == null).ToListAsync());

        Assert.Contains(demo, v => v.Status == VoucherStatus.Draft);
        Assert.Contains(demo, v => v.Status == VoucherStatus.Submitted);
        Assert.Contains(demo, v => v.Status is VoucherStatus.Approved or VoucherStatus.Paid && v.Withheld > Money.Zero);
        Assert.True(demo.Count >= 5);
    }

    [Fact]
    public async Task Voucher_pages_meet_the_accessibility_basics()
    {
        var lao = await VoucherTestData.LaoIdAsync(factory);
        var (year, line) = await VoucherTestData.LineAsync(factory, lao, 50_000m);
        var bank = await VoucherTestData.BankAccountAsync(factory, lao);
        var approved = await VoucherTestData.ApprovedAsync(factory, lao, year, VoucherTestData.Input(line, year, 20_000m, "HIRE"));
        var submitted = await VoucherTestData.CreateAsync(factory, lao, year, VoucherTestData.Input(line, year, 1_000m));
        submitted = await VoucherTestData.WorkflowAsync(factory, w => w.SubmitAsync(submitted.Voucher!.Id, submitted.Voucher.ConcurrencyStamp, "finance", default));
        var paid = await VoucherTestData.ApprovedAsync(factory, lao, year, VoucherTestData.Input(line, year, 15_000m, "HIRE"));
        var paidOn = VoucherTestData.Day(year, 20);
        Assert.True((await VoucherTestData.WorkflowAsync(factory, w => w.PayAsync(paid.Id, paid.ConcurrencyStamp,
            new LocalGov.Finance.Services.PaymentInput(VoucherPaymentMethod.Cheque, bank.Id, paidOn, "0001", paidOn, null), "finance", default))).Succeeded);

        (string User, string Url)[] pages =
        [
            ("finance", "/Finance/Vouchers"),
            ("finance", $"/Finance/Vouchers/Create?year={year}"),
            ("finance", $"/Finance/Vouchers/Details/{approved.Id}"),
            ("finance", $"/Finance/Vouchers/Pay/{approved.Id}"),
            ("finance", $"/Finance/Vouchers/Edit/{(await VoucherTestData.CreateAsync(factory, lao, year, VoucherTestData.Input(line, year, 10m))).Voucher!.Id}"),
            ("executive", $"/Finance/Vouchers/Details/{submitted.Voucher!.Id}"),
            ("finance", $"/Finance/Vouchers/Details/{paid.Id}"),
            ("finance", $"/Finance/Vouchers/Certificate/{paid.Id}"),
            ("finance", $"/Finance/Vouchers/Withholding?year={paidOn.Year + 543}&month={paidOn.Month}"),
            ("province", "/Finance/Vouchers"),
        ];
        foreach (var (user, url) in pages)
        {
            using var browser = await SignedInAsync(factory, user);
            var (response, page) = await browser.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            Assert.Single(page.QuerySelectorAll("h1"));
            var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
            Assert.Empty(ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key));
            foreach (var field in page.QuerySelectorAll("input:not([type=hidden]), select, textarea"))
            {
                Assert.True(
                    !string.IsNullOrEmpty(field.Id) && page.QuerySelector($"label[for='{field.Id}']") is not null,
                    $"{url}: field '{field.GetAttribute("name")}' has no label");
            }
        }
    }
}
