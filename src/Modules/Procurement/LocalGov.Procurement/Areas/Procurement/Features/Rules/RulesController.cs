using System.Globalization;
using LocalGov.Data;
using LocalGov.Procurement.Contracts;
using LocalGov.Procurement.Domain;
using LocalGov.Procurement.Resources;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Procurement.Areas.Procurement.Features.Rules;

internal sealed record RulesViewModel(IReadOnlyList<MethodRule> Rules, IReadOnlyList<ProcurementLimit> Limits, DateOnly Today, bool CanManage);

internal sealed class RuleForm
{
    public ProcurementMethod? Method { get; set; }
    public CatalogueCondition? Catalogue { get; set; }
    public bool RequiresReason { get; set; }
    public string? AboveAmount { get; set; }
    public string? UpToAmount { get; set; }
    public string? EffectiveFrom { get; set; }
    public string? Source { get; set; }
}

internal sealed class LimitForm
{
    public LimitKind? Kind { get; set; }
    public string? Amount { get; set; }
    public string? EffectiveFrom { get; set; }
    public string? Source { get; set; }
}

/// <summary>
/// The method thresholds and value limits (effective-dated reference data). Everyone who reads procurement sees the
/// rows in force and the past ones; the administrator adds a row from a date when the law changes, which ends the
/// previous row of the same method, catalogue condition and reason requirement (or the same limit kind) the day before.
/// </summary>
[Area("Procurement")]
[Authorize(Policy = ProcurementModule.ReadPolicy)]
internal sealed class RulesController(LocalGovDbContext db, IAuthorizationService authorization, TimeProvider clock, IStringLocalizer<Strings> l) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var rules = await db.Set<MethodRule>().AsNoTracking().ToListAsync(cancellationToken);
        var limits = await db.Set<ProcurementLimit>().AsNoTracking().ToListAsync(cancellationToken);
        var canManage = (await authorization.AuthorizeAsync(User, ProcurementModule.ManageReferencePolicy)).Succeeded;
        return View(new RulesViewModel(
            [.. rules.OrderBy(r => r.Method).ThenBy(r => r.Catalogue).ThenBy(r => r.AboveAmount).ThenByDescending(r => r.EffectiveFrom)],
            [.. limits.OrderBy(x => x.Kind).ThenByDescending(x => x.EffectiveFrom)],
            ThaiDate.Today(clock),
            canManage));
    }

    [HttpGet]
    [Authorize(Policy = ProcurementModule.ManageReferencePolicy)]
    public IActionResult AddRule() => View(new RuleForm { EffectiveFrom = Tomorrow() });

    [HttpPost]
    [Authorize(Policy = ProcurementModule.ManageReferencePolicy)]
    public async Task<IActionResult> AddRule(RuleForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ModelState.Clear();
        if (form.Method is not { } method || !Enum.IsDefined(method))
        {
            ModelState.AddModelError(nameof(RuleForm.Method), l["Rule.Required"]);
        }

        if (form.Catalogue is not { } catalogue || !Enum.IsDefined(catalogue))
        {
            ModelState.AddModelError(nameof(RuleForm.Catalogue), l["Rule.Required"]);
        }

        var above = Amount(form.AboveAmount, nameof(RuleForm.AboveAmount), required: true);
        var upTo = Amount(form.UpToAmount, nameof(RuleForm.UpToAmount), required: false);
        if (above is { } a && upTo is { } u && u <= a)
        {
            ModelState.AddModelError(nameof(RuleForm.UpToAmount), l["Rule.UpperNotAbove"]);
        }

        var from = Date(form.EffectiveFrom);
        var source = Source(form.Source);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(form);
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var same = await db.Set<MethodRule>()
            .Where(r => r.Method == form.Method!.Value && r.Catalogue == form.Catalogue!.Value && r.RequiresReason == form.RequiresReason)
            .ToListAsync(cancellationToken);
        if (same.Any(r => r.EffectiveFrom >= from))
        {
            ModelState.AddModelError(nameof(RuleForm.EffectiveFrom), l["Rule.LaterRowExists"]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(form);
        }

        foreach (var previous in same.Where(r => r.EffectiveTo is null || r.EffectiveTo >= from))
        {
            previous.EffectiveTo = from.AddDays(-1);
            previous.ConcurrencyStamp = Guid.NewGuid();
        }

        db.Set<MethodRule>().Add(new MethodRule
        {
            Method = form.Method!.Value,
            Catalogue = form.Catalogue!.Value,
            RequiresReason = form.RequiresReason,
            AboveAmount = above!.Value,
            UpToAmount = upTo,
            EffectiveFrom = from,
            Source = source,
        });
        if (!await TrySaveAsync(cancellationToken))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(form);
        }

        await tx.CommitAsync(cancellationToken);
        TempData.Flash(l["Rule.Saved", ThaiDate.Format(from, ThaiDateStyle.Medium)]);
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    [Authorize(Policy = ProcurementModule.ManageReferencePolicy)]
    public IActionResult AddLimit() => View(new LimitForm { EffectiveFrom = Tomorrow() });

    [HttpPost]
    [Authorize(Policy = ProcurementModule.ManageReferencePolicy)]
    public async Task<IActionResult> AddLimit(LimitForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ModelState.Clear();
        if (form.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            ModelState.AddModelError(nameof(LimitForm.Kind), l["Rule.Required"]);
        }

        var amount = Amount(form.Amount, nameof(LimitForm.Amount), required: true);
        var from = Date(form.EffectiveFrom);
        var source = Source(form.Source);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(form);
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var same = await db.Set<ProcurementLimit>().Where(x => x.Kind == form.Kind!.Value).ToListAsync(cancellationToken);
        if (same.Any(x => x.EffectiveFrom >= from))
        {
            ModelState.AddModelError(nameof(LimitForm.EffectiveFrom), l["Rule.LaterRowExists"]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(form);
        }

        foreach (var previous in same.Where(x => x.EffectiveTo is null || x.EffectiveTo >= from))
        {
            previous.EffectiveTo = from.AddDays(-1);
            previous.ConcurrencyStamp = Guid.NewGuid();
        }

        db.Set<ProcurementLimit>().Add(new ProcurementLimit { Kind = form.Kind!.Value, Amount = amount!.Value, EffectiveFrom = from, Source = source });
        if (!await TrySaveAsync(cancellationToken))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(form);
        }

        await tx.CommitAsync(cancellationToken);
        TempData.Flash(l["Rule.Saved", ThaiDate.Format(from, ThaiDateStyle.Medium)]);
        return RedirectToAction(nameof(Index));
    }

    private string Tomorrow() => ThaiDate.Today(clock).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<bool> TrySaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // A concurrent change of the same rule (concurrency stamp or the unique effective-from index).
            ModelState.AddModelError("", l["Rule.Stale"]);
            return false;
        }
    }

    private Money? Amount(string? text, string field, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                ModelState.AddModelError(field, l["Rule.Required"]);
            }

            return null;
        }

        if (!BahtInput.TryParse(text, out var baht) || baht < 0)
        {
            ModelState.AddModelError(field, l["Rule.AmountInvalid"]);
            return null;
        }

        if (!BahtInput.HasAtMostTwoDecimals(baht))
        {
            ModelState.AddModelError(field, l["Rule.AmountDecimals"]);
            return null;
        }

        return Money.FromBaht(baht);
    }

    private DateOnly Date(string? text)
    {
        if (!ThaiDate.TryParseIsoOrShort(text, out var date))
        {
            ModelState.AddModelError(nameof(RuleForm.EffectiveFrom), l["Rule.DateInvalid"]);
        }

        return date;
    }

    private string Source(string? text)
    {
        var source = text?.Trim() ?? "";
        if (source.Length == 0)
        {
            ModelState.AddModelError(nameof(RuleForm.Source), l["Rule.Required"]);
        }
        else if (source.Length > 300)
        {
            ModelState.AddModelError(nameof(RuleForm.Source), l["Rule.TooLong", 300]);
        }

        return source;
    }
}
