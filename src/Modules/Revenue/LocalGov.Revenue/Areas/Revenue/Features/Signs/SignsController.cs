using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Revenue.Areas.Revenue.Features.Shared;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Domain.Signboards;
using LocalGov.Revenue.Resources;
using LocalGov.Revenue.Services;
using LocalGov.Revenue.Services.Signboards;
using LocalGov.Revenue.Services.Taxpayers;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Revenue.Areas.Revenue.Features.Signs;

/// <summary>Signboard tax (ภาษีป้าย): the sign register, each sign's tax explained, the yearly run and the ภ.ป.3 notice.</summary>
[Area("Revenue")]
[Authorize(Policy = RevenueModule.ReadPolicy)]
internal sealed class SignsController(
    LocalGovDbContext db,
    RevenueAccess access,
    TaxpayerQueries taxpayers,
    SignboardAssessmentService assessment,
    SignboardRates rates,
    IOrganizationDirectory directory,
    IStringLocalizer<Strings> l,
    TimeProvider clock,
    IAuthorizationService authorization) : Controller
{
    private const int PageSize = 25;

    [HttpGet]
    public async Task<IActionResult> Index(SignSearch search, CancellationToken cancellationToken)
    {
        var filter = await access.ReadableAsync(cancellationToken);
        var laoIds = filter.LaoIds.ToList();
        var query = from s in db.Set<Sign>().AsNoTracking()
                    join t in db.Set<Taxpayer>() on s.TaxpayerId equals t.Id
                    where filter.All || laoIds.Contains(s.LaoId)
                    select new { s, t };
        var q = search.Q?.Trim() ?? "";
        if (q.Length > 0)
        {
            query = query.Where(x => x.s.Text.Contains(q) || x.s.Location.Contains(q) || x.t.FirstName.Contains(q) || x.t.LastName.Contains(q) || x.t.TaxId == q);
        }

        var total = await query.CountAsync(cancellationToken);
        var (page, pageCount) = Pager.Clamp(search.Page, total, PageSize);
        search.Page = page;
        var rows = await query.OrderBy(x => x.s.RemovedOn != null).ThenBy(x => x.t.FirstName).ThenBy(x => x.s.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var items = rows.Select(x => new SignListItem(x.s.Id, x.t.DisplayName, x.t.Id, x.s.Type, x.s.Moving, x.s.WidthCm, x.s.HeightCm, x.s.Text, x.s.InstalledOn, x.s.RemovedOn)).ToList();
        var pager = new Pager(page, pageCount, p => Url.Action(nameof(Index), new { q = search.Q, page = p })!);
        return View(new SignListViewModel(items, search, total, pager, access.OwnLaoId is not null));
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id, int? year, CancellationToken cancellationToken)
    {
        var sign = await db.Set<Sign>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (sign is null || !await access.CanReadAsync(sign.LaoId, cancellationToken))
        {
            return NotFound();
        }

        var owner = await db.Set<Taxpayer>().AsNoTracking().FirstAsync(t => t.Id == sign.TaxpayerId, cancellationToken);
        var taxYear = year is >= FiscalYear.MinBuddhistYear and <= FiscalYear.MaxBuddhistYear ? year.Value : ThaiDate.ToBuddhistYear(Today().Year);
        var table = await rates.ForYearAsync(taxYear, cancellationToken);
        SignboardTax? tax = null;
        if (table.TryGetValue((sign.Type, sign.Moving), out var rate))
        {
            var quarters = SignboardTaxCalculator.QuartersTaxed(sign.InstalledOn, sign.RemovedOn, ThaiDate.ToChristianYear(taxYear));
            tax = SignboardTaxCalculator.Calculate(sign.WidthCm, sign.HeightCm, quarters, rate);
        }

        return View(new SignDetailsViewModel(sign, owner, taxYear, tax, await access.CanChangeAsync(sign.LaoId, cancellationToken)));
    }

    [HttpGet]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public async Task<IActionResult> Create(int? taxpayerId, CancellationToken cancellationToken)
    {
        if (access.OwnLaoId is not { } laoId)
        {
            return Forbid();
        }

        var model = new SignFormModel { InstalledOn = Today() };
        if (taxpayerId is { } tid)
        {
            model.TaxpayerTaxId = await db.Set<Taxpayer>().Where(t => t.Id == tid && t.LaoId == laoId && t.MergedIntoId == null)
                .Select(t => t.TaxId).FirstOrDefaultAsync(cancellationToken) ?? "";
        }

        await LoadChoicesAsync(laoId, cancellationToken);
        return View("Edit", model);
    }

    [HttpPost]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public async Task<IActionResult> Create(SignFormModel model, CancellationToken cancellationToken)
    {
        if (access.OwnLaoId is not { } laoId)
        {
            return Forbid();
        }

        model.Id = null;
        var owner = await ResolveOwnerAsync(laoId, model, cancellationToken);
        if (!ModelState.IsValid || owner is null)
        {
            await LoadChoicesAsync(laoId, cancellationToken);
            return View("Edit", model);
        }

        var sign = new Sign { LaoId = laoId, CreatedUtc = clock.GetUtcNow().UtcDateTime };
        Apply(sign, model, owner);
        db.Set<Sign>().Add(sign);
        await db.SaveChangesAsync(cancellationToken);
        TempData.Flash(l["Sign.Created", sign.Text]);
        return RedirectToAction(nameof(Details), new { id = sign.Id });
    }

    [HttpGet]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var (sign, refusal) = await ForChangeAsync(id, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var ownerTaxId = await db.Set<Taxpayer>().Where(t => t.Id == sign!.TaxpayerId).Select(t => t.TaxId).FirstAsync(cancellationToken);
        await LoadChoicesAsync(sign!.LaoId, cancellationToken);
        return View(new SignFormModel
        {
            Id = sign.Id,
            TaxpayerTaxId = ownerTaxId,
            Type = sign.Type,
            Moving = sign.Moving,
            WidthCm = sign.WidthCm,
            HeightCm = sign.HeightCm,
            Text = sign.Text,
            Location = sign.Location,
            InstalledOn = sign.InstalledOn,
            RemovedOn = sign.RemovedOn,
            ConcurrencyStamp = sign.ConcurrencyStamp,
        });
    }

    [HttpPost]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public async Task<IActionResult> Edit(int id, SignFormModel model, CancellationToken cancellationToken)
    {
        var (sign, refusal) = await ForChangeAsync(id, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        model.Id = id;
        var owner = await ResolveOwnerAsync(sign!.LaoId, model, cancellationToken);
        if (!ModelState.IsValid || owner is null)
        {
            await LoadChoicesAsync(sign.LaoId, cancellationToken);
            return View(model);
        }

        db.Entry(sign).Property(s => s.ConcurrencyStamp).OriginalValue = model.ConcurrencyStamp;
        Apply(sign, model, owner);
        sign.ConcurrencyStamp = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", l["Common.ConcurrencyConflict"]);
            await LoadChoicesAsync(sign.LaoId, cancellationToken);
            return View(model);
        }

        TempData.Flash(l["Sign.Saved", sign.Text]);
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>The yearly run: every sign standing in the year billed once (re-running bills nothing twice).</summary>
    [HttpGet]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public async Task<IActionResult> Run(int? year, CancellationToken cancellationToken)
    {
        if (access.OwnLaoId is not { } laoId)
        {
            return Forbid();
        }

        var form = new RunFormModel { TaxYear = year ?? ThaiDate.ToBuddhistYear(Today().Year), IssuedOn = Today() };
        return View(await RunViewAsync(laoId, form, cancellationToken));
    }

    [HttpPost]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public async Task<IActionResult> Run(RunFormModel form, CancellationToken cancellationToken)
    {
        if (access.OwnLaoId is not { } laoId)
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return View(await RunViewAsync(laoId, form, cancellationToken));
        }

        var result = await assessment.RunAsync(laoId, form.TaxYear!.Value, form.IssuedOn!.Value, cancellationToken);
        var b = result.Billing;
        TempData.Flash(l["Sign.Run.Done", form.TaxYear.Value, result.Signs, b.Created, b.Updated, b.Unchanged, b.LockedByPayment], result.MissingRates > 0 ? FlashKind.Warning : FlashKind.Success);
        return RedirectToAction(nameof(Run), new { year = form.TaxYear });
    }

    /// <summary>The assessment notice (ภ.ป.3-style) of one taxpayer and year, to print.</summary>
    [HttpGet]
    public async Task<IActionResult> Notice(int taxpayerId, int? year, CancellationToken cancellationToken)
    {
        var taxpayer = await db.Set<Taxpayer>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == taxpayerId, cancellationToken);
        if (taxpayer is null || !await access.CanReadAsync(taxpayer.LaoId, cancellationToken))
        {
            return NotFound();
        }

        var taxYear = year is >= FiscalYear.MinBuddhistYear and <= FiscalYear.MaxBuddhistYear ? year.Value : ThaiDate.ToBuddhistYear(Today().Year);
        var assessed = await assessment.AssessAsync(taxpayer.LaoId, taxYear, taxpayer.Id, cancellationToken);
        var keys = assessed.Select(a => SignboardAssessmentService.SourceKey(taxYear, a.Sign.Id)).ToList();
        var bills = await db.Set<Bill>().AsNoTracking().Where(b => b.LaoId == taxpayer.LaoId && keys.Contains(b.SourceKey))
            .ToDictionaryAsync(b => b.SourceKey, cancellationToken);
        var lines = assessed.Select(a =>
        {
            var bill = bills.GetValueOrDefault(SignboardAssessmentService.SourceKey(taxYear, a.Sign.Id));
            return new NoticeLine(a, bill?.Number, bill?.DueOn);
        }).ToList();
        var lao = await directory.FindLaoAsync(taxpayer.LaoId, cancellationToken);
        return View(new NoticeViewModel(taxpayer, lao?.NameTh ?? "", taxYear, lines, Money.Sum(lines.Select(x => x.Assessment.Tax.Amount))));
    }

    private async Task<RunViewModel> RunViewAsync(int laoId, RunFormModel form, CancellationToken cancellationToken)
    {
        if (form.TaxYear is not (>= FiscalYear.MinBuddhistYear and <= FiscalYear.MaxBuddhistYear))
        {
            return new RunViewModel(form, 0, Money.Zero);
        }

        var assessed = await assessment.AssessAsync(laoId, form.TaxYear.Value, null, cancellationToken);
        return new RunViewModel(form, assessed.Count(a => a.Tax.Amount.Satang > 0), Money.Sum(assessed.Select(a => a.Tax.Amount)));
    }

    private async Task<(Sign? Sign, IActionResult? Refusal)> ForChangeAsync(int id, CancellationToken cancellationToken)
    {
        var sign = await db.Set<Sign>().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (sign is null || !await access.CanReadAsync(sign.LaoId, cancellationToken))
        {
            return (null, NotFound());
        }

        return await access.CanChangeAsync(sign.LaoId, cancellationToken) ? (sign, null) : (null, Forbid());
    }

    /// <summary>The owner for the form's id: an active taxpayer of the LAO, or a field error.</summary>
    private async Task<Taxpayer?> ResolveOwnerAsync(int laoId, SignFormModel model, CancellationToken cancellationToken)
    {
        if (ModelState.GetFieldValidationState(nameof(model.TaxpayerTaxId)) == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            return null;
        }

        var owner = await taxpayers.FindActiveByTaxIdAsync(laoId, model.TaxpayerTaxId, cancellationToken);
        if (owner is null)
        {
            ModelState.AddModelError(nameof(model.TaxpayerTaxId), l["Sign.Error.OwnerUnknown"]);
        }

        return owner;
    }

    private static void Apply(Sign sign, SignFormModel model, Taxpayer owner)
    {
        sign.TaxpayerId = owner.Id;
        sign.Type = model.Type!.Value;
        sign.Moving = model.Moving;
        sign.WidthCm = model.WidthCm!.Value;
        sign.HeightCm = model.HeightCm!.Value;
        sign.Text = Taxpayers.TaxpayerFormModel.Clean(model.Text);
        sign.Location = Taxpayers.TaxpayerFormModel.Clean(model.Location);
        sign.InstalledOn = model.InstalledOn!.Value;
        sign.RemovedOn = model.RemovedOn;
    }

    private async Task LoadChoicesAsync(int laoId, CancellationToken cancellationToken) =>
        ViewData["Taxpayers"] = await taxpayers.ActiveAsync(laoId, cancellationToken);

    private DateOnly Today() => ThaiDate.Today(clock);

    /// <summary>The signboard rate table (effective-dated); an administrator corrects a row or adds a new regulation's rate.</summary>
    [HttpGet]
    public async Task<IActionResult> Rates(CancellationToken cancellationToken) => await RatesPageAsync(null, cancellationToken);

    [HttpPost]
    [Authorize(Policy = RevenueModule.ManageReferencePolicy)]
    public async Task<IActionResult> EditRate(SignRateFormModel form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ModelState.Clear();
        var row = await db.Set<SignboardRate>().FirstOrDefaultAsync(r => r.Id == form.Id, cancellationToken);
        if (row is null)
        {
            return NotFound();
        }

        ReferenceRateInput.Baht(ModelState, l, nameof(form.RatePer500Cm2), form.RatePer500Cm2, MaxRatePer500Cm2);
        ReferenceRateInput.Baht(ModelState, l, nameof(form.MinimumPerSign), form.MinimumPerSign, MaxMinimumPerSign);
        ReferenceRateInput.NewFromYear(ModelState, l, nameof(form.FromYear), form.FromYear, ThaiDate.ToBuddhistYear(row.EffectiveFrom.Year));
        if (form.Source?.Trim().Length > 500)
        {
            ModelState.AddModelError(nameof(form.Source), l["Ref.SourceLength"]);
        }

        if (form.FromYear is { } year && ModelState.IsValid)
        {
            var from = new DateOnly(ThaiDate.ToChristianYear(year), 1, 1);
            if (await db.Set<SignboardRate>().AnyAsync(r => r.Type == row.Type && r.Moving == row.Moving && r.EffectiveFrom == from, cancellationToken))
            {
                ModelState.AddModelError(nameof(form.FromYear), l["Ref.RowExists"]);
            }
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await RatesPageAsync(form.Id, cancellationToken);
        }

        var source = string.IsNullOrWhiteSpace(form.Source) ? row.Source : form.Source.Trim();
        if (form.FromYear is { } newYear)
        {
            db.Add(new SignboardRate
            {
                Type = row.Type,
                Moving = row.Moving,
                EffectiveFrom = new DateOnly(ThaiDate.ToChristianYear(newYear), 1, 1),
                RatePer500Cm2 = Money.FromBaht(form.RatePer500Cm2!.Value),
                MinimumPerSign = Money.FromBaht(form.MinimumPerSign!.Value),
                Source = source,
            });
        }
        else
        {
            // Optimistic concurrency: the row must still be the one the administrator saw.
            db.Entry(row).Property(r => r.ConcurrencyStamp).OriginalValue = form.ConcurrencyStamp;
            row.RatePer500Cm2 = Money.FromBaht(form.RatePer500Cm2!.Value);
            row.MinimumPerSign = Money.FromBaht(form.MinimumPerSign!.Value);
            row.Source = source;
            row.ConcurrencyStamp = Guid.NewGuid();
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.Flash(l["Ref.Conflict"], FlashKind.Warning);
            return RedirectToAction(nameof(Rates));
        }

        TempData.Flash(l[form.FromYear is null ? "Ref.Saved" : "Ref.Added"]);
        return RedirectToAction(nameof(Rates));
    }

    public const decimal MaxRatePer500Cm2 = 1_000m;
    public const decimal MaxMinimumPerSign = 10_000m;

    private async Task<IActionResult> RatesPageAsync(int? failedId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<SignboardRate>().AsNoTracking().ToListAsync(cancellationToken);
        var ordered = rows.OrderBy(r => r.Type).ThenBy(r => r.Moving).ThenBy(r => r.EffectiveFrom).ToList();
        var canEdit = (await authorization.AuthorizeAsync(User, RevenueModule.ManageReferencePolicy)).Succeeded;
        return View("Rates", new SignRatesViewModel(ordered, canEdit, failedId));
    }
}
