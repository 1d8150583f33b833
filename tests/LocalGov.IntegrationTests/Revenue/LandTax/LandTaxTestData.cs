using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Domain.LandTax;
using LocalGov.Revenue.Services.LandTax;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.IntegrationTests.Revenue.LandTax;

/// <summary>Taxpayers and parcels written straight to the test database, and the upload helper.</summary>
internal static class LandTaxTestData
{
    private static int _next;

    public static Task<int> DemoLaoIdAsync(LocalGovFactory factory) =>
        factory.WithDbAsync(db => db.Database.SqlQuery<int>($"SELECT Id AS Value FROM org_Lao WHERE Code = '3260101'").SingleAsync());

    public static async Task<int> OtherLaoIdAsync(LocalGovFactory factory)
    {
        var own = await DemoLaoIdAsync(factory);
        return await factory.WithDbAsync(db => db.Database.SqlQuery<int>($"SELECT Id AS Value FROM org_Lao WHERE Id <> {own} AND ProvinceId = (SELECT ProvinceId FROM org_Lao WHERE Id = {own}) ORDER BY Id LIMIT 1").SingleAsync());
    }

    public static Task<Taxpayer> TaxpayerAsync(LocalGovFactory factory, int laoId) => factory.WithDbAsync(async db =>
    {
        var n = Interlocked.Increment(ref _next);
        var taxpayer = new Taxpayer
        {
            LaoId = laoId,
            Kind = TaxpayerKind.Person,
            TaxId = LandTaxBenchmark.TaxId("1", 777, (Environment.ProcessId % 1000 * 1000) + n),
            Title = "นาย",
            FirstName = "ทดสอบ" + n,
            LastName = "ภาษีที่ดิน",
            CreatedUtc = DateTime.UtcNow,
        };
        db.Add(taxpayer);
        await db.SaveChangesAsync();
        return taxpayer;
    });

    /// <summary>A parcel of <paramref name="squareWah"/> square wah of one use at <paramref name="pricePerWah"/>.</summary>
    public static Task<Parcel> ParcelAsync(LocalGovFactory factory, int laoId, int ownerId, UseKind use, decimal squareWah, decimal pricePerWah, string? deed = null) =>
        factory.WithDbAsync(async db =>
        {
            var (rai, ngan, wah) = LandArea.FromSquareWah(squareWah);
            var parcel = new Parcel
            {
                LaoId = laoId,
                OwnerTaxpayerId = ownerId,
                DeedType = DeedType.Chanote,
                DeedNumber = deed ?? "T" + Guid.NewGuid().ToString("N")[..10],
                Rai = rai,
                Ngan = ngan,
                SquareWah = wah,
                PricePerSquareWah = Money.FromBaht(pricePerWah),
                PriceEffectiveYear = 2566,
                CreatedUtc = DateTime.UtcNow,
            };
            parcel.Uses.Add(new ParcelUse { Kind = use, AreaSquareWah = squareWah });
            db.Add(parcel);
            await db.SaveChangesAsync();
            return parcel;
        });

    public static Task<Bill?> BillAsync(LocalGovFactory factory, int year, int taxpayerId) =>
        factory.WithDbAsync(db => db.Set<Bill>().AsNoTracking().Include(b => b.Instalments).SingleOrDefaultAsync(b => b.SourceKey == LandTaxAssessmentRun.SourceKey(year, taxpayerId)));

    public static Task<Assessment?> AssessmentAsync(LocalGovFactory factory, int year, int taxpayerId) =>
        factory.WithDbAsync(db => db.Set<Assessment>().AsNoTracking().SingleOrDefaultAsync(a => a.TaxYear == year && a.TaxpayerId == taxpayerId));

    public static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> UploadAsync(Browser browser, byte[] bytes, string fileName)
    {
        var (_, page) = await browser.GetAsync("/Revenue/Parcels/Import");
        var token = page.QuerySelector("form[enctype] input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("No import form with a token");
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(file, "file", fileName);
        var response = await browser.Client.PostAsync("/Revenue/Parcels/Import", content);
        return (response, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    public static Task<int> CountAsync<T>(LocalGovFactory factory)
        where T : class => factory.WithDbAsync(db => db.Set<T>().CountAsync());
}
