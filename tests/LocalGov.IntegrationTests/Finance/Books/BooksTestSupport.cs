using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ClosedXML.Excel;
using LocalGov.Data;
using LocalGov.Finance.Domain;
using LocalGov.Finance.Services;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests.Finance.Books;

/// <summary>Helpers of the books tests: ids, ledger totals, form posts and workbooks.</summary>
internal static class BooksTestSupport
{
    public const string CashCode = "1101010101", CurrentAccount = "1101020101", SharedTaxes = "4201010101", Fees = "4102010101", Materials = "5303010101";

    public static Task<int> FinanceLaoIdAsync(LocalGovFactory factory) => factory.WithDbAsync(async db =>
        (await db.Users.SingleAsync(u => u.UserName == "finance")).LaoId!.Value);

    public static Task<int> OtherLaoIdAsync(LocalGovFactory factory, int own) => factory.WithDbAsync(db =>
        db.Database.SqlQuery<int>($"SELECT Id AS Value FROM org_Lao WHERE Id <> {own} ORDER BY Id LIMIT 1").SingleAsync());

    public static Task<int> AccountIdAsync(LocalGovFactory factory, string code) => factory.WithDbAsync(db =>
        db.Set<Account>().Where(a => a.Code == code).Select(a => a.Id).SingleAsync());

    public static async Task<Browser> SignInAsync(LocalGovFactory factory, string user)
    {
        var browser = new Browser(factory);
        await browser.SignInAsync(user);
        return browser;
    }

    /// <summary>Net (debit − credit) per account of the LAO's year over the periods, from LedgerQueries.</summary>
    public static async Task<Dictionary<int, long>> NetByAccountAsync(LocalGovFactory factory, int laoId, int fiscalYear, int from = 0, int to = 13)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var queries = scope.ServiceProvider.GetRequiredService<LedgerQueries>();
        var totals = await queries.ByAccountAsync(laoId, fiscalYear, from, to, CancellationToken.None);
        return totals.ToDictionary(t => t.Key, t => t.DebitMinusCredit.Satang);
    }

    public static Task<int> EntryCountAsync(LocalGovFactory factory, int laoId) => factory.WithDbAsync(db =>
        db.Set<JournalEntry>().CountAsync(e => e.LaoId == laoId));

    /// <summary>Posts an entry straight through LedgerService in its own transaction (as another module would).</summary>
    public static async Task<PostingResult> PostDirectAsync(LocalGovFactory factory, JournalDraft draft)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        var ledger = scope.ServiceProvider.GetRequiredService<LedgerService>();
        await using var tx = await db.Database.BeginTransactionAsync();
        var result = await ledger.PostAsync(draft, CancellationToken.None);
        if (result.Succeeded)
        {
            await tx.CommitAsync();
        }

        return result;
    }

    /// <summary>The manual entry form's fields: date (ISO), description and lines (account id, debit, credit).</summary>
    public static Dictionary<string, string> EntryFields(DateOnly date, string description, params (int AccountId, string Debit, string Credit)[] lines)
    {
        var fields = new Dictionary<string, string>
        {
            ["EntryDate"] = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Description"] = description,
            ["FundCode"] = Fund.General,
        };
        for (var i = 0; i < lines.Length; i++)
        {
            fields[$"Lines[{i}].AccountId"] = lines[i].AccountId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            fields[$"Lines[{i}].Debit"] = lines[i].Debit;
            fields[$"Lines[{i}].Credit"] = lines[i].Credit;
        }

        return fields;
    }

    public static Task<(HttpResponseMessage Response, IHtmlDocument Document)> PostEntryAsync(Browser browser, Dictionary<string, string> fields) =>
        browser.SubmitAsync("/Finance/Journal/Create", fields, "/Finance/Journal/Create");

    public static int IdFromLocation(HttpResponseMessage response) =>
        int.Parse(Browser.PathOf(response).Split('/').Last().Split('?')[0], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A back-fill workbook: header row, then (ref, date cell, account, debit, credit, description) rows.</summary>
    public static byte[] Workbook(params (string Ref, object Date, string Account, object? Debit, object? Credit, string Description)[] rows)
    {
        using var book = new XLWorkbook();
        var sheet = book.Worksheets.Add("journal");
        string[] headers = ["entry_ref", "date", "account_code", "debit", "credit", "description"];
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = headers[c];
        }

        for (var r = 0; r < rows.Length; r++)
        {
            var row = rows[r];
            sheet.Cell(r + 2, 1).Value = row.Ref;
            if (row.Date is DateTime dt)
            {
                sheet.Cell(r + 2, 2).Value = dt;
            }
            else
            {
                sheet.Cell(r + 2, 2).SetValue(row.Date.ToString());
            }

            sheet.Cell(r + 2, 3).SetValue(row.Account);
            if (row.Debit is not null)
            {
                sheet.Cell(r + 2, 4).Value = row.Debit;
            }

            if (row.Credit is not null)
            {
                sheet.Cell(r + 2, 5).Value = row.Credit;
            }

            sheet.Cell(r + 2, 6).Value = row.Description;
        }

        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    public static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> UploadAsync(Browser browser, byte[] bytes, string fileName = "journal.xlsx")
    {
        var (_, page) = await browser.GetAsync("/Finance/Journal/Import");
        var token = page.QuerySelector("form[enctype] input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("No import form with a token");
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(file, "file", fileName);
        var response = await browser.Client.PostAsync("/Finance/Journal/Import", content);
        return (response, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    public static Money Baht(decimal baht) => Money.FromBaht(baht);
}

/// <summary>The Finance module's Thai UI messages (the default culture), read from its resources.</summary>
internal static class BooksMessages
{
    public static string Th(LocalGovFactory factory, string key)
    {
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("th-TH");
        try
        {
            var localizer = factory.Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizerFactory>().Create(typeof(LocalGov.Finance.Resources.Strings));
            var value = localizer[key];
            return value.ResourceNotFound ? throw new InvalidOperationException($"No resource {key}") : value.Value;
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }
}
