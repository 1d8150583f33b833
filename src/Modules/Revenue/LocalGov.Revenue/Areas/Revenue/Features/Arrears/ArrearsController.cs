using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Revenue.Areas.Revenue.Features.Bills;
using LocalGov.Revenue.Areas.Revenue.Features.Shared;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Domain.Payments;
using LocalGov.Revenue.Resources;
using LocalGov.Revenue.Services;
using LocalGov.Revenue.Services.Payments;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
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
    IStringLocalizer<Strings> l,
    IAuthorizationService authorization) : Controller
{
    private const string ExcelContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [HttpGet]
    public async Task<IActionResult> Index(DateOnly? asOf, CancellationToken cancellationToken)
    {
        var date = asOf ?? ThaiDate.Today(clock);
        var scope = await access.ReadableAsync(cancellationToken);
        var ageing = await reports.AgeingAsync(scope, date, cancellationToken);
        var debtors = await reports.DebtorsAsync(scope, date, cancellationToken);
        return View(new ArrearsIndexViewModel(ageing, [.. debtors.Take(200)]));
    }

    [HttpGet]
    public async Task<IActionResult> Excel(DateOnly? asOf, CancellationToken cancellationToken)
    {
        var date = asOf ?? ThaiDate.Today(clock);
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

        var date = asOf ?? ThaiDate.Today(clock);
        var bills = await reports.OverdueAsync(LocalGov.SharedKernel.Security.LaoFilter.Only([taxpayer.LaoId]), taxpayer.Id, date, cancellationToken);
        return View(new ReminderLetterViewModel(await PaymentPages.LaoNameAsync(directory, taxpayer.LaoId, cancellationToken), taxpayer, date, bills));
    }

    /// <summary>The surcharge and interest rates in force (effective-dated reference data).</summary>
    [HttpGet]
    public async Task<IActionResult> Rates(CancellationToken cancellationToken) => await RatesPageAsync(null, cancellationToken);

    public const decimal MaxSurchargePercent = 100m;
    public const decimal MaxInterestPercentPerMonth = 10m;
    public const decimal MaxInterestCapPercent = 100m;

    /// <summary>
    /// An administrator corrects one row of surcharge and interest rates, or records the rates of a new law from a
    /// year. A bill's surcharge and interest are computed from these rows when shown or paid, so a correction
    /// applies at once to unpaid bills whose due date the row covers.
    /// </summary>
    [HttpPost]
    [Authorize(Policy = RevenueModule.ManageReferencePolicy)]
    public async Task<IActionResult> EditRate(ArrearsRateFormModel form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ModelState.Clear();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = await db.Set<ArrearsRate>().FirstOrDefaultAsync(r => r.Id == form.Id, cancellationToken);
        if (row is null)
        {
            return NotFound();
        }

        ReferenceRateInput.Percent(ModelState, l, nameof(form.SurchargePercent), form.SurchargePercent, MaxSurchargePercent);
        ReferenceRateInput.Percent(ModelState, l, nameof(form.ReducedSurchargePercent), form.ReducedSurchargePercent, MaxSurchargePercent);
        ReferenceRateInput.Days(ModelState, l, nameof(form.ReducedDays), form.ReducedDays);
        ReferenceRateInput.Percent(ModelState, l, nameof(form.WarningSurchargePercent), form.WarningSurchargePercent, MaxSurchargePercent);
        ReferenceRateInput.Days(ModelState, l, nameof(form.WarningDays), form.WarningDays);
        ReferenceRateInput.Percent(ModelState, l, nameof(form.InterestPercentPerMonth), form.InterestPercentPerMonth, MaxInterestPercentPerMonth);
        ReferenceRateInput.Percent(ModelState, l, nameof(form.InterestCapPercent), form.InterestCapPercent, MaxInterestCapPercent);
        ReferenceRateInput.Percent(ModelState, l, nameof(form.LateFilingSurchargePercent), form.LateFilingSurchargePercent, MaxSurchargePercent);
        ReferenceRateInput.NewFromYear(ModelState, l, nameof(form.FromYear), form.FromYear, ThaiDate.ToBuddhistYear(row.EffectiveFrom.Year));
        if (form.Source?.Trim().Length > 300)
        {
            ModelState.AddModelError(nameof(form.Source), l["Ref.SourceLength"]);
        }

        if (form.FromYear is { } year && ModelState.IsValid)
        {
            var from = new DateOnly(ThaiDate.ToChristianYear(year), 1, 1);
            if (await db.Set<ArrearsRate>().AnyAsync(r => r.Kind == row.Kind && r.EffectiveFrom == from, cancellationToken))
            {
                ModelState.AddModelError(nameof(form.FromYear), l["Ref.RowExists"]);
            }
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await RatesPageAsync(form.Id, cancellationToken);
        }

        if (form.FromYear is null && (row.EditedUtc?.Ticks ?? 0) != form.Version)
        {
            TempData.Flash(l["Ref.Conflict"], FlashKind.Warning);
            return RedirectToAction(nameof(Rates));
        }

        var target = row;
        if (form.FromYear is { } newYear)
        {
            target = new ArrearsRate { Kind = row.Kind, EffectiveFrom = new DateOnly(ThaiDate.ToChristianYear(newYear), 1, 1), Source = row.Source };
            db.Add(target);
        }

        target.SurchargeBasisPoints = ReferenceRateInput.BasisPoints(form.SurchargePercent!.Value);
        target.ReducedSurchargeBasisPoints = ReferenceRateInput.BasisPoints(form.ReducedSurchargePercent!.Value);
        target.ReducedDays = form.ReducedDays!.Value;
        target.WarningSurchargeBasisPoints = ReferenceRateInput.BasisPoints(form.WarningSurchargePercent!.Value);
        target.WarningDays = form.WarningDays!.Value;
        target.InterestBasisPointsPerMonth = ReferenceRateInput.BasisPoints(form.InterestPercentPerMonth!.Value);
        target.InterestCapBasisPoints = ReferenceRateInput.BasisPoints(form.InterestCapPercent!.Value);
        target.LateFilingSurchargeBasisPoints = ReferenceRateInput.BasisPoints(form.LateFilingSurchargePercent!.Value);
        if (!string.IsNullOrWhiteSpace(form.Source))
        {
            target.Source = form.Source.Trim();
        }

        target.EditedBy = access.UserName;
        target.EditedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        TempData.Flash(l[form.FromYear is null ? "Ref.Saved" : "Ref.Added"]);
        return RedirectToAction(nameof(Rates));
    }

    private async Task<IActionResult> RatesPageAsync(int? failedId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<ArrearsRate>().AsNoTracking().OrderBy(r => r.Kind).ThenBy(r => r.EffectiveFrom).ToListAsync(cancellationToken);
        var canEdit = (await authorization.AuthorizeAsync(User, RevenueModule.ManageReferencePolicy)).Succeeded;
        return View("Rates", new ArrearsRatesViewModel(rows, canEdit, failedId));
    }
}
