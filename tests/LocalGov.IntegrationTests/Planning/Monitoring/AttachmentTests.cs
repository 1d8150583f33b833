using System.Net;
using System.Net.Http.Headers;
using LocalGov.Data;
using LocalGov.IntegrationTests.Finance.Vouchers;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Planning.Domain;
using LocalGov.Planning.Services.Files;
using LocalGov.SharedKernel.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LocalGov.IntegrationTests.Planning.Monitoring;

[Collection(MonitoringCollection.Name)]
public sealed class AttachmentTests(LocalGovFactory factory)
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0xFF, 0xD9];
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();
    private static readonly byte[] Text = "just some text, not a document"u8.ToArray();

    public static TheoryData<string, string, string> Refused => new()
    {
        { "pdf-named-jpg", "photo.jpg", "Upload.TypeNotAllowed" },
        { "text-named-pdf", "report.pdf", "Upload.TypeNotAllowed" },
        { "jpeg", "../../x.jpg", "Upload.BadName" },
        { "jpeg", "..\\x.jpg", "Upload.BadName" },
        { "jpeg", "C:\\x.jpg", "Upload.BadName" },
        { "jpeg", "a/b.jpg", "Upload.BadName" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_refused_upload_shows_a_field_message_and_writes_nothing(string content, string fileName, string messageKey)
    {
        var id = await MonitoringTestData.EntryAsync(factory, MonitoringTestData.UnlinkedCode);
        using var browser = new Browser(factory);
        await browser.SignInAsync("planning");
        var filesBefore = StoredFiles();
        var rowsBefore = await AttachmentCountAsync();
        var bytes = content switch { "pdf-named-jpg" => Pdf, "text-named-pdf" => Text, _ => Jpeg };

        var (response, page) = await UploadAsync(browser, id, bytes, fileName);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(Thai(messageKey), page.GetElementById("file-error")!.TextContent.Trim());
        Assert.Equal(filesBefore, StoredFiles());
        Assert.Equal(rowsBefore, await AttachmentCountAsync());
    }

    [Fact]
    public async Task An_oversized_file_is_refused_before_anything_is_written()
    {
        var root = Path.Combine(Path.GetTempPath(), "localgov-tests", "small-uploads-" + Guid.NewGuid().ToString("N"));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
        var store = new AttachmentStore(db, Options.Create(new UploadOptions { Root = root, MaxBytes = 16 }), scope.ServiceProvider.GetRequiredService<IHostEnvironment>(), TimeProvider.System);
        using var stream = new MemoryStream(Jpeg);
        var file = new FormFile(stream, 0, Jpeg.Length, "file", "photo.jpg");

        var result = await store.SaveAsync(1, AttachmentOwner.ActionPlanEntry, 1, file, null, "planning", imagesOnly: false, default);

        Assert.Equal(UploadError.TooLarge, result.Error);
        Assert.Null(result.Attachment);
        Assert.False(Directory.Exists(root) && Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Any());
        Assert.Empty(db.ChangeTracker.Entries<Attachment>());
    }

    [Fact]
    public async Task A_photo_is_stored_listed_downloaded_with_safe_headers_and_deleted()
    {
        var id = await MonitoringTestData.EntryAsync(factory, MonitoringTestData.UnlinkedCode);
        using var browser = new Browser(factory);
        await browser.SignInAsync("planning");

        var (response, _) = await UploadAsync(browser, id, Jpeg, "site-photo.jpg", "ถนนช่วงที่ 1");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var attachment = await factory.WithDbAsync(db => db.Set<Attachment>().AsNoTracking()
            .Where(a => a.Owner == AttachmentOwner.ActionPlanEntry && a.OwnerId == id).OrderBy(a => a.Id).LastAsync());
        Assert.Equal(("image/jpeg", "ถนนช่วงที่ 1"), (attachment.ContentType, attachment.Caption));

        var (_, page) = await browser.GetAsync($"/Planning/ActionPlans/Project/{id}");
        Assert.NotNull(page.QuerySelector($"#attachments li[data-attachment-id='{attachment.Id}'] img"));

        var download = await browser.Client.GetAsync($"/Planning/ActionPlans/Attachment/{attachment.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/jpeg", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("inline", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(Jpeg, await download.Content.ReadAsByteArrayAsync());

        var token = page.QuerySelector($"#attachments li[data-attachment-id='{attachment.Id}'] form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var (deleted, _) = await browser.PostAsync($"/Planning/ActionPlans/DeleteAttachment/{attachment.Id}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Set<Attachment>().AnyAsync(a => a.Id == attachment.Id)));
        Assert.DoesNotContain(StoredFiles(), f => f.EndsWith(Path.GetFileName(attachment.StoredName), StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Client.GetAsync($"/Planning/ActionPlans/Attachment/{attachment.Id}")).StatusCode);
    }

    [Fact]
    public async Task Another_LAOs_attachment_is_not_found_and_cannot_be_deleted()
    {
        var own = await MonitoringTestData.DemoLaoIdAsync(factory);
        var other = await MonitoringTestData.OtherLaoIdAsync(factory, own);
        int attachmentId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalGovDbContext>();
            var store = scope.ServiceProvider.GetRequiredService<AttachmentStore>();
            using var stream = new MemoryStream(Jpeg);
            var result = await store.SaveAsync(other, AttachmentOwner.ActionPlanEntry, 999_999, new FormFile(stream, 0, Jpeg.Length, "file", "other.jpg"), null, "someone", imagesOnly: false, default);
            Assert.NotNull(result.Attachment);
            await db.SaveChangesAsync();
            attachmentId = result.Attachment.Id;
        }

        // Its own LAO's officer gets the file: the 404 below is the scope, not a missing file.
        await VoucherTestData.CreateUserAsync(factory, "planning-other-files", other, Roles.LaoPlanningOfficer);
        using var owner = new Browser(factory);
        await owner.SignInAsync("planning-other-files");
        Assert.Equal(HttpStatusCode.OK, (await owner.Client.GetAsync($"/Planning/ActionPlans/Attachment/{attachmentId}")).StatusCode);

        using var browser = new Browser(factory);
        await browser.SignInAsync("planning");
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Client.GetAsync($"/Planning/ActionPlans/Attachment/{attachmentId}")).StatusCode);
        var token = await VoucherTestData.TokenAsync(browser);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.PostAsync($"/Planning/ActionPlans/DeleteAttachment/{attachmentId}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token })).Response.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Set<Attachment>().AnyAsync(a => a.Id == attachmentId)));
    }

    private static async Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Document)> UploadAsync(Browser browser, int entryId, byte[] bytes, string fileName, string? caption = null)
    {
        var (_, page) = await browser.GetAsync($"/Planning/ActionPlans/Project/{entryId}");
        var token = page.QuerySelector("#upload-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        content.Add(new StringContent(caption ?? ""), "caption");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");

        // The name exactly as a crafted request sends it (MultipartFormDataContent would otherwise encode it).
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileName = "\"" + fileName.Replace("\\", "\\\\", StringComparison.Ordinal) + "\"" };
        content.Add(file);
        var response = await browser.Client.PostAsync($"/Planning/ActionPlans/Upload/{entryId}", content);
        return (response, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    private string[] StoredFiles()
    {
        var root = factory.Services.GetRequiredService<IOptions<UploadOptions>>().Value.Root;
        return Directory.Exists(root) ? [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)] : [];
    }

    private Task<int> AttachmentCountAsync() => factory.WithDbAsync(db => db.Set<Attachment>().CountAsync());

    private string Thai(string key)
    {
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("th-TH");
        try
        {
            return factory.Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<LocalGov.Planning.Resources.Strings>>()[key].Value;
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }
}
