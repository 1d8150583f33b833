using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.IntegrationTests.Budgeting;

/// <summary>Budgets made directly in the test database for the documents tests, and a multipart upload like a browser's.</summary>
internal static class DocumentsTestData
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static Task<int> FinanceLaoIdAsync(LocalGovFactory factory) =>
        factory.WithDbAsync(async db => (await db.Users.SingleAsync(u => u.UserName == "finance")).LaoId!.Value);

    /// <summary>A budget of the LAO with <paramref name="lineCount"/> lines under แผนงานบริหารงานทั่วไป and two revenue estimates.</summary>
    public static Task<int> CreateBudgetAsync(LocalGovFactory factory, int fiscalYear, BudgetStatus status, int lineCount, int? laoId = null, int laoType = 3) =>
        factory.WithDbAsync(async db =>
        {
            var lao = laoId ?? (await db.Users.SingleAsync(u => u.UserName == "finance")).LaoId!.Value;
            var all = await db.Set<Classification>().ToListAsync();
            Classification C(ClassificationKind kind, string code) => all.Single(c => c.Kind == kind && c.Code == code);
            var budget = new Budget
            {
                LaoId = lao,
                ProvinceId = 26,
                LaoType = laoType,
                FiscalYear = fiscalYear,
                Kind = BudgetKind.Annual,
                Status = status,
                CreatedUtc = DateTime.UtcNow,
            };
            for (var i = 1; i <= lineCount; i++)
            {
                var category = i % 2 == 0 ? C(ClassificationKind.ExpenditureCategory, "532000") : C(ClassificationKind.ExpenditureCategory, "533000");
                var amount = Money.FromBaht(1000m * i + 0.25m);
                budget.Lines.Add(new BudgetLine
                {
                    LineNo = i,
                    ProgrammeId = C(ClassificationKind.Programme, "00110").Id,
                    WorkUnitId = C(ClassificationKind.WorkUnit, "00111").Id,
                    GroupId = C(ClassificationKind.ExpenditureGroup, "530000").Id,
                    CategoryId = category.Id,
                    ItemName = $"รายการทดสอบ {i}",
                    OriginalAmount = amount,
                    CurrentAmount = amount,
                    Explanation = $"เพื่อจ่ายเป็นค่าทดสอบ {i}",
                });
            }

            budget.Revenues.Add(new RevenueEstimate { LineNo = 1, CategoryId = C(ClassificationKind.RevenueCategory, "411000").Id, ItemName = "ภาษีที่ดินและสิ่งปลูกสร้าง", Amount = Money.FromBaht(500_000m) });
            budget.Revenues.Add(new RevenueEstimate { LineNo = 2, CategoryId = C(ClassificationKind.RevenueCategory, "421000").Id, ItemName = "ภาษีมูลค่าเพิ่ม", Amount = Money.FromBaht(1_250_000.50m) });
            db.Add(budget);
            await db.SaveChangesAsync();
            return budget.Id;
        });

    public static Task<List<BudgetLine>> LinesAsync(LocalGovFactory factory, int budgetId) =>
        factory.WithDbAsync(db => db.Set<BudgetLine>().AsNoTracking().Where(l => l.BudgetId == budgetId).OrderBy(l => l.LineNo).ToListAsync());

    /// <summary>The accessibility basics the platform's own page tests check: one h1, labelled fields, unique ids, a title.</summary>
    public static void AssertAccessibleBasics(IHtmlDocument page, string url)
    {
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

        Assert.All(page.QuerySelectorAll("th"), th => Assert.True(th.ParentElement?.ParentElement?.TagName != "THEAD" || th.GetAttribute("scope") == "col", $"{url}: header cell without scope"));
    }

    /// <summary>Posts a file to the import form with the anti-forgery token taken from <paramref name="tokenPageUrl"/>.</summary>
    public static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> UploadAsync(Browser browser, int budgetId, byte[] bytes, string fileName, string? tokenPageUrl = null)
    {
        var (_, page) = await browser.GetAsync(tokenPageUrl ?? $"/Budgeting/Excel/Import/{budgetId}");
        var token = page.QuerySelector("form[enctype] input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("No import form with a token");
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(XlsxContentType);
        content.Add(file, "file", fileName);
        var response = await browser.Client.PostAsync($"/Budgeting/Excel/Import/{budgetId}", content);
        return (response, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }
}
