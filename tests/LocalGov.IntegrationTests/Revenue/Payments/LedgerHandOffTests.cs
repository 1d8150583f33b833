using System.Collections.Concurrent;
using System.Net;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Revenue.Contracts;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Services.Payments;
using LocalGov.SharedKernel.Amounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LocalGov.IntegrationTests.Revenue.Payments;

/// <summary>A stand-in for Finance's ledger: records what it was given, or throws when told to.</summary>
internal sealed class FakeLedger : IReceiptLedgerPosting
{
    public ConcurrentQueue<(ReceiptPosting Posting, string? Reason)> Posted { get; } = new();

    public bool Fail { get; set; }

    public Task PostReceiptAsync(ReceiptPosting receipt, CancellationToken cancellationToken)
    {
        if (Fail)
        {
            throw new InvalidOperationException("ledger closed for year-end");
        }

        Posted.Enqueue((receipt, null));
        return Task.CompletedTask;
    }

    public Task PostCancellationAsync(ReceiptPosting receipt, string reason, CancellationToken cancellationToken)
    {
        if (Fail)
        {
            throw new InvalidOperationException("ledger closed for year-end");
        }

        Posted.Enqueue((receipt, reason));
        return Task.CompletedTask;
    }
}

/// <summary>The hand-off of receipts to Finance with a ledger registered in the test host, and the reconciliation of pending ones.</summary>
public sealed class LedgerHandOffTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private static DateOnly Today => PaymentTestData.Today;

    private static WebApplicationFactory<Program> WithLedger(LocalGovFactory factory, FakeLedger ledger) =>
        factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IReceiptLedgerPosting>(ledger)));

    private static async Task<PaymentOutcome> PayAsync(WebApplicationFactory<Program> host, TestBill bill, decimal amount)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var request = new PaymentRequest(bill.LaoId, bill.TaxpayerId, Today, PaymentMethod.ThaiQr, "QR-1", [new PaymentItem(bill.BillId, Money.FromBaht(amount))]);
        return await scope.ServiceProvider.GetRequiredService<PaymentService>().PayAsync(request, "revenue", default);
    }

    [Fact]
    public async Task A_registered_ledger_takes_the_receipt_and_its_cancellation_in_the_same_transaction()
    {
        var ledger = new FakeLedger();
        using var host = WithLedger(factory, ledger);
        var bill = await PaymentTestData.CreateBillAsync(factory, 700m, Today.AddDays(10));

        var outcome = await PayAsync(host, bill, 700m);

        Assert.True(outcome.Succeeded);
        var (posting, _) = Assert.Single(ledger.Posted);
        Assert.Equal(outcome.Receipt!.Id, posting.ReceiptId);
        Assert.Equal(Money.FromBaht(700m), posting.Total);
        Assert.Equal(bill.Number, Assert.Single(posting.Lines).BillNumber);
        Assert.Equal(HandOffStatus.Posted, Assert.Single(await PaymentTestData.HandOffsAsync(factory, posting.ReceiptId)).Status);

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var cancelled = await scope.ServiceProvider.GetRequiredService<PaymentService>().CancelReceiptAsync(posting.ReceiptId, "ชำระซ้ำ", "revenue", default);
            Assert.True(cancelled.Succeeded);
        }

        Assert.Equal(2, ledger.Posted.Count);
        Assert.Equal("ชำระซ้ำ", ledger.Posted.Last().Reason);
        Assert.All(await PaymentTestData.HandOffsAsync(factory, posting.ReceiptId), h => Assert.Equal(HandOffStatus.Posted, h.Status));
    }

    [Fact]
    public async Task A_ledger_that_throws_fails_the_whole_payment()
    {
        var ledger = new FakeLedger { Fail = true };
        using var host = WithLedger(factory, ledger);
        var bill = await PaymentTestData.CreateBillAsync(factory, 250m, Today.AddDays(10));

        var outcome = await PayAsync(host, bill, 250m);

        Assert.False(outcome.Succeeded);
        Assert.Equal(PaymentError.LedgerRefused, outcome.Refusal!.Error);
        Assert.Contains("year-end", outcome.Refusal.Detail, StringComparison.Ordinal);
        Assert.Empty(await PaymentTestData.ReceiptsOfBillAsync(factory, bill.BillId));
        Assert.Equal(BillStatus.Open, (await PaymentTestData.BillAsync(factory, bill.BillId)).Status);
    }

    [Fact]
    public async Task Pending_hand_offs_are_listed_and_posted_when_a_ledger_is_installed()
    {
        // A host without Finance's ledger: the receipt is taken and its hand-off waits.
        using var withoutLedger = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.RemoveAll<IReceiptLedgerPosting>()));
        var bill = await PaymentTestData.CreateBillAsync(factory, 120m, Today.AddDays(10));
        var receiptId = (await PayAsync(withoutLedger, bill, 120m)).Receipt!.Id;
        Assert.Equal(HandOffStatus.Pending, Assert.Single(await PaymentTestData.HandOffsAsync(factory, receiptId)).Status);

        using (var plainClient = withoutLedger.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }))
        {
            var plain = new HostBrowser(plainClient);
            await plain.SignInAsync("revenue");
            var list = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await plainClient.GetStringAsync("/Revenue/Receipts/HandOffs"));
            Assert.NotNull(list.QuerySelector($"#pending-handoffs tr[data-receipt-id='{receiptId}']"));
            Assert.NotNull(list.QuerySelector("#no-ledger"));
            var noLedger = await plain.PostFormAsync("/Revenue/Receipts/HandOffs", "/Revenue/Receipts/PostPending");
            Assert.Equal(HttpStatusCode.Redirect, noLedger.StatusCode);
            Assert.Equal(HandOffStatus.Pending, Assert.Single(await PaymentTestData.HandOffsAsync(factory, receiptId)).Status);
        }

        // A failing ledger: the error is recorded and the hand-off stays pending.
        var failing = new FakeLedger { Fail = true };
        using (var failingHost = WithLedger(factory, failing))
        {
            await using var scope = failingHost.Services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<LedgerHandOff>().PostPendingAsync(bill.LaoId, default);
            Assert.True(result.Failed > 0);
            Assert.Equal(0, result.Posted);
        }

        var failed = Assert.Single(await PaymentTestData.HandOffsAsync(factory, receiptId));
        Assert.Equal(HandOffStatus.Pending, failed.Status);
        Assert.Contains("year-end", failed.LastError, StringComparison.Ordinal);

        // With a working ledger, the page's action posts everything pending.
        var ledger = new FakeLedger();
        using var withLedger = WithLedger(factory, ledger);
        using var client2 = withLedger.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var browser2 = new HostBrowser(client2);
        await browser2.SignInAsync("revenue");
        var posted = await browser2.PostFormAsync("/Revenue/Receipts/HandOffs", "/Revenue/Receipts/PostPending");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(HandOffStatus.Posted, Assert.Single(await PaymentTestData.HandOffsAsync(factory, receiptId)).Status);
        Assert.Contains(ledger.Posted, p => p.Posting.ReceiptId == receiptId);
    }
}

/// <summary>Sign-in and form posts (with the anti-forgery token) against a host derived with WithWebHostBuilder.</summary>
internal sealed class HostBrowser(HttpClient client)
{
    private static readonly AngleSharp.Html.Parser.HtmlParser Parser = new();

    public async Task SignInAsync(string userName)
    {
        var response = await PostFormAsync("/Account/Login", "/Account/Login", new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = Browser.DemoPassword });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public async Task<HttpResponseMessage> PostFormAsync(string pageUrl, string action, IDictionary<string, string>? fields = null)
    {
        var page = Parser.ParseDocument(await client.GetStringAsync(pageUrl));
        var form = page.Forms.First(f => (f.GetAttribute("action") ?? "").StartsWith(action, StringComparison.OrdinalIgnoreCase));
        var values = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        };
        foreach (var (key, value) in fields ?? new Dictionary<string, string>())
        {
            values[key] = value;
        }

        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(form.GetAttribute("action"), content);
    }
}
