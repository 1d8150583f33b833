using System.Net;
using System.Text;
using ClosedXML.Excel;
using LocalGov.Budgeting.Contracts;
using LocalGov.IntegrationTests.Finance.Vouchers;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.OpenData.Contracts;
using LocalGov.OpenData.Domain;
using LocalGov.OpenData.Services.Transparency;
using LocalGov.Organizations.Contracts;
using LocalGov.Procurement.Contracts;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Security;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LocalGov.IntegrationTests.OpenData.Publishing.PublishingTestData;

namespace LocalGov.IntegrationTests.OpenData.Publishing;

/// <summary>Publishing and withdrawal, the transparency documents and their public pages and files, on the demo LAO.</summary>
public sealed class PublishingTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    [Fact]
    public async Task A_draft_budget_cannot_be_published_and_its_amounts_appear_on_no_public_url()
    {
        using var finance = new Browser(factory);
        await finance.SignInAsync("finance");
        var (page, document) = await finance.GetAsync("/OpenData/Publishing?year=2570");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("blocked", document.GetElementById("item-Budget")!.GetAttribute("data-state"));
        Assert.Null(document.GetElementById("item-Budget-publish"));

        // Posting anyway (the monthly form carries a token; the kind is overridden) is refused with a message.
        var (response, _) = await VoucherTestData.SubmitFormAsync(finance, "/OpenData/Publishing?year=2570", "pub-monthly-form", new Dictionary<string, string> { ["kind"] = "Budget" });
        var after = await FollowAsync(finance, response);
        Assert.Contains("2570", after.QuerySelector(".alert")!.TextContent, StringComparison.Ordinal);
        Assert.Null(await PublicationAsync(factory, PublicationKind.Budget, 2570));
        Assert.False(await factory.WithDbAsync(db => db.Set<PublishedBudget>().AnyAsync(b => b.FiscalYear == 2570)));
        Assert.False(await factory.WithDbAsync(db => db.Set<PublishedBudgetLine>().AnyAsync(b => b.FiscalYear == 2570)));

        // Nor can a document be generated from it.
        var (preview, _) = await finance.GetAsync("/OpenData/Publishing/Preview?kind=SpendingPlan&year=2570");
        Assert.Equal(HttpStatusCode.Redirect, preview.StatusCode);

        await using var scope = factory.Services.CreateAsyncScope();
        var laoId = await DemoLaoIdAsync(factory);
        var draft = (await scope.ServiceProvider.GetRequiredService<IBudgetSummaries>().GetAsync(2570, [laoId])).Single();
        Assert.NotEqual(BudgetStatus.Promulgated, draft.Status);
        Assert.True(draft.ExpenditureTotal > Money.Zero, "the demo's FY 2570 draft has amounts to look for");
        var secrets = new[] { BahtFormat.Format(draft.ExpenditureTotal), draft.ExpenditureTotal.Baht.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) };

        using var citizen = factory.CreateClient();
        foreach (var url in new[]
        {
            "/open/lao/3260101?year=2570", "/api/v1/budgets/3260101/2570", "/open/datasets/budget-lines.csv?lao=3260101&year=2570",
            "/open/lao/3260101/transparency?year=2570", "/open/lao/3260101/transparency",
        })
        {
            var publicResponse = await citizen.GetAsync(url);
            var body = await publicResponse.Content.ReadAsStringAsync();
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, body, StringComparison.Ordinal);
            }

            if (url.Contains("budget-lines.csv", StringComparison.Ordinal) && publicResponse.StatusCode == HttpStatusCode.OK
                && publicResponse.Content.Headers.ContentType?.MediaType == "text/csv")
            {
                Assert.True(body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length <= 1, "no rows for a draft: " + publicResponse.Content.Headers.ContentType + " " + body[..Math.Min(300, body.Length)]);
            }

            if (url.Contains("/api/v1/budgets/", StringComparison.Ordinal))
            {
                Assert.Equal(HttpStatusCode.NotFound, publicResponse.StatusCode);
            }
        }
    }

    [Fact]
    public async Task Withdrawing_a_document_takes_it_off_the_portal_and_publishing_again_restores_it_with_the_next_version()
    {
        var before = (await PublicationAsync(factory, PublicationKind.AnnualSpendingReport, 2569))!;
        Assert.True(before.IsPublic);
        var url = $"/open/lao/{DemoCode}/transparency/{before.Id}";
        using var citizen = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync(url + ".csv")).StatusCode);

        using var finance = new Browser(factory);
        await finance.SignInAsync("finance");

        // The reason is required.
        var (empty, emptyPage) = await WithdrawAsync(finance, before.Id, " ");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.NotNull(emptyPage.QuerySelector("#reason.is-invalid"));
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync(url)).StatusCode);

        var (withdrawn, _) = await WithdrawAsync(finance, before.Id, "ตัวเลขผิด");
        var index = await FollowAsync(finance, withdrawn);
        Assert.Equal("withdrawn", index.GetElementById("item-AnnualSpendingReport")!.GetAttribute("data-state"));
        Assert.Contains("ตัวเลขผิด", index.GetElementById("item-AnnualSpendingReport")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync(url + ".csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync(url + ".xlsx")).StatusCode);
        var list = await (await citizen.GetAsync($"/open/lao/{DemoCode}/transparency?year=2569")).Content.ReadAsStringAsync();
        Assert.DoesNotContain($"data-publication=\"{before.Id}\"", list, StringComparison.Ordinal);

        var (republished, _) = await PublishAsync(finance, PublicationKind.AnnualSpendingReport, 2569);
        await FollowAsync(finance, republished);
        var after = (await PublicationAsync(factory, PublicationKind.AnnualSpendingReport, 2569))!;
        Assert.Equal(before.Id, after.Id);
        Assert.Equal(before.Version + 1, after.Version);
        Assert.True(after.IsPublic);
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync(url)).StatusCode);
        list = await (await citizen.GetAsync($"/open/lao/{DemoCode}/transparency?year=2569")).Content.ReadAsStringAsync();
        Assert.Contains($"data-publication=\"{before.Id}\"", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdrawing_the_budget_deletes_its_published_copy_and_publishing_again_restores_it()
    {
        var budget = (await PublicationAsync(factory, PublicationKind.Budget, 2569))!;
        var lines = await factory.WithDbAsync(db => db.Set<PublishedBudgetLine>().CountAsync(l => l.FiscalYear == 2569));
        Assert.True(lines > 0);
        using var executive = new Browser(factory);
        await executive.SignInAsync("executive");

        await FollowAsync(executive, (await WithdrawAsync(executive, budget.Id, "ทดสอบ")).Response);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<PublishedBudgetLine>().CountAsync(l => l.FiscalYear == 2569)));
        Assert.False(await factory.WithDbAsync(db => db.Set<PublishedBudget>().AnyAsync(b => b.FiscalYear == 2569)));

        await FollowAsync(executive, (await PublishAsync(executive, PublicationKind.Budget, 2569)).Response);
        Assert.Equal(lines, await factory.WithDbAsync(db => db.Set<PublishedBudgetLine>().CountAsync(l => l.FiscalYear == 2569)));
        Assert.Equal(budget.Version + 1, (await PublicationAsync(factory, PublicationKind.Budget, 2569))!.Version);
    }

    [Fact]
    public async Task Staff_of_another_lao_get_404_for_the_demo_lao()
    {
        var demo = await DemoLaoIdAsync(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>();
        var other = (await directory.GetLaoIdsInProvinceAsync((await directory.FindLaoAsync(demo))!.ProvinceId)).First(id => id != demo);
        await VoucherTestData.CreateUserAsync(factory, "pub-other-finance", other, Roles.LaoFinanceOfficer);
        using var browser = new Browser(factory);
        await browser.SignInAsync("pub-other-finance");
        var publication = (await PublicationAsync(factory, PublicationKind.SpendingPlan, 2569))!;

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/OpenData/Publishing?year=2569")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/OpenData/Publishing?year=2569&laoId={demo}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/OpenData/Publishing/Withdraw/{publication.Id}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/OpenData/Publishing/Preview?kind=SpendingPlan&year=2569&laoId={demo}")).Response.StatusCode);

        var token = await VoucherTestData.TokenAsync(browser);
        var (withdraw, _) = await browser.PostAsync($"/OpenData/Publishing/Withdraw/{publication.Id}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["reason"] = "x" });
        Assert.Equal(HttpStatusCode.NotFound, withdraw.StatusCode);
        var (publish, _) = await browser.PostAsync($"/OpenData/Publishing/Publish?kind=SpendingPlan&year=2569&laoId={demo}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.NotFound, publish.StatusCode);
        var after = (await PublicationAsync(factory, PublicationKind.SpendingPlan, 2569))!;
        Assert.True(after.IsPublic);
        Assert.Equal(publication.Version, after.Version);
    }

    [Fact]
    public async Task A_citizen_cannot_publish_or_withdraw()
    {
        var publication = (await PublicationAsync(factory, PublicationKind.SixMonthProgressReport, 2569))!;
        using var citizen = new Browser(factory);
        var (publish, _) = await citizen.PostAsync("/OpenData/Publishing/Publish?kind=SixMonthProgressReport&year=2569", new Dictionary<string, string>());
        var (withdraw, _) = await citizen.PostAsync($"/OpenData/Publishing/Withdraw/{publication.Id}", new Dictionary<string, string> { ["reason"] = "x" });
        var (page, _) = await citizen.GetAsync("/OpenData/Publishing");

        Assert.False(publish.IsSuccessStatusCode);
        if (publish.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.StartsWith("/Account/Login", Browser.PathOf(publish), StringComparison.Ordinal);
        }

        Assert.False(withdraw.IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Account/Login", Browser.PathOf(page), StringComparison.Ordinal);
        var after = (await PublicationAsync(factory, PublicationKind.SixMonthProgressReport, 2569))!;
        Assert.Equal(publication.Version, after.Version);
        Assert.True(after.IsPublic);
    }

    [Fact]
    public async Task The_monthly_summary_lists_exactly_the_months_published_cases_with_their_bids()
    {
        var laoId = await DemoLaoIdAsync(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var cases = await scope.ServiceProvider.GetRequiredService<IPublicProcurement>().GetPublishedCasesAsync(laoId, 2569);
        Assert.NotEmpty(cases);
        var months = await PublicationsAsync(factory, PublicationKind.ProcurementMonthlySummary, 2569);
        Assert.Equal(cases.Select(c => (c.PublishedOn.Year, c.PublishedOn.Month)).Distinct().Count(), months.Count(m => m.IsPublic));

        using var citizen = new Browser(factory);
        foreach (var month in months.Where(m => m.IsPublic))
        {
            var (response, page) = await citizen.GetAsync($"/open/lao/{DemoCode}/transparency/{month.Id}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var expected = cases.Where(c => c.PublishedOn.Year == month.PeriodFrom.Year && c.PublishedOn.Month == month.PeriodFrom.Month).ToList();
            var rows = page.QuerySelectorAll("#table-cases tbody tr").ToList();
            Assert.Equal(expected.Select(c => c.CaseNo).Order(StringComparer.Ordinal), rows.Select(r => r.Children[1].TextContent.Trim()).Order(StringComparer.Ordinal));
            foreach (var c in expected)
            {
                var row = rows.Single(r => r.Children[1].TextContent.Trim() == c.CaseNo);
                Assert.Equal(BahtFormat.Format(c.RequisitionAmount), row.Children[3].TextContent.Trim());
                foreach (var bid in c.Bids)
                {
                    Assert.Contains($"{bid.VendorName} {BahtFormat.Format(bid.Price)}", row.Children[6].TextContent, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public async Task The_csv_has_a_bom_and_the_same_numbers_as_the_page()
    {
        var plan = (await PublicationAsync(factory, PublicationKind.SpendingPlan, 2569))!;
        var url = $"/open/lao/{DemoCode}/transparency/{plan.Id}";
        using var citizen = new Browser(factory);
        var (_, page) = await citizen.GetAsync(url);
        var bytes = await citizen.Client.GetByteArrayAsync(url + ".csv");

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes.Take(3).ToArray());
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n");
        foreach (var tableId in new[] { "programmes", "projects" })
        {
            var pageNumbers = PageNumbers(page, "table-" + tableId);
            Assert.NotEmpty(pageNumbers);
            var headings = page.GetElementById("table-" + tableId)!.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ToList();
            var numeric = page.GetElementById("table-" + tableId)!.QuerySelectorAll("thead th").Select((th, i) => (th, i)).Where(x => x.th.ClassList.Contains("text-end")).Select(x => x.i).ToHashSet();
            var start = Array.FindIndex(lines, l => LocalGov.SharedKernel.Files.CsvRow.Split(l).SequenceEqual(headings));
            Assert.True(start > 0, $"CSV has the headings of {tableId}");
            var csvNumbers = lines.Skip(start + 1).TakeWhile(l => l.Length > 0)
                .SelectMany(l => LocalGov.SharedKernel.Files.CsvRow.Split(l).Select((cell, i) => (cell, i)))
                .Where(x => numeric.Contains(x.i) && x.cell.Length > 0)
                .Select(x => decimal.Parse(x.cell, System.Globalization.CultureInfo.InvariantCulture))
                .ToList();
            Assert.Equal(pageNumbers, csvNumbers);
        }

        // The quarters of the published plan add up to the budget in force.
        var laoId = await DemoLaoIdAsync(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var budget = Money.Sum((await scope.ServiceProvider.GetRequiredService<IBudgetLineDirectory>().GetLinesInForceAsync(laoId, 2569)).Select(l => l.CurrentAmount));
        var totals = page.QuerySelectorAll("#table-programmes tfoot td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(BahtFormat.Format(budget), totals[2]);
        Assert.Equal(budget.Baht, totals.Skip(3).Sum(t => decimal.Parse(t, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task The_xlsx_has_the_same_numbers_as_the_page()
    {
        var report = (await PublicationAsync(factory, PublicationKind.SixMonthProgressReport, 2569))!;
        var url = $"/open/lao/{DemoCode}/transparency/{report.Id}";
        using var citizen = new Browser(factory);
        var (_, page) = await citizen.GetAsync(url);
        var response = await citizen.Client.GetAsync(url + ".xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var book = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));

        var tables = page.QuerySelectorAll("#transparency-document table").Select(t => t.Id!).ToList();
        Assert.Equal(tables.Count, book.Worksheets.Count);
        for (var i = 0; i < tables.Count; i++)
        {
            var sheet = book.Worksheet(i + 1);
            var numeric = page.GetElementById(tables[i])!.QuerySelectorAll("thead th").Select((th, c) => (th, c)).Where(x => x.th.ClassList.Contains("text-end")).Select(x => x.c + 1).ToHashSet();
            var xlsxNumbers = sheet.RowsUsed().Where(r => r.RowNumber() > DocumentText.XlsxHeaderRow)
                .SelectMany(r => numeric.Order().Select(c => r.Cell(c)))
                .Where(c => !c.IsEmpty())
                .Select(c => Math.Round(c.GetValue<decimal>(), 2))
                .ToList();
            Assert.Equal(PageNumbers(page, tables[i]), xlsxNumbers);
        }
    }

    [Fact]
    public async Task The_preview_shows_the_generated_document_before_it_is_published()
    {
        using var planning = new Browser(factory);
        await planning.SignInAsync("planning");
        var (response, page) = await planning.GetAsync("/OpenData/Publishing/Preview?kind=ProcurementPlan&year=2569");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.GetElementById("preview-banner"));
        Assert.NotEmpty(page.QuerySelectorAll("#table-plan tbody tr"));
        Assert.NotNull(page.QuerySelector("#document-published .text-danger"));
    }

    [Fact]
    public async Task The_public_list_groups_the_published_documents_and_unknown_input_is_404()
    {
        using var citizen = new Browser(factory);
        var (response, page) = await citizen.GetAsync($"/open/lao/{DemoCode}/transparency?year=2569");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"), "a cacheable public page issues no cookie: " + string.Join(" | ", response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []));
        Assert.NotEmpty(page.QuerySelectorAll("#tr-table-spending tbody tr"));
        Assert.NotEmpty(page.QuerySelectorAll("#tr-table-procurement tbody tr"));
        Assert.Empty(page.QuerySelectorAll("form[method=post]"));

        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync("/open/lao/9999999/transparency")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync("/open/lao/abc/transparency")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/open/lao/{DemoCode}/transparency?year=25x9")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/open/lao/{DemoCode}/transparency/999999")).Response.StatusCode);

        // A dataset publication is not a document page.
        var budget = (await PublicationAsync(factory, PublicationKind.Budget, 2569))!;
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/open/lao/{DemoCode}/transparency/{budget.Id}")).Response.StatusCode);
    }

    [Fact]
    public async Task The_compliance_matrix_shows_what_the_provinces_laos_published()
    {
        using var province = new Browser(factory);
        await province.SignInAsync("province");
        var (response, page) = await province.GetAsync("/OpenData/Compliance?year=2569");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var demo = page.QuerySelector($"#cmp-table tr[data-lao='{DemoCode}']")!;
        Assert.Equal("1", demo.QuerySelector("td[data-kind=SpendingPlan]")!.GetAttribute("data-count"));
        Assert.True(int.Parse(page.QuerySelector("#cmp-totals td[data-kind=SpendingPlan]")!.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture) >= 1);

        using var dla = new Browser(factory);
        await dla.SignInAsync("dla");
        var (_, choose) = await dla.GetAsync("/OpenData/Compliance?year=2569");
        Assert.NotNull(choose.GetElementById("cmp-choose"));

        using var finance = new Browser(factory);
        await finance.SignInAsync("finance");
        Assert.NotEqual(HttpStatusCode.OK, (await finance.GetAsync("/OpenData/Compliance")).Response.StatusCode);
    }

    [Fact]
    public async Task IPublications_reports_the_demo_publications()
    {
        var laoId = await DemoLaoIdAsync(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var publications = await scope.ServiceProvider.GetRequiredService<IPublications>().GetAsync(laoId, 2569);
        Assert.Contains(publications, p => p.Kind == PublicationKind.ProcurementPlan);
        Assert.Contains(publications, p => p.Kind == PublicationKind.Projects);
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<IPublications>().GetAsync(laoId, 2570));
    }
}
