using LocalGov.Data;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Services;
using LocalGov.Revenue.Services.Payments;
using LocalGov.SharedKernel.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Revenue.Areas.Revenue.Features.Bills;

/// <summary>
/// The Thai QR of a bill for other pages (the assessment notice):
/// <c>@await Component.InvokeAsync("PaymentQr", new { billId = bill.Id })</c>. Shows nothing for a bill the user may not read.
/// </summary>
internal sealed class PaymentQrViewComponent(LocalGovDbContext db, RevenueAccess access, BillQr qr, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int billId)
    {
        var bill = await db.Set<Bill>().AsNoTracking().Include(b => b.Instalments).FirstOrDefaultAsync(b => b.Id == billId, HttpContext.RequestAborted);
        if (bill is null || !await access.CanReadAsync(bill.LaoId, HttpContext.RequestAborted))
        {
            return Content("");
        }

        var result = await qr.ForAsync(bill, ThaiDate.Today(clock), HttpContext.RequestAborted);
        return View("~/Areas/Revenue/Features/Bills/_BillQr.cshtml", result);
    }
}
