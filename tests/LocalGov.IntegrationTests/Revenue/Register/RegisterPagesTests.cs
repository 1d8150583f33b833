using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Domain.Fees;
using LocalGov.Revenue.Domain.Signboards;
using Microsoft.EntityFrameworkCore;
using static LocalGov.IntegrationTests.Revenue.Register.RegisterTestData;

namespace LocalGov.IntegrationTests.Revenue.Register;

/// <summary>Every page of the register, signs, fees and licences renders for the revenue officer with the accessibility basics.</summary>
public sealed class RegisterPagesTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    [Fact]
    public async Task Every_register_page_renders_with_one_heading_unique_ids_and_labelled_fields()
    {
        var laoId = await RevenueLaoIdAsync(factory);
        var (taxpayerId, signId, licenceId, feeItemId) = await factory.WithDbAsync(async db => (
            await db.Set<Taxpayer>().Where(t => t.LaoId == laoId).OrderBy(t => t.Id).Select(t => t.Id).FirstAsync(),
            await db.Set<Sign>().Where(s => s.LaoId == laoId).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(),
            await db.Set<Licence>().Where(x => x.LaoId == laoId && x.RenewedFromId != null).Select(x => x.Id).FirstAsync(),
            await db.Set<FeeItem>().Where(f => f.LaoId == laoId).OrderBy(f => f.Id).Select(f => f.Id).FirstAsync()));
        var owner = await factory.WithDbAsync(db => db.Set<Sign>().Where(s => s.Id == signId).Select(s => s.TaxpayerId).SingleAsync());
        string S(int v) => v.ToString(CultureInfo.InvariantCulture);
        string[] urls =
        [
            "/Revenue/Taxpayers", "/Revenue/Taxpayers?q=สม", "/Revenue/Taxpayers/Create", $"/Revenue/Taxpayers/Details/{S(owner)}",
            $"/Revenue/Taxpayers/Edit/{S(taxpayerId)}", $"/Revenue/Taxpayers/Merge/{S(taxpayerId)}",
            "/Revenue/Signs", "/Revenue/Signs/Create", $"/Revenue/Signs/Details/{S(signId)}", $"/Revenue/Signs/Edit/{S(signId)}",
            "/Revenue/Signs/Run", $"/Revenue/Signs/Notice?taxpayerId={S(owner)}",
            "/Revenue/Fees", "/Revenue/Fees/CreateItem", $"/Revenue/Fees/EditItem/{S(feeItemId)}", "/Revenue/Fees/Bill",
            "/Revenue/Licences", "/Revenue/Licences?filter=Expiring", "/Revenue/Licences/Issue", $"/Revenue/Licences/Details/{S(licenceId)}",
        ];
        using var browser = new Browser(factory);
        await browser.SignInAsync("revenue");

        foreach (var url in urls)
        {
            var (response, page) = await browser.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            Assert.False(string.IsNullOrWhiteSpace(page.Title), $"{url} has no title");
            Assert.True(page.QuerySelectorAll("h1").Length == 1, $"{url} must have one h1");
            var duplicates = page.QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(duplicates.Count == 0, $"{url}: duplicate ids {string.Join(", ", duplicates)}");
            foreach (var field in page.QuerySelectorAll("input:not([type=hidden]), select, textarea"))
            {
                Assert.True(HasLabel(page, field), $"{url}: field '{field.GetAttribute("name")}' has no label");
            }

            foreach (var describedBy in page.QuerySelectorAll("[aria-describedby]").SelectMany(e => e.GetAttribute("aria-describedby")!.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            {
                Assert.True(page.GetElementById(describedBy) is not null, $"{url}: aria-describedby points to missing '{describedBy}'");
            }
        }
    }

    [Fact]
    public async Task The_pages_are_in_english_when_the_user_chooses_english()
    {
        using var browser = new Browser(factory);
        await browser.SignInAsync("revenue");
        await browser.SwitchCultureAsync("en-US");

        var (_, page) = await browser.GetAsync("/Revenue/Signs/Run");

        Assert.Contains("Yearly signboard assessment", page.QuerySelector("h1")?.TextContent ?? "", StringComparison.Ordinal);
    }

    private static bool HasLabel(IDocument page, IElement field) =>
        !string.IsNullOrWhiteSpace(field.GetAttribute("aria-label"))
        || (!string.IsNullOrEmpty(field.Id) && page.QuerySelector($"label[for='{field.Id}']") is not null)
        || field.Closest("label") is not null;
}
