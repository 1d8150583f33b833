using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Revenue.Areas.Revenue.Features.Bills;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Domain.Payments;
using LocalGov.Revenue.Resources;
using LocalGov.Revenue.Services;
using LocalGov.Revenue.Services.Payments;
using LocalGov.SharedKernel.Amounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Revenue.Areas.Revenue.Features.Arrears;

internal sealed record ArrearsIndexViewModel(AgeingReport Ageing, IReadOnlyList<Debtor> Debtors);

internal sealed record ReminderLetterViewModel(string LaoName, Taxpayer Taxpayer, DateOnly AsOf, IReadOnlyList<BillPosition> Bills)
{
    public Money Total => Money.Sum(Bills.Select(b => b.Owed.Total));
}

/// <summary>Arrears (ภาษีค้างชำระ): ageing report with Excel export, debtors, reminder letters and the rates used.</summary>
[Area("Revenue")]
[Authorize(Policy = RevenueModule.ReadPolicy)]
internal sealed class ArrearsController(
    LocalGovDbContext db,
    RevenueAccess access,
    IOrganizationDirectory directory,
    ArrearsReports reports,
    TimeProvider clock,
    IStringLocalizer<Strings> l) : Controller
{
    private const string ExcelContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [HttpGet]
    public async Task<IActionResult> Index(DateOnly? asOf, CancellationToken cancellationToken)
    {
        var date = asOf ?? PaymentClock.Today(clock);
        var scope = await access.ReadableAsync(cancellationToken);
        var ageing = await reports.AgeingAsync(scope, date, cancellationToken);
        var debtors = await reports.DebtorsAsync(scope, date, cancellationToken);
        return View(new ArrearsIndexViewModel(ageing, [.. debtors.Take(200)]));
    }

    [HttpGet]
    public async Task<IActionResult> Excel(DateOnly? asOf, CancellationToken cancellationToken)
    {
        var date = asOf ?? PaymentClock.Today(clock);
        var scope = await access.ReadableAsync(cancellationToken);
        var ageing = await reports.AgeingAsync(scope, date, cancellationToken);
        var debtors = await reports.DebtorsAsync(scope, date, cancellationToken);
        return File(ArrearsExcel.Write(ageing, debtors, l), ExcelContentType, $"arrears-ageing-{date:yyyy-MM-dd}.xlsx");
    }

    /// <summary>A printable reminder letter (หนังสือแจ้งเตือน) listing the taxpayer's overdue bills as of a date.</summary>
    [HttpGet]
    public async Task<IActionResult> Letter(int id, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var taxpayer = await db.Set<Taxpayer>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (taxpayer is null || await this.CheckReadAsync(access, taxpayer.LaoId, cancellationToken) is not null)
        {
            return NotFound();
        }

        var date = asOf ?? PaymentClock.Today(clock);
        var bills = await reports.OverdueAsync(LocalGov.SharedKernel.Security.LaoFilter.Only([taxpayer.LaoId]), taxpayer.Id, date, cancellationToken);
        return View(new ReminderLetterViewModel(await PaymentPages.LaoNameAsync(directory, taxpayer.LaoId, cancellationToken), taxpayer, date, bills));
    }

    /// <summary>The surcharge and interest rates in force (effective-dated reference data).</summary>
    [HttpGet]
    public async Task<IActionResult> Rates(CancellationToken cancellationToken) =>
        View(await db.Set<ArrearsRate>().AsNoTracking().OrderBy(r => r.Kind).ThenBy(r => r.EffectiveFrom).ToListAsync(cancellationToken));
}
