using System.Globalization;
using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Revenue.Areas.Revenue.Features.Shared;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Domain.LandTax;
using LocalGov.Revenue.Resources;
using LocalGov.Revenue.Services;
using LocalGov.Revenue.Services.LandTax;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Revenue.Areas.Revenue.Features.LandTax;

/// <summary>
/// The annual land and building tax assessment: run it for the LAO and a tax year, list the assessments, show
/// one line by line, print its notice (ภ.ด.ส.6/7) and set up instalments on request.
/// </summary>
[Area("Revenue")]
[Authorize(Policy = RevenueModule.ReadPolicy)]
internal sealed class LandTaxController(
    LocalGovDbContext db,
    RevenueAccess access,
    LandTaxAssessmentRun run,
    LandTaxInstalments instalments,
    IOrganizationDirectory directory,
    IAuthorizationService authorization,
    TimeProvider clock,
    IStringLocalizer<Strings> l) : Controller
{
    public const int PageSize = 50;
    public const int MinTaxYear = 2563;
    public const int MaxTaxYear = 2700;

    [HttpGet]
    public async Task<IActionResult> Index(int? year, int page = 1, CancellationToken cancellationToken = default)
    {
        var taxYear = year is >= MinTaxYear and <= MaxTaxYear ? year.Value : ThisYear();
        return await IndexPageAsync(taxYear, page, cancellationToken);
    }

    [HttpPost]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public async Task<IActionResult> Run(int laoId, int? taxYear, CancellationToken cancellationToken)
    {
        if (access.OwnLaoId != laoId || !await access.CanChangeAsync(laoId, cancellationToken))
        {
            return Forbid();
        }

        ModelState.Clear();
        if (taxYear is not (>= MinTaxYear and <= MaxTaxYear))
        {
            ModelState.AddModelError("taxYear", l["Land.Run.YearRange", MinTaxYear, MaxTaxYear]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await IndexPageAsync(ThisYear(), 1, cancellationToken);
        }

        try
        {
            var result = await run.RunAsync(laoId, taxYear.Value, access.UserName, cancellationToken);
            TempData.Flash(l[
                "Land.Run.Done", result.TaxYear, result.Parcels.ToString("N0", CultureInfo.InvariantCulture), result.Taxpayers.ToString("N0", CultureInfo.InvariantCulture),
                result.AssessmentsCreated, result.AssessmentsChanged, result.AssessmentsUnchanged,
                result.Bills.Created, result.Bills.Updated, result.Bills.Unchanged, result.Bills.LockedByPayment,
                BahtFormat.Format(result.TotalTax), result.ElapsedMilliseconds]);
            if (result.ParcelsPricedLater > 0)
            {
                TempData.Flash(l["Land.Run.PricedLater", result.ParcelsPricedLater], FlashKind.Warning);
            }
        }
        catch (LandTaxRunRefusedException ex)
        {
            TempData.Flash(l[$"Land.Run.Refused.{ex.Reason}", ex.Detail ?? ""], FlashKind.Danger);
        }

        return RedirectToAction(nameof(Index), new { year = taxYear });
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var model = await LoadAsync(id, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    /// <summary>The printable assessment notice (ภ.ด.ส.6 with the ภ.ด.ส.7 list of parcels).</summary>
    [HttpGet]
    public async Task<IActionResult> Notice(int id, CancellationToken cancellationToken)
    {
        var model = await LoadAsync(id, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    /// <summary>Sets up the three monthly instalments the taxpayer asked for.</summary>
    [HttpPost]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public async Task<IActionResult> Instalments(int id, CancellationToken cancellationToken)
    {
        var assessment = await db.Set<Assessment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (assessment is null || !await access.CanReadAsync(assessment.LaoId, cancellationToken))
        {
            return NotFound();
        }

        if (access.OwnLaoId != assessment.LaoId || !await access.CanChangeAsync(assessment.LaoId, cancellationToken))
        {
            return Forbid();
        }

        var refusal = await instalments.RequestAsync(assessment, cancellationToken);
        if (refusal == InstalmentRefusal.None)
        {
            TempData.Flash(l["Land.Instalments.Done"]);
        }
        else
        {
            TempData.Flash(l[$"Land.Instalments.{refusal}"], FlashKind.Warning);
        }

        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>The rate tables, building prices, depreciation, reliefs and calendar, with their effective years.</summary>
    [HttpGet]
    public async Task<IActionResult> Reference(CancellationToken cancellationToken) => await ReferencePageAsync(cancellationToken);

    /// <summary>An administrator corrects one bracket's rate (a new decree changes the table).</summary>
    [HttpPost]
    [Authorize(Policy = RevenueModule.ManageReferencePolicy)]
    public async Task<IActionResult> EditBracket(BracketFormModel form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var bracket = await db.Set<LandTaxRateBracket>().FirstOrDefaultAsync(x => x.Id == form.Id, cancellationToken);
        if (bracket is null)
        {
            ModelState.AddModelError(nameof(form.Id), l["Land.Reference.BracketRequired"]);
        }

        if (form.RatePercent is not (>= 0m and <= 3m))
        {
            ModelState.AddModelError(nameof(form.RatePercent), l["Land.Reference.RateRange"]);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ReferencePageAsync(cancellationToken);
        }

        bracket!.RatePercent = form.RatePercent!.Value;
        bracket.UpdatedBy = access.UserName;
        bracket.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        TempData.Flash(l["Land.Reference.Saved"]);
        return RedirectToAction(nameof(Reference));
    }

    /// <summary>An administrator records a named, dated relief (national, or granted by one LAO).</summary>
    [HttpPost]
    [Authorize(Policy = RevenueModule.ManageReferencePolicy)]
    public async Task<IActionResult> AddRelief(ReliefFormModel form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        int? laoId = null;
        if (!string.IsNullOrWhiteSpace(form.LaoCode))
        {
            laoId = (await directory.FindLaoByCodeAsync(form.LaoCode.Trim(), cancellationToken))?.Id;
            if (laoId is null)
            {
                ModelState.AddModelError(nameof(form.LaoCode), l["Land.Reference.UnknownLao"]);
            }
        }

        TaxBucket? bucket = null;
        if (!string.IsNullOrWhiteSpace(form.Bucket))
        {
            if (Enum.TryParse<TaxBucket>(form.Bucket, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(form.Bucket, out _))
            {
                bucket = parsed;
            }
            else
            {
                ModelState.AddModelError(nameof(form.Bucket), l["Land.Reference.UnknownBucket"]);
            }
        }

        if (string.IsNullOrWhiteSpace(form.Name) || form.Name.Length > 300)
        {
            ModelState.AddModelError(nameof(form.Name), l["Land.Reference.NameRequired"]);
        }

        if (form.FromYear is not (>= MinTaxYear and <= MaxTaxYear))
        {
            ModelState.AddModelError(nameof(form.FromYear), l["Land.Run.YearRange", MinTaxYear, MaxTaxYear]);
        }

        if (form.ToYear is not (>= MinTaxYear and <= MaxTaxYear) || form.ToYear < form.FromYear)
        {
            ModelState.AddModelError(nameof(form.ToYear), l["Land.Reference.ToYear"]);
        }

        if (form.ReductionPercent is not (> 0m and <= 100m))
        {
            ModelState.AddModelError(nameof(form.ReductionPercent), l["Land.Reference.ReductionRange"]);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ReferencePageAsync(cancellationToken);
        }

        db.Add(new LandTaxRelief
        {
            Name = form.Name.Trim(),
            LaoId = laoId,
            Bucket = bucket,
            FromYear = form.FromYear!.Value,
            ToYear = form.ToYear!.Value,
            ReductionPercent = form.ReductionPercent!.Value,
            UpdatedBy = access.UserName,
            UpdatedUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        TempData.Flash(l["Land.Reference.Saved"]);
        return RedirectToAction(nameof(Reference));
    }

    public const decimal MaxPricePerSquareMetre = 1_000_000m;

    /// <summary>An administrator corrects a building price (baht per m²) or records a new price table row from a tax year.</summary>
    [HttpPost]
    [Authorize(Policy = RevenueModule.ManageReferencePolicy)]
    public async Task<IActionResult> EditBuildingPrice(BuildingPriceFormModel form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ModelState.Clear();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = await db.Set<BuildingPrice>().FirstOrDefaultAsync(x => x.Id == form.Id, cancellationToken);
        if (row is null)
        {
            return NotFound();
        }

        ReferenceRateInput.Baht(ModelState, l, nameof(form.PricePerSquareMetre), form.PricePerSquareMetre, MaxPricePerSquareMetre);
        ReferenceRateInput.NewFromYear(ModelState, l, nameof(form.PriceFromYear), form.PriceFromYear, row.EffectiveFromYear);
        if (form.PriceFromYear is { } year && ModelState.IsValid
            && await db.Set<BuildingPrice>().AnyAsync(x => x.Code == row.Code && x.EffectiveFromYear == year, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.PriceFromYear), l["Ref.RowExists"]);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ReferencePageAsync(cancellationToken, form.Id);
        }

        if (form.PriceFromYear is null && (row.UpdatedUtc?.Ticks ?? 0) != form.Version)
        {
            TempData.Flash(l["Ref.Conflict"], FlashKind.Warning);
            return RedirectToAction(nameof(Reference));
        }

        var target = row;
        if (form.PriceFromYear is { } newYear)
        {
            target = new BuildingPrice { Code = row.Code, NameTh = row.NameTh, NameEn = row.NameEn, EffectiveFromYear = newYear };
            db.Add(target);
        }

        target.PricePerSquareMetre = Money.FromBaht(form.PricePerSquareMetre!.Value);
        target.UpdatedBy = access.UserName;
        target.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        TempData.Flash(l[form.PriceFromYear is null ? "Ref.Saved" : "Ref.Added"]);
        return RedirectToAction(nameof(Reference));
    }

    /// <summary>
    /// An administrator corrects one step of the depreciation schedule. The schedule must stay non-decreasing with
    /// age (an older building is never worth more), so the new percentage lies between its neighbours'.
    /// </summary>
    [HttpPost]
    [Authorize(Policy = RevenueModule.ManageReferencePolicy)]
    public async Task<IActionResult> EditDepreciation(DepreciationFormModel form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ModelState.Clear();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var step = await db.Set<BuildingDepreciationStep>().FirstOrDefaultAsync(x => x.Id == form.Id, cancellationToken);
        if (step is null)
        {
            return NotFound();
        }

        ReferenceRateInput.Percent(ModelState, l, nameof(form.DepreciationPercent), form.DepreciationPercent, 100m);
        if (ModelState.IsValid)
        {
            var schedule = await db.Set<BuildingDepreciationStep>().AsNoTracking().Where(x => x.EffectiveFromYear == step.EffectiveFromYear && x.Id != step.Id)
                .ToListAsync(cancellationToken);
            var below = schedule.Where(x => x.FromAge < step.FromAge).Select(x => x.Percent).DefaultIfEmpty(0m).Max();
            var above = schedule.Where(x => x.FromAge > step.FromAge).Select(x => x.Percent).DefaultIfEmpty(100m).Min();
            if (form.DepreciationPercent < below || form.DepreciationPercent > above)
            {
                ModelState.AddModelError(nameof(form.DepreciationPercent), l["Ref.Depreciation.Order", below, above]);
            }
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ReferencePageAsync(cancellationToken, failedStepId: form.Id);
        }

        if (step.Percent != form.ShownPercent)
        {
            TempData.Flash(l["Ref.Conflict"], FlashKind.Warning);
            return RedirectToAction(nameof(Reference));
        }

        step.Percent = form.DepreciationPercent!.Value;
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        TempData.Flash(l["Ref.Saved"]);
        return RedirectToAction(nameof(Reference));
    }

    private async Task<IActionResult> ReferencePageAsync(CancellationToken cancellationToken, int? failedPriceId = null, int? failedStepId = null)
    {
        var readable = await access.ReadableAsync(cancellationToken);
        var reliefs = await db.Set<LandTaxRelief>().AsNoTracking().OrderBy(x => x.FromYear).ThenBy(x => x.Id).ToListAsync(cancellationToken);
        reliefs = [.. reliefs.Where(r => r.LaoId is null || readable.Allows(r.LaoId.Value))];
        var laoNames = (await directory.GetLaosAsync(reliefs.Where(r => r.LaoId is not null).Select(r => r.LaoId!.Value).Distinct().ToList(), cancellationToken))
            .ToDictionary(x => x.Id, x => x.NameTh);
        var model = new ReferenceViewModel(
            await db.Set<LandTaxRateBracket>().AsNoTracking().OrderBy(x => x.Bucket).ThenBy(x => x.EffectiveFromYear).ThenBy(x => x.LowerBound).ToListAsync(cancellationToken),
            await db.Set<VacantEscalationRule>().AsNoTracking().OrderBy(x => x.EffectiveFromYear).ToListAsync(cancellationToken),
            await db.Set<BuildingPrice>().AsNoTracking().OrderBy(x => x.Code).ThenBy(x => x.EffectiveFromYear).ToListAsync(cancellationToken),
            await db.Set<BuildingDepreciationStep>().AsNoTracking().OrderBy(x => x.EffectiveFromYear).ThenBy(x => x.FromAge).ToListAsync(cancellationToken),
            reliefs,
            await db.Set<LandTaxCalendar>().AsNoTracking().OrderBy(x => x.EffectiveFromYear).ToListAsync(cancellationToken),
            laoNames,
            (await authorization.AuthorizeAsync(User, RevenueModule.ManageReferencePolicy)).Succeeded,
            failedPriceId,
            failedStepId);
        return View("Reference", model);
    }

    private async Task<AssessmentDetailsViewModel?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var assessment = await db.Set<Assessment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (assessment is null || !await access.CanReadAsync(assessment.LaoId, cancellationToken))
        {
            return null;
        }

        var lines = await db.Set<AssessmentLine>().AsNoTracking().Where(x => x.AssessmentId == id).OrderBy(x => x.No).ToListAsync(cancellationToken);
        var taxpayer = await db.Set<Taxpayer>().AsNoTracking().FirstAsync(t => t.Id == assessment.TaxpayerId, cancellationToken);
        var parcelIds = lines.Where(x => x.ParcelId is not null).Select(x => x.ParcelId!.Value).Distinct().ToList();
        var parcels = await db.Set<Parcel>().AsNoTracking().Where(p => parcelIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var bill = await db.Set<Bill>().AsNoTracking().Include(b => b.Instalments)
            .FirstOrDefaultAsync(b => b.LaoId == assessment.LaoId && b.SourceKey == assessment.SourceKey, cancellationToken);
        var lao = await directory.FindLaoAsync(assessment.LaoId, cancellationToken);
        var canChange = access.OwnLaoId == assessment.LaoId
            && (await authorization.AuthorizeAsync(User, RevenueModule.ManagePolicy)).Succeeded
            && await access.CanChangeAsync(assessment.LaoId, cancellationToken);
        var qualifies = await instalments.QualifiesAsync(assessment.LaoId, assessment.TaxYear, assessment.Tax, cancellationToken);
        return new AssessmentDetailsViewModel(assessment, lao?.NameTh ?? "", taxpayer, lines, parcels, bill, qualifies, canChange);
    }

    private async Task<IActionResult> IndexPageAsync(int taxYear, int page, CancellationToken cancellationToken)
    {
        var readable = await access.ReadableAsync(cancellationToken);
        var ids = readable.LaoIds.ToList();
        var query = from a in db.Set<Assessment>().AsNoTracking()
                    join t in db.Set<Taxpayer>() on a.TaxpayerId equals t.Id
                    where a.TaxYear == taxYear && (readable.All || ids.Contains(a.LaoId))
                    select new { a, t };
        var total = await query.CountAsync(cancellationToken);
        var totalTax = Money.Sum(await query.Select(x => x.a.Tax).ToListAsync(cancellationToken));
        (page, var pageCount) = Pager.Clamp(page, total, PageSize);
        var rows = await query.OrderByDescending(x => x.a.Tax).ThenBy(x => x.a.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(x => new { x.a.Id, x.a.LaoId, x.a.TaxpayerId, x.t.Title, x.t.FirstName, x.t.LastName, x.t.TaxId, x.a.ParcelCount, x.a.BuildingCount, x.a.TotalValue, x.a.Tax })
            .ToListAsync(cancellationToken);
        var laoNames = (await directory.GetLaosAsync(rows.Select(r => r.LaoId).Distinct().ToList(), cancellationToken)).ToDictionary(x => x.Id, x => x.NameTh);
        var list = rows.Select(r => new AssessmentListRow(
            r.Id, r.LaoId, laoNames.GetValueOrDefault(r.LaoId, ""), r.TaxpayerId, string.Join(' ', new[] { r.Title + r.FirstName, r.LastName }.Where(s => s.Length > 0)),
            r.TaxId, r.ParcelCount, r.BuildingCount, r.TotalValue, r.Tax)).ToList();

        int? runLao = null;
        string? runLaoName = null;
        if (access.OwnLaoId is { } own && (await authorization.AuthorizeAsync(User, RevenueModule.ManagePolicy)).Succeeded && await access.CanChangeAsync(own, cancellationToken))
        {
            runLao = own;
            runLaoName = (await directory.FindLaoAsync(own, cancellationToken))?.NameTh;
        }

        return View("Index", new LandTaxIndexViewModel(taxYear, list, total, totalTax, page, pageCount, runLao, runLaoName));
    }

    private int ThisYear() => ThaiDate.ToBuddhistYear(ThaiDate.Today(clock).Year);
}
