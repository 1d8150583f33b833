using System.Net;
using LocalGov.Finance.Contracts;
using LocalGov.IntegrationTests.Budgeting;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Procurement.Contracts;
using LocalGov.Procurement.Domain;
using LocalGov.Procurement.Services.Contracts;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.Procurement.Contracts;

/// <summary>Contracts, deliveries and inspections on the app's SQLite file, through the pages and the workflow.</summary>
public sealed class ContractWorkflowTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private static readonly DateOnly Due = new(2026, 3, 31);

    private static Dictionary<string, string> ContractFields(string number, string kind, string amount, params (string Description, string Amount, string DueOn)[] rows)
    {
        var fields = new Dictionary<string, string>
        {
            ["Kind"] = kind,
            ["ContractNo"] = number,
            ["SignedOn"] = "2026-01-15",
            ["StartOn"] = "2026-01-15",
            ["Amount"] = amount,
            ["GuaranteeKind"] = "BankGuarantee",
            ["GuaranteeAmount"] = "100.00",
            ["PenaltyRate"] = "0.10",
            ["PenaltyBase"] = "UndeliveredValue",
            ["MinimumPenaltyPerDay"] = "0",
        };
        for (var n = 0; n < 6; n++)
        {
            var row = n < rows.Length ? rows[n] : ("", "", "");
            fields[$"Instalments[{n}].Description"] = row.Item1;
            fields[$"Instalments[{n}].Amount"] = row.Item2;
            fields[$"Instalments[{n}].DueOn"] = row.Item3;
        }

        return fields;
    }

    private async Task<Browser> SignedInAsync(string user)
    {
        var browser = new Browser(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(user)).StatusCode);
        return browser;
    }

    private static void AssertUniqueIds(AngleSharp.Html.Dom.IHtmlDocument page)
    {
        var duplicates = page.QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
        Assert.All(page.QuerySelectorAll("input:not([type=hidden]), select, textarea"), e => Assert.NotNull(page.QuerySelector($"label[for='{e.Id}']")));
    }

    private Task<bool> HasContractAsync(int caseId) => factory.WithDbAsync(db => db.Set<PurchaseContract>().AnyAsync(k => k.CaseId == caseId));

    [Fact]
    public async Task Purchase_order_above_the_written_contract_limit_is_refused()
    {
        var pcase = await ContractTestData.AwardedCaseAsync(factory, 150_000m);
        using var browser = await SignedInAsync("procurement");

        var (response, page) = await browser.SubmitAsync($"/Procurement/Contracts/Create/{pcase.Id}",
            ContractFields(ContractTestData.Unique("PO"), "PurchaseOrder", "150000", ("ส่งมอบทั้งหมด", "150000", "2026-03-31")), "/Procurement/Contracts/Create");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("100,000", page.GetElementById("Kind-error")!.TextContent, StringComparison.Ordinal);
        AssertUniqueIds(page);
        Assert.False(await HasContractAsync(pcase.Id));

        // The same amount as a written contract is accepted.
        var (saved, _) = await browser.SubmitAsync($"/Procurement/Contracts/Create/{pcase.Id}",
            ContractFields(ContractTestData.Unique("สญ"), "Contract", "150000", ("ส่งมอบทั้งหมด", "150000", "2026-03-31")), "/Procurement/Contracts/Create");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(ProcurementCaseStatus.Contracted, (await ContractTestData.CaseAsync(factory, pcase.Id)).Status);
    }

    [Fact]
    public async Task Instalments_must_add_up_to_the_contract_amount()
    {
        var pcase = await ContractTestData.AwardedCaseAsync(factory, 90_000m);
        using var browser = await SignedInAsync("procurement");

        var (response, page) = await browser.SubmitAsync($"/Procurement/Contracts/Create/{pcase.Id}",
            ContractFields(ContractTestData.Unique("PO"), "PurchaseOrder", "90000", ("งวดที่ 1", "50000", "2026-03-01"), ("งวดที่ 2", "39999.50", "2026-04-01")), "/Procurement/Contracts/Create");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = page.GetElementById("Instalments-error")!.TextContent;
        Assert.Contains("89,999.50", message, StringComparison.Ordinal);
        Assert.Contains("0.50", message, StringComparison.Ordinal);
        Assert.False(await HasContractAsync(pcase.Id));
    }

    [Fact]
    public async Task Contract_below_the_award_gives_the_difference_back_and_above_it_is_refused()
    {
        var pcase = await ContractTestData.AwardedCaseAsync(factory, 80_000m);
        var before = await ContractTestData.BalanceAsync(factory, pcase.BudgetLineId);

        var above = await ContractTestData.WorkflowAsync(factory, w => w.CreateAsync(pcase.Id, ContractTestData.Input(pcase, 10, (80_000.01m, Due)), "procurement", default));
        var below = await ContractTestData.WorkflowAsync(factory, w => w.CreateAsync(pcase.Id, ContractTestData.Input(pcase, 10, (50_000m, Due), (25_000m, Due.AddDays(30))), "procurement", default));

        Assert.Equal("Contract.Error.AboveAward", Assert.Single(above.Errors).Key);
        Assert.True(below.Succeeded, string.Join(", ", below.Errors.Select(e => e.Key)));
        var after = await ContractTestData.BalanceAsync(factory, pcase.BudgetLineId);
        Assert.Equal(before!.Committed - Money.FromBaht(5_000m), after!.Committed);
        var saved = await ContractTestData.CaseAsync(factory, pcase.Id);
        Assert.Equal(Money.FromBaht(75_000m), saved.Reserved);
        Assert.Single(saved.Events, e => e.Stage == CaseStage.Contract);
        Assert.Equal(Due.AddDays(30), (await ContractTestData.ContractOfAsync(factory, pcase.Id)).DueOn);
    }

    [Fact]
    public async Task Inspection_before_delivery_is_refused()
    {
        var pcase = await ContractTestData.AwardedCaseAsync(factory, 60_000m);
        var contract = await ContractTestData.ContractAsync(factory, pcase, 10, (60_000m, Due));
        var instalment = contract.Instalments[0];
        using var browser = await SignedInAsync("procurement");

        var (response, page) = await browser.SubmitAsync($"/Procurement/Contracts/Inspect/{instalment.Id}",
            new Dictionary<string, string> { ["InspectedOn"] = "2026-03-20", ["Accepted"] = "true" }, "/Procurement/Contracts/Inspect");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ยังไม่ได้ส่งมอบ", page.GetElementById("form-errors")!.TextContent, StringComparison.Ordinal);
        var unchanged = await ContractTestData.ContractOfAsync(factory, pcase.Id);
        Assert.Null(unchanged.Instalments[0].Accepted);
        Assert.Null(unchanged.Instalments[0].PaymentVoucherNo);
    }

    [Fact]
    public async Task Inspection_needs_the_committee_the_value_requires()
    {
        // Above the 100,000 limit a committee of three is needed; the case has one inspector.
        var pcase = await ContractTestData.AwardedCaseAsync(factory, 120_000m, inspectors: 1);
        var contract = await ContractTestData.ContractAsync(factory, pcase, 10, (120_000m, Due));
        var id = contract.Instalments[0].Id;
        Assert.True((await ContractTestData.WorkflowAsync(factory, w => w.DeliverAsync(id, Due, null, "procurement", default))).Succeeded);

        var early = await ContractTestData.WorkflowAsync(factory, w => w.InspectAsync(id, Due.AddDays(-1), true, null, "procurement", default));
        var result = await ContractTestData.WorkflowAsync(factory, w => w.InspectAsync(id, Due, true, null, "procurement", default));

        Assert.Contains(early.Errors, e => e.Key == "Contract.Error.InspectedBeforeDelivered");
        var error = Assert.Single(result.Errors);
        Assert.Equal("Contract.Error.Committee", error.Key);
        Assert.Equal(3, error.Args[0]);
    }

    [Fact]
    public async Task Acceptance_requests_the_payment_net_of_the_penalty_and_lowers_the_reservation()
    {
        var pcase = await ContractTestData.AwardedCaseAsync(factory, 100_000m);
        var contract = await ContractTestData.ContractAsync(factory, pcase, 10, (40_000m, Due), (60_000m, Due.AddDays(60)));
        var first = contract.Instalments[0];
        var balanceBefore = await ContractTestData.BalanceAsync(factory, pcase.BudgetLineId);
        using var browser = await SignedInAsync("procurement");

        // Delivered three days late; 0.10% a day of the 40,000 instalment = 40 a day → 120.
        var (delivered, _) = await browser.SubmitAsync($"/Procurement/Contracts/Deliver/{first.Id}",
            new Dictionary<string, string> { ["DeliveredOn"] = "2026-04-03", ["Note"] = "ส่งครบ" }, "/Procurement/Contracts/Deliver");
        Assert.Equal(HttpStatusCode.Redirect, delivered.StatusCode);
        var (inspected, _) = await browser.SubmitAsync($"/Procurement/Contracts/Inspect/{first.Id}",
            new Dictionary<string, string> { ["InspectedOn"] = "2026-04-05", ["Accepted"] = "true" }, "/Procurement/Contracts/Inspect");
        Assert.Equal(HttpStatusCode.Redirect, inspected.StatusCode);

        var saved = (await ContractTestData.ContractOfAsync(factory, pcase.Id)).Instalments[0];
        Assert.True(saved.Accepted);
        Assert.Equal(3, saved.LateDays);
        Assert.Equal(Money.FromBaht(120m), saved.Penalty);
        Assert.Equal("procurement", saved.InspectedBy);
        Assert.NotNull(saved.PaymentVoucherNo);
        PaymentRequestStatus? payment;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            payment = await scope.ServiceProvider.GetRequiredService<IPaymentRequests>().FindAsync(pcase.LaoId, "Procurement", $"{contract.ContractNo}/1");
        }

        Assert.Equal(saved.PaymentVoucherNo, payment!.VoucherNumber);
        Assert.Equal("Submitted", payment.Status);
        Assert.Equal(Money.FromBaht(40_000m), payment.Gross);
        Assert.Equal(Money.FromBaht(120m), payment.Penalty);
        Assert.Equal(Money.FromBaht(400m), payment.Withheld); // GOODS: 1% from 10,000 baht
        Assert.Equal(Money.FromBaht(39_480m), payment.Net);

        var pcaseAfter = await ContractTestData.CaseAsync(factory, pcase.Id);
        Assert.Equal(Money.FromBaht(60_000m), pcaseAfter.Reserved);
        Assert.Equal(ProcurementCaseStatus.Contracted, pcaseAfter.Status);
        Assert.Contains(pcaseAfter.Events, e => e.Stage == CaseStage.Inspection);
        Assert.Contains(pcaseAfter.Events, e => e.Stage == CaseStage.PaymentRequest && e.DocumentNo == saved.PaymentVoucherNo);
        // The commitment stays on the line until Finance pays it.
        Assert.Equal(balanceBefore!.Committed, (await ContractTestData.BalanceAsync(factory, pcase.BudgetLineId))!.Committed);

        var (details, page) = await browser.GetAsync($"/Procurement/Contracts/Details/{pcase.Id}");
        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        Assert.Contains(saved.PaymentVoucherNo!, page.GetElementById("voucher-1")!.TextContent, StringComparison.Ordinal);
        AssertUniqueIds(page);
        var (report, _) = await browser.GetAsync($"/Procurement/Contracts/InspectionReport/{first.Id}");
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
    }

    [Fact]
    public async Task Rejected_delivery_is_delivered_again_and_the_last_acceptance_completes_the_case()
    {
        var pcase = await ContractTestData.AwardedCaseAsync(factory, 30_000m, ProcurementCategory.Works, inspectors: 1);
        var contract = await ContractTestData.ContractAsync(factory, pcase, 10, (10_000m, Due), (20_000m, Due.AddDays(30)));
        var (one, two) = (contract.Instalments[0].Id, contract.Instalments[1].Id);
        static async Task Ok(Task<ContractResult> call)
        {
            var r = await call;
            Assert.True(r.Succeeded, string.Join(", ", r.Errors.Select(e => e.Key)));
        }

        await Ok(ContractTestData.WorkflowAsync(factory, w => w.DeliverAsync(one, Due, null, "procurement", default)));
        await Ok(ContractTestData.WorkflowAsync(factory, w => w.InspectAsync(one, Due, false, "ไม่ตรงแบบ", "procurement", default)));
        Assert.Null((await ContractTestData.ContractOfAsync(factory, pcase.Id)).Instalments[0].PaymentVoucherNo);
        var again = await ContractTestData.WorkflowAsync(factory, w => w.InspectAsync(one, Due, true, null, "procurement", default));
        Assert.Equal("Contract.Error.NotDelivered", Assert.Single(again.Errors).Key);

        // Works: 0.10% of the 30,000 contract = 30 a day, below the 100-baht minimum; redelivered 2 days late → 200.
        await Ok(ContractTestData.WorkflowAsync(factory, w => w.DeliverAsync(one, Due.AddDays(2), null, "procurement", default)));
        await Ok(ContractTestData.WorkflowAsync(factory, w => w.InspectAsync(one, Due.AddDays(2), true, null, "procurement", default)));
        await Ok(ContractTestData.WorkflowAsync(factory, w => w.DeliverAsync(two, Due.AddDays(30), null, "procurement", default)));
        Assert.Equal(ProcurementCaseStatus.Contracted, (await ContractTestData.CaseAsync(factory, pcase.Id)).Status);
        await Ok(ContractTestData.WorkflowAsync(factory, w => w.InspectAsync(two, Due.AddDays(31), true, null, "procurement", default)));

        var done = await ContractTestData.ContractOfAsync(factory, pcase.Id);
        Assert.Equal(Money.FromBaht(200m), done.Instalments[0].Penalty);
        Assert.Equal(Money.Zero, done.Instalments[1].Penalty);
        var pcaseAfter = await ContractTestData.CaseAsync(factory, pcase.Id);
        Assert.Equal(ProcurementCaseStatus.Completed, pcaseAfter.Status);
        Assert.Equal(Money.Zero, pcaseAfter.Reserved);
        Assert.Equal(2, pcaseAfter.Events.Count(e => e.Stage == CaseStage.PaymentRequest));
        Assert.Equal(3, pcaseAfter.Events.Count(e => e.Stage == CaseStage.Inspection));
    }

    [Fact]
    public async Task Another_LAOs_contract_is_not_found_and_read_only_users_may_not_change_it()
    {
        var own = await ContractTestData.DemoLaoIdAsync(factory);
        var other = await ControlTestData.OtherLaoIdAsync(factory, own);
        var foreign = await ContractTestData.AwardedCaseAsync(factory, 5_000m, laoId: other);
        var pcase = await ContractTestData.AwardedCaseAsync(factory, 20_000m);
        var contract = await ContractTestData.ContractAsync(factory, pcase, 10, (20_000m, Due));
        using var officer = await SignedInAsync("procurement");

        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/Procurement/Contracts/Create/{foreign.Id}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/Procurement/Contracts/Details/{foreign.Id}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/Procurement/Contracts?laoId={other}")).Response.StatusCode);

        using var province = await SignedInAsync("province");
        Assert.Equal(HttpStatusCode.OK, (await province.GetAsync($"/Procurement/Contracts/Details/{pcase.Id}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await province.GetAsync($"/Procurement/Contracts/Deliver/{contract.Instalments[0].Id}")).Response.StatusCode);
        using var executive = await SignedInAsync("executive");
        var (list, listPage) = await executive.GetAsync("/Procurement/Contracts");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Null(listPage.GetElementById("awaiting-contract"));
        Assert.Equal(HttpStatusCode.Forbidden, (await executive.GetAsync($"/Procurement/Contracts/Inspect/{contract.Instalments[0].Id}")).Response.StatusCode);
    }

    [Fact]
    public async Task Demo_contract_has_a_late_accepted_instalment_with_its_payment_request_and_a_pending_one()
    {
        var lao = await ContractTestData.DemoLaoIdAsync(factory);
        var contract = await factory.WithDbAsync(db => db.Set<PurchaseContract>().AsNoTracking().Include(k => k.Instalments.OrderBy(i => i.No))
            .SingleAsync(k => k.LaoId == lao && k.ContractNo == "สญ.15/2569"));

        Assert.Equal(2, contract.Instalments.Count);
        Assert.True(contract.Instalments[0].Accepted);
        Assert.Equal(3, contract.Instalments[0].LateDays);
        Assert.Equal(Money.FromBaht(960m), contract.Instalments[0].Penalty);
        Assert.NotNull(contract.Instalments[0].PaymentVoucherNo);
        Assert.Null(contract.Instalments[1].DeliveredOn);
        using var browser = await SignedInAsync("procurement");
        var (_, list) = await browser.GetAsync("/Procurement/Contracts?filter=Late");
        Assert.Contains("สญ.15/2569", list.GetElementById("contracts")!.TextContent, StringComparison.Ordinal);
    }
}
