using System.Net;
using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;
using LocalGov.Data;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.Budgeting;

/// <summary>Transfers, explanation changes, carry-over and supplementary budgets through the real pages.</summary>
public sealed class ControlAmendmentsTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private const string Transfer = "/Budgeting/Amendments/Transfer";

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<(int BudgetId, int[] Lines, int FiscalYear)> ApprovedBudgetAsync(params (string Code, decimal Baht, string Item)[] lines)
    {
        var lao = await ControlTestData.FinanceLaoIdAsync(factory);
        var year = ControlTestData.NewFiscalYear();
        var (budgetId, ids) = await ControlTestData.CreateBudgetAsync(factory, lao, year, BudgetStatus.Approved, lines);
        return (budgetId, ids, year);
    }

    private async Task<Browser> FinanceAsync()
    {
        var browser = new Browser(factory);
        await browser.SignInAsync("finance");
        return browser;
    }

    private Task<BudgetAmendment?> LastAmendmentAsync(int budgetId) => factory.WithDbAsync(db =>
        db.Set<BudgetAmendment>().AsNoTracking().Include(a => a.Entries).Where(a => a.BudgetId == budgetId).OrderByDescending(a => a.Id).FirstOrDefaultAsync());

    private Task<BudgetLine> LineAsync(int id) => factory.WithDbAsync(db => db.Set<BudgetLine>().AsNoTracking().SingleAsync(l => l.Id == id));

    private static async Task<HttpResponseMessage> ApproveAsync(Browser browser, int amendmentId, string approvedBy)
    {
        var (response, _) = await browser.SubmitAsync(
            $"/Budgeting/Amendments/Details/{Invariant(amendmentId)}",
            new Dictionary<string, string> { ["ApprovedBy"] = approvedBy },
            "/Budgeting/Amendments/Approve");
        return response;
    }

    private async Task ReserveAsync(int lineId, decimal baht)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        var control = scope.ServiceProvider.GetRequiredService<IBudgetControl>();
        var lao = await ControlTestData.FinanceLaoIdAsync(factory);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await control.ReserveAsync(new BudgetControlRequest(lao, lineId, Money.FromBaht(baht), "Procurement", "PO-test"));
        Assert.True(result.Succeeded);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    [Fact]
    public async Task Executive_level_transfer_once_approved_moves_amounts_ledger_balances_and_summary()
    {
        var (budgetId, lines, year) = await ApprovedBudgetAsync(("532000", 100_000m, "ค่าใช้สอย"), ("533000", 50_000m, "ค่าวัสดุ"), ("531000", 20_000m, "ค่าตอบแทน"));
        using var browser = await FinanceAsync();

        var (created, _) = await browser.SubmitAsync($"{Transfer}?budgetId={Invariant(budgetId)}", new Dictionary<string, string>
        {
            ["Reason"] = "ค่าวัสดุไม่พอจ่าย",
            ["SourceLineId"] = Invariant(lines[0]),
            ["SourceAmount"] = "30000",
            ["Targets[0].LineId"] = Invariant(lines[1]),
            ["Targets[0].Amount"] = "25000",
            ["Targets[1].LineId"] = Invariant(lines[2]),
            ["Targets[1].Amount"] = "5000",
        }, Transfer);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var draft = (await LastAmendmentAsync(budgetId))!;
        Assert.Equal(ApprovalLevel.Executive, draft.RequiredApproval);
        Assert.Equal(AmendmentStatus.Draft, draft.Status);
        Assert.Equal($"1/{Invariant(year)}", draft.DocumentNumber);
        Assert.Equal(Money.FromBaht(100_000m), (await LineAsync(lines[0])).CurrentAmount);

        var approved = await ApproveAsync(browser, draft.Id, "นายสมชาย ใจดี นายกเทศมนตรี");

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var amendment = (await LastAmendmentAsync(budgetId))!;
        Assert.Equal(AmendmentStatus.Approved, amendment.Status);
        Assert.Equal("นายสมชาย ใจดี นายกเทศมนตรี", amendment.ApprovedBy);
        Assert.NotNull(amendment.ApprovedOn);
        Assert.Equal(Money.FromBaht(70_000m), (await LineAsync(lines[0])).CurrentAmount);
        Assert.Equal(Money.FromBaht(75_000m), (await LineAsync(lines[1])).CurrentAmount);
        Assert.Equal(Money.FromBaht(25_000m), (await LineAsync(lines[2])).CurrentAmount);
        Assert.Equal(Money.FromBaht(70_000m), (await ControlTestData.BalanceAsync(factory, lines[0])).Allocated);
        Assert.Equal(Money.FromBaht(75_000m), (await ControlTestData.BalanceAsync(factory, lines[1])).Allocated);
        Assert.Single(await ControlTestData.LedgerAsync(factory, lines[0]), e => e.Kind == LedgerEntryKind.TransferOut && e.Amount == Money.FromBaht(30_000m));
        Assert.Single(await ControlTestData.LedgerAsync(factory, lines[1]), e => e.Kind == LedgerEntryKind.TransferIn && e.Amount == Money.FromBaht(25_000m));
        var lao = await ControlTestData.FinanceLaoIdAsync(factory);
        var summary = await factory.WithDbAsync(db => db.Set<BudgetSummaryRow>().AsNoTracking().SingleAsync(s => s.LaoId == lao && s.FiscalYear == year));
        Assert.Equal(Money.FromBaht(170_000m), summary.ExpenditureTotal);
        var byGroup = await factory.WithDbAsync(db => db.Set<BudgetSummaryByClassificationRow>().AsNoTracking().Where(s => s.LaoId == lao && s.FiscalYear == year).ToListAsync());
        Assert.NotEmpty(byGroup);

        // The current budget of every line is the original plus the approved changes, and the history page shows it.
        foreach (var id in lines)
        {
            var line = await LineAsync(id);
            var changes = await factory.WithDbAsync(db => (
                from e in db.Set<BudgetAmendmentEntry>()
                join a in db.Set<BudgetAmendment>() on e.AmendmentId equals a.Id
                where e.BudgetLineId == id && a.Status == AmendmentStatus.Approved && a.Kind == AmendmentKind.Transfer
                select e.AmountChange).ToListAsync());
            Assert.Equal(line.CurrentAmount, line.OriginalAmount + Money.Sum(changes));
        }

        var (historyResponse, history) = await browser.GetAsync($"/Budgeting/Ledger/Line/{Invariant(lines[0])}");
        Assert.Equal(HttpStatusCode.OK, historyResponse.StatusCode);
        Assert.Equal("true", history.QuerySelector("#current-amount")!.GetAttribute("data-reconciles"));
        Assert.Equal("70,000.00", history.QuerySelector("#current-amount")!.TextContent.Trim());
        Assert.Equal("100,000.00", history.QuerySelector("#original-amount")!.TextContent.Trim());
        Assert.Contains(amendment.DocumentNumber, history.QuerySelector("#changes")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("นายสมชาย ใจดี", history.QuerySelector("#changes")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, history.QuerySelectorAll("#ledger tbody tr").Length);
    }

    [Fact]
    public async Task Transfer_creating_a_new_capital_item_needs_the_council_and_records_its_resolution()
    {
        var (budgetId, lines, _) = await ApprovedBudgetAsync(("532000", 100_000m, "ค่าใช้สอย"), ("541000", 200_000m, "ครุภัณฑ์สำนักงาน"));
        var equipment = await factory.WithDbAsync(db => db.Set<Classification>().Where(c => c.Kind == ClassificationKind.ExpenditureCategory && c.Code == "541000").Select(c => c.Id).SingleAsync());
        using var browser = await FinanceAsync();

        var (created, _) = await browser.SubmitAsync($"{Transfer}?budgetId={Invariant(budgetId)}", new Dictionary<string, string>
        {
            ["Reason"] = "จัดซื้อเครื่องสูบน้ำ",
            ["SourceLineId"] = Invariant(lines[0]),
            ["SourceAmount"] = "40000",
            ["NewItemCategoryId"] = Invariant(equipment),
            ["NewItemName"] = "เครื่องสูบน้ำ ขนาด 5 แรงม้า",
            ["NewItemAmount"] = "40000",
        }, Transfer);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var draft = (await LastAmendmentAsync(budgetId))!;
        Assert.Equal(ApprovalLevel.Council, draft.RequiredApproval);
        var (_, details) = await browser.GetAsync($"/Budgeting/Amendments/Details/{Invariant(draft.Id)}");
        Assert.Equal("Council", details.QuerySelector("#required-approval")!.GetAttribute("data-level"));
        Assert.Equal("วันที่สภามีมติ", details.QuerySelector("label[for=ApprovedOn]")!.TextContent.Trim());

        Assert.Equal(HttpStatusCode.Redirect, (await ApproveAsync(browser, draft.Id, "สภาเทศบาล สมัยสามัญที่ 4 ครั้งที่ 1")).StatusCode);

        var newLineId = draft.Entries.Single(e => e.NewItemName is not null).BudgetLineId;
        var newLine = await LineAsync(newLineId);
        Assert.Equal("เครื่องสูบน้ำ ขนาด 5 แรงม้า", newLine.ItemName);
        Assert.Equal(Money.Zero, newLine.OriginalAmount);
        Assert.Equal(Money.FromBaht(40_000m), newLine.CurrentAmount);
        Assert.Equal(equipment, newLine.CategoryId);
        Assert.Equal(Money.FromBaht(40_000m), (await ControlTestData.BalanceAsync(factory, newLineId)).Allocated);
        Assert.Equal(Money.FromBaht(60_000m), (await LineAsync(lines[0])).CurrentAmount);
        Assert.Equal("สภาเทศบาล สมัยสามัญที่ 4 ครั้งที่ 1", (await LastAmendmentAsync(budgetId))!.ApprovedBy);
    }

    [Fact]
    public async Task Changing_an_existing_capital_line_needs_the_council()
    {
        var (budgetId, lines, _) = await ApprovedBudgetAsync(("532000", 100_000m, "ค่าใช้สอย"), ("542000", 500_000m, "ถนนคอนกรีต"));
        using var browser = await FinanceAsync();

        await browser.SubmitAsync($"{Transfer}?budgetId={Invariant(budgetId)}", new Dictionary<string, string>
        {
            ["Reason"] = "เพิ่มความยาวถนน",
            ["SourceLineId"] = Invariant(lines[0]),
            ["SourceAmount"] = "10000",
            ["Targets[0].LineId"] = Invariant(lines[1]),
            ["Targets[0].Amount"] = "10000",
        }, Transfer);

        Assert.Equal(ApprovalLevel.Council, (await LastAmendmentAsync(budgetId))!.RequiredApproval);
    }

    [Fact]
    public async Task Transfer_above_the_source_lines_available_balance_is_refused()
    {
        var (budgetId, lines, _) = await ApprovedBudgetAsync(("532000", 100_000m, "ค่าใช้สอย"), ("533000", 50_000m, "ค่าวัสดุ"));
        await ReserveAsync(lines[0], 90_000m);
        using var browser = await FinanceAsync();

        var (response, page) = await browser.SubmitAsync($"{Transfer}?budgetId={Invariant(budgetId)}", new Dictionary<string, string>
        {
            ["Reason"] = "โอน",
            ["SourceLineId"] = Invariant(lines[0]),
            ["SourceAmount"] = "10000.01",
            ["Targets[0].LineId"] = Invariant(lines[1]),
            ["Targets[0].Amount"] = "10000.01",
        }, Transfer);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ยอดคงเหลือใช้ได้ของรายการที่โอนลดไม่พอ", page.QuerySelector("form[action^='/Budgeting/Amendments/Transfer']")!.TextContent, StringComparison.Ordinal);
        Assert.Null(await LastAmendmentAsync(budgetId));
    }

    [Fact]
    public async Task Approval_is_refused_when_commitments_made_after_the_draft_leave_too_little()
    {
        var (budgetId, lines, _) = await ApprovedBudgetAsync(("532000", 100_000m, "ค่าใช้สอย"), ("533000", 50_000m, "ค่าวัสดุ"));
        using var browser = await FinanceAsync();
        await browser.SubmitAsync($"{Transfer}?budgetId={Invariant(budgetId)}", new Dictionary<string, string>
        {
            ["Reason"] = "โอน",
            ["SourceLineId"] = Invariant(lines[0]),
            ["SourceAmount"] = "20000",
            ["Targets[0].LineId"] = Invariant(lines[1]),
            ["Targets[0].Amount"] = "20000",
        }, Transfer);
        var draft = (await LastAmendmentAsync(budgetId))!;
        await ReserveAsync(lines[0], 90_000m);

        await ApproveAsync(browser, draft.Id, "นายกเทศมนตรี");

        Assert.Equal(AmendmentStatus.Draft, (await LastAmendmentAsync(budgetId))!.Status);
        Assert.Equal(Money.FromBaht(100_000m), (await LineAsync(lines[0])).CurrentAmount);
        Assert.Equal(Money.FromBaht(50_000m), (await LineAsync(lines[1])).CurrentAmount);
        Assert.Equal(Money.FromBaht(100_000m), (await ControlTestData.BalanceAsync(factory, lines[0])).Allocated);
        Assert.Equal(Money.FromBaht(50_000m), (await ControlTestData.BalanceAsync(factory, lines[1])).Allocated);
        Assert.DoesNotContain(await ControlTestData.LedgerAsync(factory, lines[0]), e => e.Kind == LedgerEntryKind.TransferOut);
    }

    [Fact]
    public async Task Unbalanced_transfer_is_refused()
    {
        var (budgetId, lines, _) = await ApprovedBudgetAsync(("532000", 100_000m, "ค่าใช้สอย"), ("533000", 50_000m, "ค่าวัสดุ"));
        using var browser = await FinanceAsync();

        var (response, page) = await browser.SubmitAsync($"{Transfer}?budgetId={Invariant(budgetId)}", new Dictionary<string, string>
        {
            ["Reason"] = "โอน",
            ["SourceLineId"] = Invariant(lines[0]),
            ["SourceAmount"] = "10000",
            ["Targets[0].LineId"] = Invariant(lines[1]),
            ["Targets[0].Amount"] = "9000",
        }, Transfer);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ยอดโอนลดต้องเท่ากับยอดโอนเพิ่ม", page.QuerySelector("form[action^='/Budgeting/Amendments/Transfer']")!.TextContent, StringComparison.Ordinal);
        Assert.Null(await LastAmendmentAsync(budgetId));
    }

    [Fact]
    public async Task Amendment_of_a_budget_not_in_force_is_refused()
    {
        var lao = await ControlTestData.FinanceLaoIdAsync(factory);
        var (draftId, draftLines) = await ControlTestData.CreateBudgetAsync(factory, lao, ControlTestData.NewFiscalYear(), BudgetStatus.Draft, ("532000", 100_000m, "ก"), ("533000", 1_000m, "ข"));
        var (inForceId, _, _) = await ApprovedBudgetAsync(("532000", 1_000m, "ค"));
        using var browser = await FinanceAsync();

        var (form, _) = await browser.GetAsync($"{Transfer}?budgetId={Invariant(draftId)}");
        var (_, goodForm) = await browser.GetAsync($"{Transfer}?budgetId={Invariant(inForceId)}");
        var token = goodForm.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var (posted, _) = await browser.PostAsync(Transfer, new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["BudgetId"] = Invariant(draftId),
            ["DocumentNumber"] = "1/2599",
            ["DocumentDate"] = "2026-11-20",
            ["Reason"] = "โอน",
            ["SourceLineId"] = Invariant(draftLines[0]),
            ["SourceAmount"] = "100",
            ["Targets[0].LineId"] = Invariant(draftLines[1]),
            ["Targets[0].Amount"] = "100",
        });

        Assert.Equal(HttpStatusCode.Redirect, form.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Null(await LastAmendmentAsync(draftId));
        var (_, index) = await browser.GetAsync($"/Budgeting/Amendments?budgetId={Invariant(draftId)}");
        Assert.NotNull(index.QuerySelector("#not-in-force"));
        Assert.Null(index.QuerySelector("#new-transfer"));
    }

    [Fact]
    public async Task Another_LAOs_budget_is_not_found_and_cannot_be_amended()
    {
        var own = await ControlTestData.FinanceLaoIdAsync(factory);
        var other = await ControlTestData.OtherLaoIdAsync(factory, own);
        var (otherId, otherLines) = await ControlTestData.CreateBudgetAsync(factory, other, ControlTestData.NewFiscalYear(), BudgetStatus.Approved, ("532000", 100_000m, "ก"), ("533000", 1_000m, "ข"));
        var (ownId, _, _) = await ApprovedBudgetAsync(("532000", 1_000m, "ค"));
        using var browser = await FinanceAsync();

        var (index, _) = await browser.GetAsync($"/Budgeting/Amendments?budgetId={Invariant(otherId)}");
        var (history, _) = await browser.GetAsync($"/Budgeting/Ledger/Line/{Invariant(otherLines[0])}");
        var (_, goodForm) = await browser.GetAsync($"{Transfer}?budgetId={Invariant(ownId)}");
        var token = goodForm.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var (posted, _) = await browser.PostAsync(Transfer, new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["BudgetId"] = Invariant(otherId),
            ["DocumentNumber"] = "1/2599",
            ["DocumentDate"] = "2026-11-20",
            ["Reason"] = "โอน",
            ["SourceLineId"] = Invariant(otherLines[0]),
            ["SourceAmount"] = "100",
            ["Targets[0].LineId"] = Invariant(otherLines[1]),
            ["Targets[0].Amount"] = "100",
        });
        var (supplementary, _) = await browser.PostAsync($"/Budgeting/Amendments/Supplementary?budgetId={Invariant(otherId)}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        Assert.Equal(HttpStatusCode.NotFound, index.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, history.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, supplementary.StatusCode);
        Assert.Null(await LastAmendmentAsync(otherId));
        Assert.False(await factory.WithDbAsync(db => db.Set<Budget>().AnyAsync(b => b.LaoId == other && b.Kind == BudgetKind.Supplementary)));
    }

    [Fact]
    public async Task Provincial_officer_reads_amendments_but_cannot_create_them()
    {
        var (budgetId, _, _) = await ApprovedBudgetAsync(("532000", 1_000m, "ค"));
        using var browser = new Browser(factory);
        await browser.SignInAsync("province");

        var (index, page) = await browser.GetAsync($"/Budgeting/Amendments?budgetId={Invariant(budgetId)}");
        var (form, _) = await browser.GetAsync($"{Transfer}?budgetId={Invariant(budgetId)}");

        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        Assert.Null(page.QuerySelector("#new-transfer"));
        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
    }

    [Fact]
    public async Task Explanation_change_is_applied_on_approval_and_keeps_the_previous_text()
    {
        var (budgetId, lines, _) = await ApprovedBudgetAsync(("532000", 100_000m, "ค่าใช้สอย"));
        using var browser = await FinanceAsync();

        var (created, _) = await browser.SubmitAsync($"/Budgeting/Amendments/Explanation?budgetId={Invariant(budgetId)}", new Dictionary<string, string>
        {
            ["Reason"] = "แก้ไขสถานที่จัดงาน",
            ["LineId"] = Invariant(lines[0]),
            ["NewExplanation"] = "เพื่อจ่ายเป็นค่าจัดงานวันเด็ก ณ สนามกีฬากลาง",
        }, "/Budgeting/Amendments/Explanation");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var draft = (await LastAmendmentAsync(budgetId))!;
        Assert.Equal(ApprovalLevel.Executive, draft.RequiredApproval);
        Assert.Equal("คำชี้แจงเดิม ค่าใช้สอย", (await LineAsync(lines[0])).Explanation);

        await ApproveAsync(browser, draft.Id, "นายกเทศมนตรี");

        Assert.Equal("เพื่อจ่ายเป็นค่าจัดงานวันเด็ก ณ สนามกีฬากลาง", (await LineAsync(lines[0])).Explanation);
        var entry = Assert.Single((await LastAmendmentAsync(budgetId))!.Entries);
        Assert.Equal("คำชี้แจงเดิม ค่าใช้สอย", entry.PreviousExplanation);
        var (_, history) = await browser.GetAsync($"/Budgeting/Ledger/Line/{Invariant(lines[0])}");
        Assert.Contains("คำชี้แจงเดิม ค่าใช้สอย", history.QuerySelector("#explanation-changes")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Carry_over_moves_a_commitment_into_the_next_year_on_the_same_line()
    {
        var (budgetId, lines, year) = await ApprovedBudgetAsync(("532000", 100_000m, "ค่าใช้สอย"));
        await ReserveAsync(lines[0], 30_000m);
        using var browser = await FinanceAsync();
        const string CarryOver = "/Budgeting/Amendments/CarryOver";

        var (tooMuch, _) = await browser.SubmitAsync($"{CarryOver}?budgetId={Invariant(budgetId)}", new Dictionary<string, string>
        {
            ["Reason"] = "สัญญายังไม่ครบกำหนด",
            ["LineId"] = Invariant(lines[0]),
            ["Amount"] = "30000.01",
        }, CarryOver);
        Assert.Equal(HttpStatusCode.OK, tooMuch.StatusCode);
        Assert.Null(await LastAmendmentAsync(budgetId));

        await browser.SubmitAsync($"{CarryOver}?budgetId={Invariant(budgetId)}", new Dictionary<string, string>
        {
            ["Reason"] = "สัญญายังไม่ครบกำหนด",
            ["LineId"] = Invariant(lines[0]),
            ["Amount"] = "20000",
        }, CarryOver);
        await ApproveAsync(browser, (await LastAmendmentAsync(budgetId))!.Id, "นายกเทศมนตรี");

        var balance = await ControlTestData.BalanceAsync(factory, lines[0]);
        Assert.Equal(Money.FromBaht(10_000m), balance.Committed);
        Assert.Equal(Money.FromBaht(80_000m), balance.Allocated);
        var ledger = await ControlTestData.LedgerAsync(factory, lines[0]);
        Assert.Single(ledger, e => e.Kind == LedgerEntryKind.CarryOverOut && e.FiscalYear == year && e.Amount == Money.FromBaht(20_000m));
        Assert.Single(ledger, e => e.Kind == LedgerEntryKind.CarryOverIn && e.FiscalYear == year + 1 && e.Amount == Money.FromBaht(20_000m));
        Assert.Equal(Money.FromBaht(100_000m), (await LineAsync(lines[0])).CurrentAmount);
    }

    [Fact]
    public async Task Supplementary_budget_is_created_as_a_draft_with_the_next_sequence()
    {
        var (budgetId, _, year) = await ApprovedBudgetAsync(("532000", 100_000m, "ค่าใช้สอย"));
        var lao = await ControlTestData.FinanceLaoIdAsync(factory);
        using var browser = await FinanceAsync();
        var index = $"/Budgeting/Amendments?budgetId={Invariant(budgetId)}";

        var (first, _) = await browser.SubmitAsync(index, new Dictionary<string, string>(), "/Budgeting/Amendments/Supplementary");
        var (second, _) = await browser.SubmitAsync(index, new Dictionary<string, string>(), "/Budgeting/Amendments/Supplementary");

        var supplementaries = await factory.WithDbAsync(db => db.Set<Budget>().AsNoTracking()
            .Where(b => b.LaoId == lao && b.FiscalYear == year && b.Kind == BudgetKind.Supplementary).OrderBy(b => b.Sequence).ToListAsync());
        Assert.Equal([1, 2], supplementaries.Select(b => b.Sequence));
        Assert.All(supplementaries, b => Assert.Equal(BudgetStatus.Draft, b.Status));
        Assert.All(supplementaries, b => Assert.Equal(26, b.ProvinceId));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal($"/Budgeting/Budgets/Details/{Invariant(supplementaries[0].Id)}", Browser.PathOf(first));
        Assert.Equal($"/Budgeting/Budgets/Details/{Invariant(supplementaries[1].Id)}", Browser.PathOf(second));
    }

    [Fact]
    public async Task Approving_a_document_twice_applies_it_once()
    {
        var (budgetId, lines, _) = await ApprovedBudgetAsync(("532000", 100_000m, "ค่าใช้สอย"), ("533000", 50_000m, "ค่าวัสดุ"));
        using var browser = await FinanceAsync();
        await browser.SubmitAsync($"{Transfer}?budgetId={Invariant(budgetId)}", new Dictionary<string, string>
        {
            ["Reason"] = "โอน",
            ["SourceLineId"] = Invariant(lines[0]),
            ["SourceAmount"] = "1000",
            ["Targets[0].LineId"] = Invariant(lines[1]),
            ["Targets[0].Amount"] = "1000",
        }, Transfer);
        var draft = (await LastAmendmentAsync(budgetId))!;
        var (_, details) = await browser.GetAsync($"/Budgeting/Amendments/Details/{Invariant(draft.Id)}");
        var token = details.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["ApprovedBy"] = "นายก", ["ApprovedOn"] = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };

        await browser.PostAsync($"/Budgeting/Amendments/Approve/{Invariant(draft.Id)}", form);
        await browser.PostAsync($"/Budgeting/Amendments/Approve/{Invariant(draft.Id)}", form);

        Assert.Equal(Money.FromBaht(99_000m), (await LineAsync(lines[0])).CurrentAmount);
        Assert.Single(await ControlTestData.LedgerAsync(factory, lines[0]), e => e.Kind == LedgerEntryKind.TransferOut);
    }

    [Fact]
    public async Task Cancelling_a_draft_transfer_to_a_new_item_removes_the_unfunded_line()
    {
        var (budgetId, lines, _) = await ApprovedBudgetAsync(("532000", 100_000m, "ค่าใช้สอย"));
        var land = await factory.WithDbAsync(db => db.Set<Classification>().Where(c => c.Kind == ClassificationKind.ExpenditureCategory && c.Code == "542000").Select(c => c.Id).SingleAsync());
        using var browser = await FinanceAsync();
        await browser.SubmitAsync($"{Transfer}?budgetId={Invariant(budgetId)}", new Dictionary<string, string>
        {
            ["Reason"] = "ก่อสร้างรางระบายน้ำ",
            ["SourceLineId"] = Invariant(lines[0]),
            ["SourceAmount"] = "5000",
            ["NewItemCategoryId"] = Invariant(land),
            ["NewItemName"] = "รางระบายน้ำ",
            ["NewItemAmount"] = "5000",
        }, Transfer);
        var draft = (await LastAmendmentAsync(budgetId))!;
        var newLineId = draft.Entries.Single(e => e.NewItemName is not null).BudgetLineId;

        var (cancelled, _) = await browser.SubmitAsync($"/Budgeting/Amendments/Details/{Invariant(draft.Id)}", new Dictionary<string, string>(), "/Budgeting/Amendments/Cancel");

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal(AmendmentStatus.Cancelled, (await LastAmendmentAsync(budgetId))!.Status);
        Assert.False(await factory.WithDbAsync(db => db.Set<BudgetLine>().AnyAsync(l => l.Id == newLineId)));
        Assert.Equal(Money.FromBaht(100_000m), (await LineAsync(lines[0])).CurrentAmount);
        var (_, details) = await browser.GetAsync($"/Budgeting/Amendments/Details/{Invariant(draft.Id)}");
        Assert.Null(details.QuerySelector("#approve"));
    }

    [Fact]
    public async Task Amendment_pages_meet_the_accessibility_basics()
    {
        var (budgetId, lines, _) = await ApprovedBudgetAsync(("532000", 100_000m, "ค่าใช้สอย"), ("533000", 50_000m, "ค่าวัสดุ"));
        using var browser = await FinanceAsync();
        await browser.SubmitAsync($"{Transfer}?budgetId={Invariant(budgetId)}", new Dictionary<string, string>
        {
            ["Reason"] = "โอน",
            ["SourceLineId"] = Invariant(lines[0]),
            ["SourceAmount"] = "1000",
            ["Targets[0].LineId"] = Invariant(lines[1]),
            ["Targets[0].Amount"] = "1000",
        }, Transfer);
        var draft = (await LastAmendmentAsync(budgetId))!;
        string[] urls =
        [
            $"/Budgeting/Amendments?budgetId={Invariant(budgetId)}",
            $"{Transfer}?budgetId={Invariant(budgetId)}",
            $"/Budgeting/Amendments/Explanation?budgetId={Invariant(budgetId)}",
            $"/Budgeting/Amendments/CarryOver?budgetId={Invariant(budgetId)}",
            $"/Budgeting/Amendments/Details/{Invariant(draft.Id)}",
            $"/Budgeting/Ledger/Line/{Invariant(lines[0])}",
        ];

        foreach (var url in urls)
        {
            var (response, page) = await browser.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            Assert.False(string.IsNullOrWhiteSpace(page.Title), $"{url} has no title");
            Assert.Single(page.QuerySelectorAll("h1"));
            var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
            Assert.Empty(ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key));
            foreach (var field in page.QuerySelectorAll("input:not([type=hidden]), select, textarea"))
            {
                var labelled = !string.IsNullOrWhiteSpace(field.GetAttribute("aria-label"))
                    || (!string.IsNullOrEmpty(field.Id) && page.QuerySelector($"label[for='{field.Id}']") is not null)
                    || field.Closest("label") is not null;
                Assert.True(labelled, $"{url}: field '{field.GetAttribute("name")}' has no label");
            }

            Assert.All(page.QuerySelectorAll("th"), th => Assert.True(th.GetAttribute("scope") is "col" or "row", $"{url}: th without scope"));
        }
    }
}
