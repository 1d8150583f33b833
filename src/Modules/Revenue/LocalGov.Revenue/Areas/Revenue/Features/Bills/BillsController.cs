using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Revenue.Contracts;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Resources;
using LocalGov.Revenue.Services;
using LocalGov.Revenue.Services.Payments;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Revenue.Areas.Revenue.Features.Bills;

/// <summary>Bills (ใบแจ้งหนี้): list, details with arrears and Thai QR, counter payment and cancellation.</summary>
[Area("Revenue")]
[Authorize(Policy = RevenueModule.ReadPolicy)]
internal sealed class BillsController(
    LocalGovDbContext db,
    RevenueAccess access,
    IOrganizationDirectory directory,
    BillPositions positions,
    BillQr qr,
    PaymentService payments,
    TimeProvider clock,
    IAuthorizationService authorization,
    IStringLocalizer<Strings> l) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(RevenueKind? kind, int? year, BillStatus? status, string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        var scope = await access.ReadableAsync(cancellationToken);
        var ids = scope.LaoIds;
        var bills = db.Set<Bill>().AsNoTracking().Where(b => scope.All || ids.Contains(b.LaoId));
        var years = await bills.Select(b => b.TaxYear).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
        if (kind is { } k)
        {
            bills = bills.Where(b => b.Kind == k);
        }

        if (year is { } y)
        {
            bills = bills.Where(b => b.TaxYear == y);
        }

        if (status is { } s)
        {
            bills = bills.Where(b => b.Status == s);
        }

        var rows = from b in bills
                   join t in db.Set<Taxpayer>() on b.TaxpayerId equals t.Id
                   select new { Bill = b, t.Title, t.FirstName, t.LastName, t.TaxId };
        var text = q?.Trim();
        if (!string.IsNullOrEmpty(text))
        {
            rows = rows.Where(r => r.FirstName.Contains(text) || r.LastName.Contains(text) || r.TaxId.Contains(text) || r.Bill.Number.Contains(text));
        }

        var total = await rows.CountAsync(cancellationToken);
        (page, var pageCount) = Pager.Clamp(page, total, PaymentPages.PageSize);
        var items = await rows.OrderByDescending(r => r.Bill.IssuedOn).ThenByDescending(r => r.Bill.Id)
            .Skip((page - 1) * PaymentPages.PageSize).Take(PaymentPages.PageSize)
            .ToListAsync(cancellationToken);
        var list = items.Select(r => new BillListItem(
            r.Bill.Id, r.Bill.LaoId, r.Bill.Number, r.Bill.Kind, r.Bill.TaxYear, Name(r.Title, r.FirstName, r.LastName), r.Bill.Description,
            r.Bill.Amount, r.Bill.PaidPrincipal, r.Bill.DueOn, r.Bill.Status)).ToList();
        return View(new BillIndexViewModel(list, kind, year, status, text, years, page, pageCount, total));
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var bill = await db.Set<Bill>().AsNoTracking().Include(b => b.Instalments).FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (bill is null || await this.CheckReadAsync(access, bill.LaoId, cancellationToken) is not null)
        {
            return NotFound();
        }

        var today = ThaiDate.Today(clock);
        var position = await positions.ForAsync(bill, today, cancellationToken);
        var taxpayer = await db.Set<Taxpayer>().AsNoTracking().FirstAsync(t => t.Id == bill.TaxpayerId, cancellationToken);
        var receipts = await (
            from line in db.Set<ReceiptLine>().AsNoTracking()
            join r in db.Set<Receipt>() on line.ReceiptId equals r.Id
            where line.BillId == bill.Id
            orderby r.IssuedOn, r.Id
            select new BillReceiptRow(r.Id, r.ReceiptNo, r.IssuedOn, r.Method, r.Status, line.Principal, line.Surcharge, line.Interest))
            .ToListAsync(cancellationToken);
        var (code, absence) = await qr.ForAsync(bill, today, cancellationToken);
        var canChange = await access.CanChangeAsync(bill.LaoId, cancellationToken) && (await authorization.AuthorizeAsync(User, RevenueModule.ManagePolicy)).Succeeded;
        return View(new BillDetailsViewModel(position, taxpayer, await PaymentPages.LaoNameAsync(directory, bill.LaoId, cancellationToken), today, receipts, code, absence, canChange));
    }

    [HttpGet]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public async Task<IActionResult> Cancel(int id, CancellationToken cancellationToken)
    {
        var (bill, refusal) = await LoadForChangeAsync(id, cancellationToken);
        return bill is null ? refusal! : await CancelViewAsync(bill, new CancelBillForm(), cancellationToken);
    }

    [HttpPost]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public async Task<IActionResult> Cancel(int id, CancelBillForm form, CancellationToken cancellationToken)
    {
        var (bill, refusal) = await LoadForChangeAsync(id, cancellationToken);
        if (bill is null)
        {
            return refusal!;
        }

        if (!ModelState.IsValid)
        {
            return await CancelViewAsync(bill, form, cancellationToken);
        }

        var outcome = await payments.CancelBillAsync(bill.Id, form.Reason, cancellationToken);
        if (outcome.Refusal is { } why)
        {
            ModelState.AddModelError(why.Error == PaymentError.ReasonRequired ? nameof(form.Reason) : string.Empty, l[$"Pay.Error.{why.Error}"]);
            return await CancelViewAsync(bill, form, cancellationToken);
        }

        TempData.Flash(l["Pay.Bill.Cancelled", bill.Number]);
        return RedirectToAction(nameof(Details), new { id = bill.Id });
    }

    [HttpGet]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public async Task<IActionResult> Pay(int id, CancellationToken cancellationToken)
    {
        var (bill, refusal) = await LoadForChangeAsync(id, cancellationToken);
        if (bill is null)
        {
            return refusal!;
        }

        var model = await PayModelAsync(bill, null, cancellationToken);
        if (model.Bills.Count == 0)
        {
            TempData.Flash(l["Pay.Error.BillNotPayable"], FlashKind.Warning);
            return RedirectToAction(nameof(Details), new { id });
        }

        return View(model);
    }

    [HttpPost]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public async Task<IActionResult> Pay(int id, PayForm form, CancellationToken cancellationToken)
    {
        var (bill, refusal) = await LoadForChangeAsync(id, cancellationToken);
        if (bill is null)
        {
            return refusal!;
        }

        if (!ModelState.IsValid)
        {
            return View(await PayModelAsync(bill, form, cancellationToken));
        }

        var items = form.Items.Select(i => new PaymentItem(i.BillId, AmountText.ToMoney(i.Amount))).Where(i => i.Amount.Satang > 0).ToList();
        var request = new PaymentRequest(bill.LaoId, bill.TaxpayerId, ThaiDate.Today(clock), form.Method, form.Reference ?? "", items);
        var outcome = await payments.PayAsync(request, access.UserName, cancellationToken);
        if (outcome.Refusal is { } why)
        {
            var index = form.Items.FindIndex(i => i.BillId == why.BillId);
            var key = index >= 0 ? $"{nameof(PayForm.Items)}[{index}].{nameof(PayItemInput.Amount)}" : string.Empty;
            ModelState.AddModelError(key, why.Error switch
            {
                PaymentError.MoreThanOwed => l["Pay.Error.MoreThanOwed", why.Detail ?? "", BahtFormat.Format(why.Owed ?? Money.Zero)],
                PaymentError.LedgerRefused => l["Pay.Error.LedgerRefused", why.Detail ?? ""],
                _ => l[$"Pay.Error.{why.Error}"],
            });
            return View(await PayModelAsync(bill, form, cancellationToken));
        }

        var receipt = outcome.Receipt!;
        TempData.Flash(l["Pay.Paid", receipt.ReceiptNo, BahtFormat.Format(receipt.Total)]);
        return RedirectToAction("Details", "Receipts", new { id = receipt.Id });
    }

    private async Task<PayViewModel> PayModelAsync(Bill bill, PayForm? form, CancellationToken cancellationToken)
    {
        var today = ThaiDate.Today(clock);
        var open = await db.Set<Bill>().AsNoTracking().Include(b => b.Instalments)
            .Where(b => b.LaoId == bill.LaoId && b.TaxpayerId == bill.TaxpayerId && (b.Status == BillStatus.Open || b.Status == BillStatus.PartlyPaid))
            .OrderBy(b => b.DueOn).ThenBy(b => b.Id).ToListAsync(cancellationToken);
        var owed = await positions.ForAsync(open, today, cancellationToken);
        var rows = new List<PayBillRow>();
        foreach (var b in open)
        {
            var p = owed[b.Id];
            var next = p.Owed.Parts.Where(x => x.Outstanding.Satang > 0).OrderBy(x => x.DueOn).FirstOrDefault();
            var suggested = b.Instalments.Count > 0 && next is not null ? p.Owed.Penalties + next.Outstanding : p.Owed.Total;
            string? nextText = b.Instalments.Count > 0 && next is not null
                ? l["Pay.NextInstalment", next.Index + 1, ThaiDate.Format(next.DueOn, ThaiDateStyle.Medium), BahtFormat.Format(next.Outstanding)].Value
                : null;
            rows.Add(new PayBillRow(p, nextText, suggested));
        }

        form ??= new PayForm
        {
            Items = [.. rows.Select(r => new PayItemInput { BillId = r.Bill.Id, Amount = r.Bill.Id == bill.Id ? AmountText.Show(r.Suggested) : "" })],
        };
        var taxpayer = await db.Set<Taxpayer>().AsNoTracking().FirstAsync(t => t.Id == bill.TaxpayerId, cancellationToken);
        return new PayViewModel(bill.Id, taxpayer, today, rows, form);
    }

    private async Task<IActionResult> CancelViewAsync(Bill bill, CancelBillForm form, CancellationToken cancellationToken)
    {
        var taxpayer = await db.Set<Taxpayer>().AsNoTracking().FirstAsync(t => t.Id == bill.TaxpayerId, cancellationToken);
        return View("Cancel", new CancelBillViewModel(bill, taxpayer.DisplayName, form));
    }

    private async Task<(Bill? Bill, IActionResult? Refusal)> LoadForChangeAsync(int id, CancellationToken cancellationToken)
    {
        var bill = await db.Set<Bill>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (bill is null)
        {
            return (null, NotFound());
        }

        var refusal = await this.CheckChangeAsync(access, bill.LaoId, cancellationToken);
        return refusal is null ? (bill, null) : (null, refusal);
    }

    private static string Name(string title, string first, string last) =>
        string.Join(' ', new[] { title + first, last }.Where(s => s.Length > 0));
}
