using System.Globalization;
using LocalGov.Budgeting.Contracts;
using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Procurement.Contracts;
using LocalGov.Procurement.Domain;
using LocalGov.Procurement.Resources;
using LocalGov.Procurement.Services;
using LocalGov.Procurement.Services.Cases;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Procurement.Areas.Procurement.Features.Cases;

/// <summary>
/// Procurement cases from requisition to award: the LAO's procurement officer makes the requisition (reserving the
/// budget), prepares reference price, committees and method, announces, records bids, evaluates and awards or
/// cancels; the LAO's executive approves the requisition report. Officers above LAO level read through the picker.
/// </summary>
[Area("Procurement")]
[Authorize(Policy = ProcurementModule.ReadPolicy)]
internal sealed class CasesController(
    LocalGovDbContext db,
    ProcurementAccess access,
    CaseWorkflow workflow,
    ProcurementRules rules,
    IBudgetLineDirectory budgetLines,
    IOrganizationDirectory directory,
    IAuthorizationService authorization,
    IStringLocalizer<Strings> l,
    TimeProvider clock) : Controller
{
    private const int PageSize = 25;

    private static bool Thai => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "th";

    [HttpGet]
    public async Task<IActionResult> Index(CaseSearch search, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        var choice = await access.ChooseLaoAsync(search.LaoId, search.Code, cancellationToken);
        if (choice.Lao is null)
        {
            return choice.NotFound ? NotFound() : View("LaoPicker", choice);
        }

        var lao = choice.Lao;
        var query = db.Set<ProcurementCase>().AsNoTracking().Where(c => c.LaoId == lao.Id);
        var years = await query.Select(c => c.FiscalYear).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
        if (search.Year is { } year)
        {
            query = query.Where(c => c.FiscalYear == year);
        }

        if (search.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        if (search.Method is { } method)
        {
            query = query.Where(c => c.Method == method);
        }

        if (!string.IsNullOrWhiteSpace(search.Q))
        {
            var q = search.Q.Trim();
            query = query.Where(c => c.Title.Contains(q) || c.CaseNo.Contains(q));
        }

        var total = await query.CountAsync(cancellationToken);
        var (page, pageCount) = Pager.Clamp(search.Page, total, PageSize);
        search.Page = page;
        var items = await query.OrderByDescending(c => c.RequestedOn).ThenByDescending(c => c.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(c => new CaseListItem(c.Id, c.CaseNo, c.Title, c.RequestedOn, c.Method, c.Status, c.AwardAmount ?? c.RequisitionAmount))
            .ToListAsync(cancellationToken);
        var laoRoute = access.OwnLaoId is null ? lao.Id : (int?)null;
        var pager = new Pager(page, pageCount, p => Url.Action(nameof(Index), new { year = search.Year, status = search.Status, method = search.Method, q = search.Q, laoId = laoRoute, page = p })!);
        var canCreate = await access.MayChangeAsync(lao.Id, cancellationToken) && await IsAsync(ProcurementModule.ManagePolicy);
        return View(new CaseListViewModel(lao, items, search, years, total, pager, canCreate, laoRoute is not null));
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var @case = await FindReadableAsync(id, cancellationToken);
        return @case is null ? NotFound() : View(await DetailsAsync(@case, cancellationToken));
    }

    /// <summary>รายงานขอซื้อขอจ้าง: the requisition report as a print layout.</summary>
    [HttpGet]
    public async Task<IActionResult> Report(int id, CancellationToken cancellationToken)
    {
        var @case = await FindReadableAsync(id, cancellationToken);
        return @case is null ? NotFound() : View(await DetailsAsync(@case, cancellationToken));
    }

    [HttpGet]
    [Authorize(Policy = ProcurementModule.ManagePolicy)]
    public async Task<IActionResult> Create(int? year, CancellationToken cancellationToken)
    {
        if (await access.OwnLaoForChangeAsync(cancellationToken) is not { } lao)
        {
            return Forbid();
        }

        var years = await budgetLines.GetYearsInForceAsync(lao.Id, cancellationToken);
        var fiscalYear = year is { } y && years.Contains(y) ? y : years.Count > 0 ? years[0] : FiscalYear.Containing(Today).BuddhistYear;
        var form = new RequisitionForm { FiscalYear = fiscalYear, RequestedOn = CaseText.Iso(DefaultDate(fiscalYear)), Category = ProcurementCategory.Goods };
        form.PadItems();
        return View("Edit", await RequisitionAsync(lao.Id, null, null, form, years, cancellationToken));
    }

    [HttpPost]
    [Authorize(Policy = ProcurementModule.ManagePolicy)]
    public async Task<IActionResult> Create(RequisitionForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await access.OwnLaoForChangeAsync(cancellationToken) is not { } lao)
        {
            return Forbid();
        }

        var years = await budgetLines.GetYearsInForceAsync(lao.Id, cancellationToken);
        if (ModelState.IsValid)
        {
            var result = await workflow.CreateAsync(lao.Id, form.ToInput(), access.UserName, cancellationToken);
            if (result.Succeeded)
            {
                TempData.Flash(l["Case.Created", result.Case!.CaseNo, BahtFormat.Format(result.Case.Reserved)]);
                return RedirectToAction(nameof(Details), new { id = result.Case.Id });
            }

            AddErrors(result.Errors, "");
        }

        form.PadItems();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Edit", await RequisitionAsync(lao.Id, null, null, form, years, cancellationToken));
    }

    [HttpGet]
    [Authorize(Policy = ProcurementModule.ManagePolicy)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var (@case, refusal) = await ForChangeAsync(id, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (@case!.Status != ProcurementCaseStatus.Requisitioned)
        {
            TempData.Flash(l["Case.Error.WrongStatus", l[$"Status.{@case.Status}"]], FlashKind.Warning);
            return RedirectToAction(nameof(Details), new { id });
        }

        var form = new RequisitionForm
        {
            FiscalYear = @case.FiscalYear,
            Title = @case.Title,
            Category = @case.Category,
            Justification = @case.Justification,
            PlanItemId = @case.PlanItemId,
            BudgetLineId = @case.BudgetLineId,
            InCatalogue = @case.InCatalogue,
            RequestedOn = CaseText.Iso(@case.RequestedOn),
            ConcurrencyStamp = @case.ConcurrencyStamp,
            Items = [.. @case.Items.OrderBy(i => i.LineNo).Select(i => new ItemRow
            {
                Description = i.Description,
                Quantity = CaseText.Show(i.Quantity),
                Unit = i.Unit,
                UnitPrice = CaseText.Show(i.UnitPrice),
                IsDurable = i.IsDurable,
                UsefulLifeYears = i.UsefulLifeYears,
                AssetCategory = i.AssetCategory,
            })],
        };
        form.PadItems();
        return View(await RequisitionAsync(@case.LaoId, @case.Id, @case.CaseNo, form, [@case.FiscalYear], cancellationToken));
    }

    [HttpPost]
    [Authorize(Policy = ProcurementModule.ManagePolicy)]
    public async Task<IActionResult> Edit(int id, RequisitionForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (@case, refusal) = await ForChangeAsync(id, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        form.FiscalYear = @case!.FiscalYear;
        if (ModelState.IsValid)
        {
            var result = await workflow.UpdateRequisitionAsync(id, form.ConcurrencyStamp, form.ToInput(), access.UserName, cancellationToken);
            if (result.Succeeded)
            {
                TempData.Flash(l["Case.Saved", result.Case!.CaseNo]);
                return RedirectToAction(nameof(Details), new { id });
            }

            AddErrors(result.Errors, "");
        }

        form.PadItems();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(await RequisitionAsync(@case.LaoId, @case.Id, @case.CaseNo, form, [@case.FiscalYear], cancellationToken));
    }

    [HttpGet]
    [Authorize(Policy = ProcurementModule.ManagePolicy)]
    public async Task<IActionResult> Prepare(int id, CancellationToken cancellationToken)
    {
        var (@case, refusal) = await ForChangeAsync(id, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (@case!.Status != ProcurementCaseStatus.Requisitioned)
        {
            TempData.Flash(l["Case.Error.WrongStatus", l[$"Status.{@case.Status}"]], FlashKind.Warning);
            return RedirectToAction(nameof(Details), new { id });
        }

        var form = new PreparationForm
        {
            ReferencePrice = CaseText.Show(@case.ReferencePrice),
            ReferencePriceBasis = @case.ReferencePriceBasis,
            ReferencePriceOn = CaseText.Iso(@case.ReferencePriceOn ?? @case.RequestedOn),
            Method = @case.Method,
            MethodReason = @case.MethodReason,
            ConcurrencyStamp = @case.ConcurrencyStamp,
            Members = [.. @case.CommitteeMembers.OrderBy(m => m.SortOrder).Select(m => new MemberRow { Committee = m.Committee, Name = m.Name, Position = m.Position, Role = m.Role })],
        };
        form.PadMembers();
        return View(await PreparationAsync(@case, form, cancellationToken));
    }

    [HttpPost]
    [Authorize(Policy = ProcurementModule.ManagePolicy)]
    public async Task<IActionResult> Prepare(int id, PreparationForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (@case, refusal) = await ForChangeAsync(id, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (ModelState.IsValid)
        {
            Money? price = CaseText.TryAmount(form.ReferencePrice, out var p) ? p : null;
            var members = form.Members.Where(m => !string.IsNullOrWhiteSpace(m.Name) && Enum.IsDefined(m.Committee) && Enum.IsDefined(m.Role))
                .Select(m => new MemberInput(m.Committee, m.Name!, m.Position, m.Role)).ToList();
            var input = new PreparationInput(price, form.ReferencePriceBasis, CaseText.Date(form.ReferencePriceOn), form.Method, form.MethodReason, members);
            var result = await workflow.PrepareAsync(id, form.ConcurrencyStamp, input, access.UserName, cancellationToken);
            if (result.Succeeded)
            {
                TempData.Flash(l["Case.Prepared", result.Case!.CaseNo]);
                return RedirectToAction(nameof(Details), new { id });
            }

            AddErrors(result.Errors, "");
        }

        form.PadMembers();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(await PreparationAsync(@case!, form, cancellationToken));
    }

    [HttpPost]
    [Authorize(Policy = ProcurementModule.ApprovePolicy)]
    public Task<IActionResult> Approve(int id, Guid concurrencyStamp, string? approvedOn, CancellationToken cancellationToken) =>
        StepAsync(id, "approve", c => CaseText.Date(approvedOn) is { } on
            ? workflow.ApproveAsync(c.Id, concurrencyStamp, on, access.UserName, cancellationToken)
            : Task.FromResult(CaseResult.Fail([new CaseError("ApprovedOn", "Case.Error.DateRequired")])), "Case.Approved", cancellationToken);

    [HttpPost]
    [Authorize(Policy = ProcurementModule.ManagePolicy)]
    public Task<IActionResult> Announce(int id, Guid concurrencyStamp, string? announcementNo, string? announcedOn, string? bidsCloseOn, CancellationToken cancellationToken)
    {
        var errors = new List<CaseError>();
        var announced = CaseText.Date(announcedOn);
        var closes = CaseText.Date(bidsCloseOn);
        if (announced is null)
        {
            errors.Add(new CaseError("AnnouncedOn", "Case.Error.DateRequired"));
        }

        if (closes is null)
        {
            errors.Add(new CaseError("BidsCloseOn", "Case.Error.DateRequired"));
        }

        if ((announcementNo?.Trim().Length ?? 0) > 50)
        {
            errors.Add(new CaseError("AnnouncementNo", "Case.Error.TooLong", 50));
        }

        return StepAsync(id, "announce", c => errors.Count > 0
            ? Task.FromResult(CaseResult.Fail(errors))
            : workflow.AnnounceAsync(c.Id, concurrencyStamp, new AnnouncementInput(announcementNo ?? "", announced!.Value, closes!.Value), access.UserName, cancellationToken), "Case.Announced", cancellationToken);
    }

    [HttpPost]
    [Authorize(Policy = ProcurementModule.ManagePolicy)]
    public Task<IActionResult> AddBid(int id, Guid concurrencyStamp, int? vendorId, string? submittedOn, string? price, string? note, CancellationToken cancellationToken)
    {
        var errors = new List<CaseError>();
        var on = CaseText.Date(submittedOn);
        if (vendorId is null)
        {
            errors.Add(new CaseError("VendorId", "Case.Error.UnknownVendor"));
        }

        if (on is null)
        {
            errors.Add(new CaseError("SubmittedOn", "Case.Error.DateRequired"));
        }

        if (!CaseText.TryAmount(price, out var amount))
        {
            errors.Add(new CaseError("Price", "Case.Error.Amount"));
        }

        if ((note?.Length ?? 0) > 500)
        {
            errors.Add(new CaseError("Note", "Case.Error.TooLong", 500));
        }

        return StepAsync(id, "bid", c => errors.Count > 0
            ? Task.FromResult(CaseResult.Fail(errors))
            : workflow.AddBidAsync(c.Id, concurrencyStamp, new BidInput(vendorId!.Value, on!.Value, amount, note), access.UserName, cancellationToken), "Case.BidAdded", cancellationToken);
    }

    [HttpPost]
    [Authorize(Policy = ProcurementModule.ManagePolicy)]
    public Task<IActionResult> RemoveBid(int id, Guid concurrencyStamp, int bidId, CancellationToken cancellationToken) =>
        StepAsync(id, "bid", c => workflow.RemoveBidAsync(c.Id, concurrencyStamp, bidId, cancellationToken), "Case.BidRemoved", cancellationToken);

    [HttpPost]
    [Authorize(Policy = ProcurementModule.ManagePolicy)]
    public Task<IActionResult> Evaluate(int id, Guid concurrencyStamp, List<int>? bidIds, List<string>? responsive, List<int?>? ranks, CancellationToken cancellationToken)
    {
        bidIds ??= [];
        var input = bidIds.Select((bidId, i) => new EvaluationInput(
            bidId,
            responsive is not null && i < responsive.Count ? responsive[i] switch { "yes" => true, "no" => false, _ => null } : null,
            ranks is not null && i < ranks.Count ? ranks[i] : null)).ToList();
        return StepAsync(id, "evaluate", c => workflow.EvaluateAsync(c.Id, concurrencyStamp, input, cancellationToken), "Case.Evaluated", cancellationToken);
    }

    [HttpPost]
    [Authorize(Policy = ProcurementModule.ManagePolicy)]
    public Task<IActionResult> Award(int id, Guid concurrencyStamp, int? bidId, string? awardedOn, string? reason, CancellationToken cancellationToken)
    {
        var errors = new List<CaseError>();
        var on = CaseText.Date(awardedOn);
        if (bidId is null)
        {
            errors.Add(new CaseError("BidId", "Case.Error.BidNotFound"));
        }

        if (on is null)
        {
            errors.Add(new CaseError("AwardedOn", "Case.Error.DateRequired"));
        }

        if ((reason?.Length ?? 0) > 1000)
        {
            errors.Add(new CaseError("Reason", "Case.Error.TooLong", 1000));
        }

        return StepAsync(id, "award", c => errors.Count > 0
            ? Task.FromResult(CaseResult.Fail(errors))
            : workflow.AwardAsync(c.Id, concurrencyStamp, new AwardInput(bidId!.Value, on!.Value, reason), access.UserName, cancellationToken), "Case.Awarded", cancellationToken);
    }

    [HttpPost]
    [Authorize(Policy = ProcurementModule.ManagePolicy)]
    public Task<IActionResult> Cancel(int id, Guid concurrencyStamp, string? reason, string? cancelledOn, CancellationToken cancellationToken)
    {
        var on = CaseText.Date(cancelledOn);
        if ((reason?.Length ?? 0) > 1000)
        {
            return StepAsync(id, "cancel", _ => Task.FromResult(CaseResult.Fail([new CaseError("Reason", "Case.Error.TooLong", 1000)])), "Case.Cancelled", cancellationToken);
        }

        return StepAsync(id, "cancel", c => on is null
            ? Task.FromResult(CaseResult.Fail([new CaseError("CancelledOn", "Case.Error.DateRequired")]))
            : workflow.CancelAsync(c.Id, concurrencyStamp, reason, on.Value, access.UserName, cancellationToken), "Case.Cancelled", cancellationToken);
    }

    /// <summary>Runs one stage from the details page; its errors go under the fields of the form that was sent ("{form}.{field}").</summary>
    private async Task<IActionResult> StepAsync(int id, string form, Func<ProcurementCase, Task<CaseResult>> step, string doneKey, CancellationToken cancellationToken)
    {
        var (@case, refusal) = await ForChangeAsync(id, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var result = await step(@case!);
        if (result.Succeeded)
        {
            TempData.Flash(l[doneKey, result.Case!.CaseNo]);
            return RedirectToAction(nameof(Details), new { id });
        }

        AddErrors(result.Errors, form + ".");
        var fresh = await FindReadableAsync(id, cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Details), await DetailsAsync(fresh!, cancellationToken));
    }

    private async Task<CaseDetailsViewModel> DetailsAsync(ProcurementCase @case, CancellationToken cancellationToken)
    {
        var lao = await directory.FindLaoAsync(@case.LaoId, cancellationToken);
        var line = await budgetLines.FindLineAsync(@case.BudgetLineId, cancellationToken);
        var balance = (await budgetLines.GetBalancesAsync(@case.LaoId, @case.FiscalYear, cancellationToken)).FirstOrDefault(b => b.BudgetLineId == @case.BudgetLineId);
        var vendorIds = @case.Bids.Select(b => b.VendorId).Append(@case.AwardedVendorId ?? 0).Distinct().ToList();
        var names = await db.Set<Vendor>().AsNoTracking().Where(v => vendorIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Name, cancellationToken);
        var mayChange = await access.MayChangeAsync(@case.LaoId, cancellationToken);
        var canManage = mayChange && await IsAsync(ProcurementModule.ManagePolicy);
        var vendors = canManage && @case.Status == ProcurementCaseStatus.Announced
            ? await db.Set<Vendor>().AsNoTracking().Where(v => v.LaoId == @case.LaoId).OrderBy(v => v.Name).Select(v => new VendorChoice(v.Id, v.Name, v.TaxId)).ToListAsync(cancellationToken)
            : [];
        var missing = @case.Status == ProcurementCaseStatus.Requisitioned
            ? (await workflow.CompletenessAsync(@case, cancellationToken)).Select(Message).ToList()
            : [];
        return new CaseDetailsViewModel(@case, lao!, line, balance, names, vendors, missing, canManage, mayChange && await IsAsync(ProcurementModule.ApprovePolicy), DefaultDate(@case.FiscalYear));
    }

    private async Task<RequisitionViewModel> RequisitionAsync(int laoId, int? caseId, string? caseNo, RequisitionForm form, IReadOnlyList<int> years, CancellationToken cancellationToken)
    {
        var lines = await budgetLines.GetLinesInForceAsync(laoId, form.FiscalYear, cancellationToken);
        var balances = (await budgetLines.GetBalancesAsync(laoId, form.FiscalYear, cancellationToken)).ToDictionary(b => b.BudgetLineId);
        var choices = lines.Select(line =>
        {
            var available = balances.TryGetValue(line.Id, out var b) ? b.Available : Money.Zero;
            var category = Thai ? line.Category.NameTh : line.Category.NameEn;
            return new CaseLineChoice(line.Id, $"{line.LineNo}. {line.Category.Code} {category} – {line.ItemName} ({l["Case.AvailableShort", BahtFormat.Format(available)]})", available);
        }).ToList();
        var planItems = await db.Set<ProcurementPlanItem>().AsNoTracking()
            .Join(db.Set<ProcurementPlan>().Where(p => p.LaoId == laoId && p.FiscalYear == form.FiscalYear), i => i.PlanId, p => p.Id, (i, p) => i)
            .OrderBy(i => i.LineNo).Select(i => new PlanItemChoice(i.Id, i.LineNo + ". " + i.Title)).ToListAsync(cancellationToken);
        return new RequisitionViewModel(caseId, caseNo, form, years, choices, planItems);
    }

    private async Task<PreparationViewModel> PreparationAsync(ProcurementCase @case, PreparationForm form, CancellationToken cancellationToken)
    {
        var value = CaseText.TryAmount(form.ReferencePrice, out var p) ? p : @case.ReferencePrice ?? @case.RequisitionAmount;
        var on = CaseText.Date(form.ReferencePriceOn) ?? @case.RequestedOn;
        var allowed = await workflow.AllowedAsync(value, @case.InCatalogue, on, cancellationToken);
        var limit = await rules.LimitAsync(LimitKind.InspectionCommitteeAbove, on, cancellationToken);
        return new PreparationViewModel(@case, form, allowed, value, limit);
    }

    private async Task<ProcurementCase?> FindReadableAsync(int id, CancellationToken cancellationToken)
    {
        var @case = await db.Set<ProcurementCase>().AsNoTracking()
            .Include(c => c.Items).Include(c => c.CommitteeMembers).Include(c => c.Bids).Include(c => c.Events)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return @case is not null && await access.CanReadAsync(@case.LaoId, cancellationToken) ? @case : null;
    }

    /// <summary>Another LAO's case: not found when it does not exist, forbidden when the user may not change it.</summary>
    private async Task<(ProcurementCase? Case, IActionResult? Refusal)> ForChangeAsync(int id, CancellationToken cancellationToken)
    {
        var @case = await db.Set<ProcurementCase>().AsNoTracking()
            .Include(c => c.Items).Include(c => c.CommitteeMembers).Include(c => c.Bids)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (@case is null)
        {
            return (null, NotFound());
        }

        return await access.MayChangeAsync(@case.LaoId, cancellationToken) ? (@case, null) : (null, Forbid());
    }

    private void AddErrors(IEnumerable<CaseError> errors, string prefix)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(error.Field.Length == 0 ? "" : prefix + error.Field, Message(error));
        }
    }

    private string Message(CaseError error) =>
        l[error.Key, [.. error.Args.Select(a => a switch
        {
            ProcurementCaseStatus s => (object)l[$"Status.{s}"].Value,
            ProcurementMethod m => l[$"Method.{m}"].Value,
            _ => a,
        })]];

    private async Task<bool> IsAsync(string policy) => (await authorization.AuthorizeAsync(User, policy)).Succeeded;

    private DateOnly Today => ThaiDate.Today(clock);

    /// <summary>Today clamped into the fiscal year.</summary>
    private DateOnly DefaultDate(int fiscalYear)
    {
        var year = new FiscalYear(fiscalYear);
        return Today > year.End ? year.End : Today < year.Start ? year.Start : Today;
    }
}
