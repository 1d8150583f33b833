using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Revenue.Areas.Revenue.Features.Bills;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Domain.Payments;
using LocalGov.Revenue.Resources;
using LocalGov.Revenue.Services;
using LocalGov.Revenue.Services.Payments;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Identity;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Revenue.Areas.Revenue.Features.Receipts;

/// <summary>Receipts (ใบเสร็จรับเงิน): list, print, cancel with a reason; hand-offs waiting for Finance; Thai QR settings.</summary>
[Area("Revenue")]
[Authorize(Policy = RevenueModule.ReadPolicy)]
internal sealed class ReceiptsController(
    LocalGovDbContext db,
    RevenueAccess access,
    IOrganizationDirectory directory,
    PaymentService payments,
    LedgerHandOff handOff,
    IAuthorizationService authorization,
    TimeProvider clock,
    IStringLocalizer<Strings> l) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(ReceiptStatus? status, string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        var scope = await access.ReadableAsync(cancellationToken);
        var ids = scope.LaoIds;
        var receipts = db.Set<Receipt>().AsNoTracking().Where(r => scope.All || ids.Contains(r.LaoId));
        if (status is { } s)
        {
            receipts = receipts.Where(r => r.Status == s);
        }

        var text = q?.Trim();
        if (!string.IsNullOrEmpty(text))
        {
            receipts = receipts.Where(r => r.ReceiptNo.Contains(text) || r.PayerName.Contains(text) || r.Reference.Contains(text));
        }

        var total = await receipts.CountAsync(cancellationToken);
        (page, var pageCount) = Pager.Clamp(page, total, PaymentPages.PageSize);
        var items = await receipts.OrderByDescending(r => r.IssuedOn).ThenByDescending(r => r.Id)
            .Skip((page - 1) * PaymentPages.PageSize).Take(PaymentPages.PageSize)
            .Select(r => new ReceiptListItem(r.Id, r.ReceiptNo, r.IssuedOn, r.PayerName, r.Method, r.Total, r.Status))
            .ToListAsync(cancellationToken);
        var pending = await db.Set<ReceiptHandOff>().CountAsync(h => h.Status == HandOffStatus.Pending && (scope.All || ids.Contains(h.LaoId)), cancellationToken);
        return View(new ReceiptIndexViewModel(items, status, text, page, pageCount, total, pending));
    }

    /// <summary>The printable receipt.</summary>
    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var receipt = await db.Set<Receipt>().AsNoTracking().Include(r => r.Lines).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (receipt is null || await this.CheckReadAsync(access, receipt.LaoId, cancellationToken) is not null)
        {
            return NotFound();
        }

        var bookNo = await db.Set<ReceiptBook>().Where(b => b.Id == receipt.BookId).Select(b => b.BookNo).FirstAsync(cancellationToken);
        var payer = await db.Set<Taxpayer>().AsNoTracking().FirstAsync(t => t.Id == receipt.TaxpayerId, cancellationToken);
        var billIds = receipt.Lines.Select(x => x.BillId).ToList();
        var bills = await db.Set<Bill>().AsNoTracking().Where(b => billIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, cancellationToken);
        var lines = receipt.Lines.OrderBy(x => x.Id)
            .Select(x => new ReceiptLineView(bills[x.BillId].Number, bills[x.BillId].Kind, bills[x.BillId].TaxYear, bills[x.BillId].Description, x.Principal, x.Surcharge, x.Interest))
            .ToList();
        var handOffs = await db.Set<ReceiptHandOff>().AsNoTracking().Where(h => h.ReceiptId == receipt.Id).OrderBy(h => h.Id).ToListAsync(cancellationToken);
        var canCancel = receipt.Status == ReceiptStatus.Issued && await CanManageAsync(receipt.LaoId, cancellationToken);
        return View(new ReceiptViewModel(receipt, bookNo, await PaymentPages.LaoNameAsync(directory, receipt.LaoId, cancellationToken),
            payer.Address, ThaiTaxId.IsValid(payer.TaxId) ? ThaiTaxId.Format(payer.TaxId) : payer.TaxId, lines, handOffs, canCancel));
    }

    [HttpGet]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public async Task<IActionResult> Cancel(int id, CancellationToken cancellationToken)
    {
        var (receipt, refusal) = await LoadForChangeAsync(id, cancellationToken);
        return receipt is null ? refusal! : View(new CancelReceiptViewModel(receipt, new CancelReceiptForm()));
    }

    [HttpPost]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public async Task<IActionResult> Cancel(int id, CancelReceiptForm form, CancellationToken cancellationToken)
    {
        var (receipt, refusal) = await LoadForChangeAsync(id, cancellationToken);
        if (receipt is null)
        {
            return refusal!;
        }

        if (!ModelState.IsValid)
        {
            return View(new CancelReceiptViewModel(receipt, form));
        }

        var outcome = await payments.CancelReceiptAsync(receipt.Id, form.Reason, access.UserName, cancellationToken);
        if (outcome.Refusal is { } why)
        {
            ModelState.AddModelError(why.Error == PaymentError.ReasonRequired ? nameof(form.Reason) : string.Empty,
                why.Error == PaymentError.LedgerRefused ? l["Pay.Error.LedgerRefused", why.Detail ?? ""] : l[$"Pay.Error.{why.Error}"]);
            return View(new CancelReceiptViewModel(receipt, form));
        }

        TempData.Flash(l["Pay.Receipt.Cancelled", receipt.ReceiptNo]);
        return RedirectToAction(nameof(Details), new { id = receipt.Id });
    }

    /// <summary>รายการรอส่งบัญชี: receipts and cancellations not yet taken by a ledger.</summary>
    [HttpGet]
    public async Task<IActionResult> HandOffs(CancellationToken cancellationToken)
    {
        var scope = await access.ReadableAsync(cancellationToken);
        var ids = scope.LaoIds;
        var rows = await (
            from h in db.Set<ReceiptHandOff>().AsNoTracking()
            join r in db.Set<Receipt>() on h.ReceiptId equals r.Id
            where h.Status == HandOffStatus.Pending && (scope.All || ids.Contains(h.LaoId))
            orderby h.Id
            select new HandOffRow(h.Id, r.Id, r.ReceiptNo, r.IssuedOn, r.Total, h.Event, h.RecordedUtc, h.Attempts, h.LastError))
            .Take(1000).ToListAsync(cancellationToken);
        var canPost = access.OwnLaoId is { } own && await CanManageAsync(own, cancellationToken);
        return View(new HandOffsViewModel(rows, canPost, handOff.HasLedger));
    }

    [HttpPost]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public async Task<IActionResult> PostPending(CancellationToken cancellationToken)
    {
        if (access.OwnLaoId is not { } laoId || !await access.CanChangeAsync(laoId, cancellationToken))
        {
            return Forbid();
        }

        var outcome = await handOff.PostPendingAsync(laoId, cancellationToken);
        if (outcome.NoLedger)
        {
            TempData.Flash(l["Pay.HandOff.NoLedger", outcome.StillPending], FlashKind.Warning);
        }
        else
        {
            TempData.Flash(l["Pay.HandOff.PostedResult", outcome.Posted, outcome.Failed], outcome.Failed > 0 ? FlashKind.Warning : FlashKind.Success);
        }

        return RedirectToAction(nameof(HandOffs));
    }

    /// <summary>The LAO's Thai QR biller id.</summary>
    [HttpGet]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public async Task<IActionResult> Settings(CancellationToken cancellationToken)
    {
        if (access.OwnLaoId is not { } laoId)
        {
            return Forbid();
        }

        var settings = await db.Set<PaymentSettings>().AsNoTracking().FirstOrDefaultAsync(s => s.LaoId == laoId, cancellationToken);
        var form = new PaymentSettingsForm { BillerTaxId = settings?.BillerTaxId, BillerSuffix = settings?.BillerSuffix ?? "00", MerchantName = settings?.MerchantName };
        return View(await SettingsModelAsync(laoId, form, settings, cancellationToken));
    }

    [HttpPost]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public async Task<IActionResult> Settings(PaymentSettingsForm form, CancellationToken cancellationToken)
    {
        if (access.OwnLaoId is not { } laoId || !await access.CanChangeAsync(laoId, cancellationToken))
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return View(await SettingsModelAsync(laoId, form, null, cancellationToken));
        }

        var settings = await db.Set<PaymentSettings>().FirstOrDefaultAsync(s => s.LaoId == laoId, cancellationToken);
        if (settings is null)
        {
            settings = new PaymentSettings { LaoId = laoId };
            db.Set<PaymentSettings>().Add(settings);
        }

        settings.BillerTaxId = ThaiTaxId.Normalize(form.BillerTaxId)!;
        settings.BillerSuffix = form.BillerSuffix!;
        settings.MerchantName = form.MerchantName?.Trim() ?? "";
        settings.UpdatedBy = access.UserName;
        settings.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        settings.ConcurrencyStamp = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        TempData.Flash(l["Pay.Settings.Saved"]);
        return RedirectToAction(nameof(Settings));
    }

    private async Task<PaymentSettingsViewModel> SettingsModelAsync(int laoId, PaymentSettingsForm form, PaymentSettings? saved, CancellationToken cancellationToken)
    {
        var sample = saved is null ? null : ThaiQrPayload.BuildBillPayment(saved.BillerId, "12570000001", "00000001", Money.FromBaht(100m), saved.MerchantName);
        return new PaymentSettingsViewModel(await PaymentPages.LaoNameAsync(directory, laoId, cancellationToken), form, sample);
    }

    private async Task<bool> CanManageAsync(int laoId, CancellationToken cancellationToken) =>
        await access.CanChangeAsync(laoId, cancellationToken) && (await authorization.AuthorizeAsync(User, RevenueModule.ManagePolicy)).Succeeded;

    private async Task<(Receipt? Receipt, IActionResult? Refusal)> LoadForChangeAsync(int id, CancellationToken cancellationToken)
    {
        var receipt = await db.Set<Receipt>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (receipt is null)
        {
            return (null, NotFound());
        }

        var refusal = await this.CheckChangeAsync(access, receipt.LaoId, cancellationToken);
        return refusal is null ? (receipt, null) : (null, refusal);
    }
}
