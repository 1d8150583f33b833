using System.Globalization;
using System.Net;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Revenue.Contracts;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Domain.Payments;
using LocalGov.Revenue.Services.Payments;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.IntegrationTests.Revenue.Payments;

/// <summary>Counter payments, cancellations, numbering, concurrency, Thai QR and scope, through the real pages and services.</summary>
public sealed class PaymentTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    private static DateOnly Today => PaymentTestData.Today;

    private static string Amount(decimal baht) => baht.ToString("0.00", CultureInfo.InvariantCulture);

    private async Task<Browser> RevenueAsync()
    {
        var browser = new Browser(factory);
        await browser.SignInAsync("revenue");
        return browser;
    }

    private static Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Document)> PayAsync(Browser browser, int billId, decimal amount, string method = "Cash", string reference = "") =>
        browser.SubmitAsync($"/Revenue/Bills/Pay/{billId}", new Dictionary<string, string>
        {
            ["Items[0].Amount"] = Amount(amount),
            ["Method"] = method,
            ["Reference"] = reference,
        }, $"/Revenue/Bills/Pay/{billId}");

    [Fact]
    public async Task Paying_a_bill_issues_a_numbered_receipt_marks_it_paid_updates_the_summary_and_records_the_hand_off()
    {
        var bill = await PaymentTestData.CreateBillAsync(factory, 1_500m, Today.AddDays(10));
        var fiscalYear = FiscalYear.Containing(Today).BuddhistYear;
        var collectedBefore = await PaymentTestData.CollectedAsync(factory, bill.LaoId, fiscalYear, RevenueKind.Fee);
        using var browser = await RevenueAsync();

        var (response, _) = await PayAsync(browser, bill.BillId, 1_500m);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var receipt = Assert.Single(await PaymentTestData.ReceiptsOfBillAsync(factory, bill.BillId));
        Assert.Equal($"/Revenue/Receipts/Details/{receipt.Id}", Browser.PathOf(response));
        Assert.Equal(Money.FromBaht(1_500m), receipt.Total);
        Assert.Equal(ReceiptStatus.Issued, receipt.Status);
        Assert.Equal(fiscalYear, receipt.FiscalYear);
        Assert.Equal("revenue", receipt.IssuedBy);
        var book = await factory.WithDbAsync(db => db.Set<ReceiptBook>().AsNoTracking().FirstAsync(b => b.Id == receipt.BookId));
        Assert.Equal($"{book.BookNo}-{receipt.Number:0000}", receipt.ReceiptNo);
        Assert.EndsWith($"/{fiscalYear}", book.BookNo, StringComparison.Ordinal);
        Assert.True(book.NextNumber > receipt.Number);

        var paid = await PaymentTestData.BillAsync(factory, bill.BillId);
        Assert.Equal(BillStatus.Paid, paid.Status);
        Assert.Equal(Money.FromBaht(1_500m), paid.PaidPrincipal);
        Assert.Equal(collectedBefore + Money.FromBaht(1_500m), await PaymentTestData.CollectedAsync(factory, bill.LaoId, fiscalYear, RevenueKind.Fee));

        var handOff = Assert.Single(await PaymentTestData.HandOffsAsync(factory, receipt.Id));
        Assert.Equal(HandOffEvent.Issued, handOff.Event);
        Assert.Equal(HandOffStatus.Posted, handOff.Status); // Finance's ledger is installed and takes it at once

        // The printable receipt: book, number, B.E. date, payer, amount in Thai words.
        var (printed, page) = await browser.GetAsync(Browser.PathOf(response));
        Assert.Equal(HttpStatusCode.OK, printed.StatusCode);
        Assert.Equal(book.BookNo, page.QuerySelector("#receipt-book")!.TextContent);
        Assert.Equal(receipt.Number.ToString(CultureInfo.InvariantCulture), page.QuerySelector("#receipt-number")!.TextContent);
        Assert.Equal("1,500.00", page.QuerySelector("#receipt-total")!.TextContent);
        Assert.Contains(BahtText.ToThaiWords(1_500m), page.QuerySelector("#receipt-words")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(ThaiDate.ToBuddhistYear(Today.Year).ToString(CultureInfo.InvariantCulture), page.QuerySelector("#receipt-date")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("@media print", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partial_payment_leaves_the_rest_outstanding_and_the_next_receipt_takes_the_next_number()
    {
        var bill = await PaymentTestData.CreateBillAsync(factory, 1_000m, Today.AddDays(10));
        using var browser = await RevenueAsync();

        var (first, _) = await PayAsync(browser, bill.BillId, 400m, "BankTransfer", "TRF-001");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var partly = await PaymentTestData.BillAsync(factory, bill.BillId);
        Assert.Equal(BillStatus.PartlyPaid, partly.Status);
        Assert.Equal(Money.FromBaht(600m), partly.Outstanding);

        var (second, _) = await PayAsync(browser, bill.BillId, 600m);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var receipts = await PaymentTestData.ReceiptsOfBillAsync(factory, bill.BillId);
        Assert.Equal(2, receipts.Count);
        Assert.Equal(PaymentMethod.BankTransfer, receipts[0].Method);
        Assert.Equal("TRF-001", receipts[0].Reference);
        Assert.True(receipts[1].Number == receipts[0].Number + 1 || receipts[1].BookId != receipts[0].BookId);
        Assert.Equal(BillStatus.Paid, (await PaymentTestData.BillAsync(factory, bill.BillId)).Status);
    }

    [Fact]
    public async Task Payment_larger_than_the_bill_is_refused_with_a_message_and_nothing_is_saved()
    {
        var bill = await PaymentTestData.CreateBillAsync(factory, 1_000m, Today.AddDays(10));
        using var browser = await RevenueAsync();

        var (response, page) = await PayAsync(browser, bill.BillId, 1_000.01m);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = page.QuerySelector($"#amount-{bill.BillId}-error")!.TextContent;
        Assert.Contains(bill.Number, error, StringComparison.Ordinal);
        Assert.Contains("1,000.00", error, StringComparison.Ordinal);
        Assert.Equal($"amount-{bill.BillId}-error", page.QuerySelector($"#amount-{bill.BillId}")!.GetAttribute("aria-describedby"));
        Assert.Empty(await PaymentTestData.ReceiptsOfBillAsync(factory, bill.BillId));
        Assert.Equal(BillStatus.Open, (await PaymentTestData.BillAsync(factory, bill.BillId)).Status);
    }

    [Fact]
    public async Task Bad_amounts_and_a_missing_cheque_number_get_messages_on_their_fields()
    {
        var bill = await PaymentTestData.CreateBillAsync(factory, 1_000m, Today.AddDays(10));
        using var browser = await RevenueAsync();

        var (response, page) = await browser.SubmitAsync($"/Revenue/Bills/Pay/{bill.BillId}",
            new Dictionary<string, string> { ["Items[0].Amount"] = "12.345", ["Method"] = "Cheque", ["Reference"] = "" }, $"/Revenue/Bills/Pay/{bill.BillId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector($"#amount-{bill.BillId}-error")!.TextContent));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#reference-error")!.TextContent));
        Assert.Empty(await PaymentTestData.ReceiptsOfBillAsync(factory, bill.BillId));
    }

    [Fact]
    public async Task Cancelling_a_receipt_needs_a_reason_reopens_the_bill_hands_off_the_cancellation_and_keeps_the_receipt()
    {
        var bill = await PaymentTestData.CreateBillAsync(factory, 800m, Today.AddDays(10));
        using var browser = await RevenueAsync();
        await PayAsync(browser, bill.BillId, 800m);
        var receipt = Assert.Single(await PaymentTestData.ReceiptsOfBillAsync(factory, bill.BillId));
        var fiscalYear = receipt.FiscalYear;
        var collectedPaid = await PaymentTestData.CollectedAsync(factory, bill.LaoId, fiscalYear, RevenueKind.Fee);

        var (noReason, noReasonPage) = await browser.SubmitAsync($"/Revenue/Receipts/Cancel/{receipt.Id}", new Dictionary<string, string> { ["Reason"] = "  " }, $"/Revenue/Receipts/Cancel/{receipt.Id}");
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(noReasonPage.QuerySelector("#reason-error")!.TextContent));
        Assert.Equal(ReceiptStatus.Issued, Assert.Single(await PaymentTestData.ReceiptsOfBillAsync(factory, bill.BillId)).Status);

        var (cancelled, _) = await browser.SubmitAsync($"/Revenue/Receipts/Cancel/{receipt.Id}", new Dictionary<string, string> { ["Reason"] = "รับเงินผิดราย" }, $"/Revenue/Receipts/Cancel/{receipt.Id}");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);

        var after = Assert.Single(await PaymentTestData.ReceiptsOfBillAsync(factory, bill.BillId));
        Assert.Equal(ReceiptStatus.Cancelled, after.Status);
        Assert.Equal("รับเงินผิดราย", after.CancelledReason);
        Assert.Equal(receipt.ReceiptNo, after.ReceiptNo);
        var reopened = await PaymentTestData.BillAsync(factory, bill.BillId);
        Assert.Equal(BillStatus.Open, reopened.Status);
        Assert.Equal(Money.Zero, reopened.PaidPrincipal);
        Assert.Equal(collectedPaid - Money.FromBaht(800m), await PaymentTestData.CollectedAsync(factory, bill.LaoId, fiscalYear, RevenueKind.Fee));
        Assert.Contains(await PaymentTestData.HandOffsAsync(factory, receipt.Id), h => h.Event == HandOffEvent.Cancelled);

        var (_, print) = await browser.GetAsync($"/Revenue/Receipts/Details/{receipt.Id}");
        Assert.NotNull(print.QuerySelector("#receipt-void"));
        Assert.Contains("รับเงินผิดราย", print.QuerySelector("#receipt-cancelled")!.TextContent, StringComparison.Ordinal);
        var (_, list) = await browser.GetAsync("/Revenue/Receipts?status=Cancelled&q=" + Uri.EscapeDataString(receipt.ReceiptNo));
        Assert.NotNull(list.QuerySelector($"#receipt-list tr[data-receipt-id='{receipt.Id}'][data-status='Cancelled']"));
    }

    [Fact]
    public async Task An_unpaid_bill_is_cancelled_with_a_reason_and_kept()
    {
        var bill = await PaymentTestData.CreateBillAsync(factory, 300m, Today.AddDays(10));
        using var browser = await RevenueAsync();

        var (response, _) = await browser.SubmitAsync($"/Revenue/Bills/Cancel/{bill.BillId}", new Dictionary<string, string> { ["Reason"] = "ประเมินซ้ำ" }, $"/Revenue/Bills/Cancel/{bill.BillId}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cancelled = await PaymentTestData.BillAsync(factory, bill.BillId);
        Assert.Equal(BillStatus.Cancelled, cancelled.Status);
        Assert.Equal("ประเมินซ้ำ", cancelled.CancelledReason);
        var (_, page) = await browser.GetAsync($"/Revenue/Bills/Details/{bill.BillId}");
        Assert.Null(page.QuerySelector("#pay-bill"));
    }

    [Fact]
    public async Task Two_concurrent_payments_on_one_bill_cannot_overpay_and_numbers_stay_gapless()
    {
        var bill = await PaymentTestData.CreateBillAsync(factory, 1_000m, Today.AddDays(10));
        var other = await PaymentTestData.CreateBillAsync(factory, 500m, Today.AddDays(10));

        var outcomes = await Task.WhenAll(
            PaymentTestData.PayDirectAsync(factory, bill, 600m),
            PaymentTestData.PayDirectAsync(factory, bill, 600m),
            PaymentTestData.PayDirectAsync(factory, other, 500m));

        Assert.Equal(2, outcomes.Count(o => o.Succeeded));
        var refused = Assert.Single(outcomes, o => !o.Succeeded);
        Assert.Equal(PaymentError.MoreThanOwed, refused.Refusal!.Error);
        var onBill = Assert.Single(await PaymentTestData.ReceiptsOfBillAsync(factory, bill.BillId));
        Assert.Equal(Money.FromBaht(400m), (await PaymentTestData.BillAsync(factory, bill.BillId)).Outstanding);

        // The receipts of the book so far are numbered 1..n without a gap or a repeat.
        var book = await factory.WithDbAsync(db => db.Set<Receipt>().AsNoTracking().Where(r => r.BookId == onBill.BookId).Select(r => r.Number).ToListAsync());
        Assert.Equal(Enumerable.Range(1, book.Count), book.Order());
    }

    [Fact]
    public async Task A_full_receipt_book_closes_and_the_next_book_opens()
    {
        var laoId = await PaymentTestData.OtherLaoIdAsync(factory);
        var fiscalYear = FiscalYear.Containing(Today).BuddhistYear;
        await factory.WithDbAsync(async db =>
        {
            if (!await db.Set<ReceiptBook>().AnyAsync(b => b.LaoId == laoId && b.FiscalYear == fiscalYear))
            {
                db.Set<ReceiptBook>().Add(new ReceiptBook { LaoId = laoId, FiscalYear = fiscalYear, BookNo = $"1/{fiscalYear}", Capacity = 100, NextNumber = 100 });
                await db.SaveChangesAsync();
            }

            return 0;
        });
        var first = await PaymentTestData.CreateBillAsync(factory, 10m, Today.AddDays(5), laoId: laoId);
        var second = await PaymentTestData.CreateBillAsync(factory, 10m, Today.AddDays(5), laoId: laoId);

        var a = await PaymentTestData.PayDirectAsync(factory, first, 10m);
        var b = await PaymentTestData.PayDirectAsync(factory, second, 10m);

        Assert.Equal($"1/{fiscalYear}-0100", a.Receipt!.ReceiptNo);
        Assert.Equal($"2/{fiscalYear}-0001", b.Receipt!.ReceiptNo);
        Assert.True(await factory.WithDbAsync(db => db.Set<ReceiptBook>().Where(x => x.LaoId == laoId && x.BookNo == $"1/{fiscalYear}").Select(x => x.Closed).FirstAsync()));
    }

    [Fact]
    public async Task Instalments_are_paid_one_at_a_time_with_their_own_due_dates()
    {
        var due = Today.AddDays(5);
        var bill = await PaymentTestData.CreateBillAsync(factory, 3_000m, due, RevenueKind.LandAndBuildingTax,
            instalments: [(due, 1_000m), (due.AddMonths(1), 1_000m), (due.AddMonths(2), 1_000m)]);
        using var browser = await RevenueAsync();

        var (form, page) = await browser.GetAsync($"/Revenue/Bills/Pay/{bill.BillId}");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal("1000.00", page.QuerySelector($"#amount-{bill.BillId}")!.GetAttribute("value"));

        var (paid, _) = await browser.SubmitAsync($"/Revenue/Bills/Pay/{bill.BillId}", new Dictionary<string, string> { ["Method"] = "Cash" }, $"/Revenue/Bills/Pay/{bill.BillId}");
        Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);
        var after = await PaymentTestData.BillAsync(factory, bill.BillId);
        Assert.Equal(BillStatus.PartlyPaid, after.Status);
        Assert.Equal(Money.FromBaht(2_000m), after.Outstanding);

        var (_, details) = await browser.GetAsync($"/Revenue/Bills/Details/{bill.BillId}");
        var rows = details.QuerySelectorAll("#bill-instalments tbody tr");
        Assert.Equal(3, rows.Length);
        Assert.Equal("0.00", rows[0].QuerySelectorAll("td")[4].TextContent);
        Assert.Equal("1,000.00", rows[1].QuerySelectorAll("td")[4].TextContent);
    }

    [Fact]
    public async Task The_QR_on_the_bill_page_decodes_with_a_valid_crc_and_carries_the_bill_reference()
    {
        var bill = await PaymentTestData.CreateBillAsync(factory, 1_234.50m, Today.AddDays(10));
        using var browser = await RevenueAsync();

        var (response, page) = await browser.GetAsync($"/Revenue/Bills/Details/{bill.BillId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("#bill-qr svg"));
        var payload = page.QuerySelector("#qr-payload")!.TextContent;
        Assert.Equal(ThaiQrProblem.None, ThaiQrPayload.Decode(payload, out var decoded));
        Assert.Equal(Money.FromBaht(1_234.50m), decoded!.Amount);
        Assert.Equal(bill.Number, BillReference.BillNumberOf(decoded.Reference1));
        Assert.Equal(BillReference.Reference2(bill.TaxpayerId), decoded.Reference2);
        Assert.StartsWith(LocalGov.Revenue.Seeding.PaymentDemoSeeder.DemoBillerTaxId, decoded.BillerId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_LAOs_bill_is_not_found_and_the_province_officer_reads_but_cannot_pay()
    {
        var foreign = await PaymentTestData.CreateBillAsync(factory, 100m, Today.AddDays(10), laoId: await PaymentTestData.OtherLaoIdAsync(factory));
        var own = await PaymentTestData.CreateBillAsync(factory, 100m, Today.AddDays(10));
        using var revenue = await RevenueAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await revenue.Client.GetAsync($"/Revenue/Bills/Details/{foreign.BillId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await revenue.Client.GetAsync($"/Revenue/Bills/Pay/{foreign.BillId}")).StatusCode);
        var (_, list) = await revenue.GetAsync("/Revenue/Bills?q=" + Uri.EscapeDataString(foreign.Number));
        Assert.Null(list.QuerySelector($"#bill-list tr[data-bill-id='{foreign.BillId}']"));

        using var province = new Browser(factory);
        await province.SignInAsync("province");
        var (details, page) = await province.GetAsync($"/Revenue/Bills/Details/{own.BillId}");
        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        Assert.Null(page.QuerySelector("#pay-bill"));
        Assert.Equal(HttpStatusCode.Forbidden, (await province.Client.GetAsync($"/Revenue/Bills/Pay/{own.BillId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await province.Client.GetAsync("/Revenue/BankImport")).StatusCode);
    }

    [Fact]
    public async Task Demo_data_has_receipts_and_payment_settings_for_the_demo_LAO()
    {
        var laoId = await PaymentTestData.DemoLaoIdAsync(factory);
        Assert.True(await factory.WithDbAsync(db => db.Set<Receipt>().AnyAsync(r => r.LaoId == laoId && r.IssuedBy == "revenue")));
        Assert.True(await factory.WithDbAsync(db => db.Set<PaymentSettings>().AnyAsync(s => s.LaoId == laoId)));
        Assert.Equal(3, await factory.WithDbAsync(db => db.Set<ArrearsRate>().CountAsync()));
    }
}
