using System.Globalization;
using LocalGov.Data;
using LocalGov.Finance.Contracts;
using LocalGov.Organizations.Contracts;
using LocalGov.Procurement.Contracts;
using LocalGov.Procurement.Domain;
using LocalGov.Procurement.Resources;
using LocalGov.Procurement.Services;
using LocalGov.Procurement.Services.Contracts;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Procurement.Areas.Procurement.Features.Contracts;

/// <summary>
/// Contracts and purchase orders of awarded cases, their delivery schedule, deliveries and the inspection committee's
/// decisions (acceptance requests the payment from Finance). LAO staff see their own LAO; provincial and national
/// officers choose one within their scope. Another LAO's case: 404 to read, 403 to change.
/// </summary>
[Area("Procurement")]
[Authorize(Policy = ProcurementModule.ReadPolicy)]
internal sealed class ContractsController(
    LocalGovDbContext db,
    ProcurementAccess access,
    ProcurementRules rules,
    ContractWorkflow workflow,
    IPaymentRequests payments,
    IOrganizationDirectory directory,
    IAuthorizationService authorization,
    IStringLocalizer<Strings> l,
    TimeProvider clock) : Controller
{
    private const int PageSize = 25;
    private const int FormRows = 6;

    private DateOnly Today => ThaiDate.Today(clock);

    [HttpGet]
    public async Task<IActionResult> Index(ContractSearch search, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        var choice = await access.ChooseLaoAsync(search.LaoId, search.Code, cancellationToken);
        if (choice.Lao is null)
        {
            return choice.NotFound ? NotFound() : View("LaoPicker", choice);
        }

        var lao = choice.Lao;
        var today = Today;
        var contracts = db.Set<PurchaseContract>().AsNoTracking().Where(k => k.LaoId == lao.Id);
        var rows = from k in contracts
                   join c in db.Set<ProcurementCase>() on k.CaseId equals c.Id
                   join v in db.Set<Vendor>() on k.VendorId equals v.Id
                   select new { k, c, v };
        if (!string.IsNullOrWhiteSpace(search.Q))
        {
            var q = search.Q.Trim();
            rows = rows.Where(r => r.k.ContractNo.Contains(q) || r.c.Title.Contains(q) || r.c.CaseNo.Contains(q) || r.v.Name.Contains(q));
        }

        rows = search.Filter switch
        {
            ContractFilter.Open => rows.Where(r => r.c.Status == ProcurementCaseStatus.Contracted),
            ContractFilter.Late => rows.Where(r => r.c.Status == ProcurementCaseStatus.Contracted && r.k.Instalments.Any(i => i.DueOn < today && i.Accepted != true)),
            ContractFilter.Completed => rows.Where(r => r.c.Status == ProcurementCaseStatus.Completed),
            _ => rows,
        };

        var total = await rows.CountAsync(cancellationToken);
        var (page, pageCount) = Pager.Clamp(search.Page, total, PageSize);
        search.Page = page;
        var items = await rows.OrderBy(r => r.k.DueOn).ThenBy(r => r.k.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(r => new ContractListItem(
                r.c.Id, r.k.ContractNo, r.k.Kind, r.c.CaseNo, r.c.Title, r.v.Name, r.k.Amount, r.k.DueOn, r.c.Status,
                r.k.Instalments.Count, r.k.Instalments.Count(i => i.Accepted == true),
                r.c.Status == ProcurementCaseStatus.Contracted && r.k.Instalments.Any(i => i.DueOn < today && i.Accepted != true)))
            .ToListAsync(cancellationToken);
        var canManage = await access.MayChangeAsync(lao.Id, cancellationToken) && await IsAsync(ProcurementModule.ManagePolicy);
        var awaiting = canManage
            ? await db.Set<ProcurementCase>().AsNoTracking()
                .Where(c => c.LaoId == lao.Id && c.Status == ProcurementCaseStatus.Awarded && !db.Set<PurchaseContract>().Any(k => k.CaseId == c.Id))
                .OrderBy(c => c.AwardedOn).ThenBy(c => c.Id).Take(50)
                .Select(c => new AwaitingContract(c.Id, c.CaseNo, c.Title, c.AwardAmount ?? Money.Zero, c.AwardedOn))
                .ToListAsync(cancellationToken)
            : [];
        var laoRoute = access.OwnLaoId is null ? lao.Id : (int?)null;
        var pager = new Pager(page, pageCount, p => Url.Action(nameof(Index), new { q = search.Q, filter = search.Filter, laoId = laoRoute, page = p })!);
        return View(new ContractListViewModel(lao, items, awaiting, search, total, pager, canManage));
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var pcase = await db.Set<ProcurementCase>().AsNoTracking().Include(c => c.CommitteeMembers).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (pcase is null || !await access.CanReadAsync(pcase.LaoId, cancellationToken))
        {
            return NotFound();
        }

        var contract = await db.Set<PurchaseContract>().AsNoTracking().Include(k => k.Instalments).FirstOrDefaultAsync(k => k.CaseId == id, cancellationToken);
        if (contract is null)
        {
            return NotFound();
        }

        var lao = await directory.FindLaoAsync(pcase.LaoId, cancellationToken);
        var vendor = await db.Set<Vendor>().AsNoTracking().FirstAsync(v => v.Id == contract.VendorId, cancellationToken);
        var rows = new List<InstalmentRow>();
        foreach (var i in contract.Instalments.OrderBy(i => i.No))
        {
            var payment = i.PaymentVoucherNo is null ? null
                : await payments.FindAsync(pcase.LaoId, ProcurementModule.SourceModule, $"{contract.ContractNo}/{i.No}", cancellationToken);
            rows.Add(new InstalmentRow(i, payment, i.Accepted != true && i.DueOn < Today));
        }

        var totalPenalty = Money.Sum(contract.Instalments.Select(i => i.Penalty));
        var canManage = await access.MayChangeAsync(pcase.LaoId, cancellationToken) && await IsAsync(ProcurementModule.ManagePolicy);
        var inspectors = pcase.CommitteeMembers.Where(m => m.Committee == CommitteeKind.Inspection).OrderBy(m => m.SortOrder).ToList();
        return View(new ContractDetailsViewModel(lao!, pcase, contract, vendor, rows, inspectors, totalPenalty,
            LatePenalty.SuggestedGuarantee(contract.Amount),
            totalPenalty.Satang * 100 > contract.Amount.Satang * ContractWorkflow.TerminationWarningPercent, canManage));
    }

    [HttpGet]
    [Authorize(Policy = ProcurementModule.ManagePolicy)]
    public async Task<IActionResult> Create(int id, CancellationToken cancellationToken)
    {
        var (pcase, refusal) = await CaseForChangeAsync(id, cancellationToken);
        if (pcase is null)
        {
            return refusal!;
        }

        if (await db.Set<PurchaseContract>().AnyAsync(k => k.CaseId == id, cancellationToken))
        {
            return RedirectToAction(nameof(Details), new { id });
        }

        if (pcase.Status != ProcurementCaseStatus.Awarded || pcase.AwardAmount is null)
        {
            TempData.Flash(l["Contract.Error.NotAwarded"], FlashKind.Warning);
            return RedirectToAction(nameof(Index));
        }

        var signedOn = ClampToYear(pcase.FiscalYear, pcase.AwardedOn is { } a && a > Today ? a : Today);
        var form = new ContractFormModel
        {
            Kind = await PurchaseOrderAllowedAsync(pcase.AwardAmount.Value, signedOn, cancellationToken) ? AgreementKind.PurchaseOrder : AgreementKind.Contract,
            SignedOn = signedOn,
            StartOn = signedOn,
            Amount = Show(pcase.AwardAmount.Value),
            GuaranteeKind = GuaranteeKind.BankGuarantee,
            GuaranteeAmount = Show(LatePenalty.SuggestedGuarantee(pcase.AwardAmount.Value)),
            PenaltyRate = pcase.Category == ProcurementCategory.Works ? "0.10" : "0.20",
            PenaltyBase = ContractWorkflow.DefaultPenaltyBase(pcase.Category),
            MinimumPenaltyPerDay = Show(ContractWorkflow.DefaultMinimumPerDay(pcase.Category)),
            Instalments = [new InstalmentFormModel { Description = l["Contract.DefaultInstalment"], Amount = Show(pcase.AwardAmount.Value) }],
        };
        return View(await FormAsync(pcase, form, cancellationToken));
    }

    [HttpPost]
    [Authorize(Policy = ProcurementModule.ManagePolicy)]
    public async Task<IActionResult> Create(int id, ContractFormModel form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (pcase, refusal) = await CaseForChangeAsync(id, cancellationToken);
        if (pcase is null)
        {
            return refusal!;
        }

        var input = Parse(form);
        if (ModelState.IsValid && input is not null)
        {
            var result = await workflow.CreateAsync(id, input, access.UserName, cancellationToken);
            if (result.Succeeded)
            {
                TempData.Flash(l["Contract.Created", input.ContractNo.Trim()]);
                return RedirectToAction(nameof(Details), new { id });
            }

            AddErrors(result.Errors);
        }

        return View(await FormAsync(pcase, form, cancellationToken));
    }

    [HttpGet]
    [Authorize(Policy = ProcurementModule.ManagePolicy)]
    public async Task<IActionResult> Deliver(int id, CancellationToken cancellationToken)
    {
        var (page, refusal) = await InstalmentForChangeAsync(id, new DeliveryFormModel { DeliveredOn = null }, cancellationToken);
        if (page is null)
        {
            return refusal!;
        }

        page.Form.DeliveredOn = ClampToYear(page.Case.FiscalYear, Today);
        return View(page);
    }

    [HttpPost]
    [Authorize(Policy = ProcurementModule.ManagePolicy)]
    public async Task<IActionResult> Deliver(int id, DeliveryFormModel form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (page, refusal) = await InstalmentForChangeAsync(id, form, cancellationToken);
        if (page is null)
        {
            return refusal!;
        }

        if (ModelState.IsValid)
        {
            var result = await workflow.DeliverAsync(id, form.DeliveredOn, form.Note, access.UserName, cancellationToken);
            if (result.Succeeded)
            {
                TempData.Flash(l["Contract.Delivered", page.Instalment.No]);
                return RedirectToAction(nameof(Details), new { id = page.Case.Id });
            }

            AddErrors(result.Errors);
        }

        return View(page);
    }

    [HttpGet]
    [Authorize(Policy = ProcurementModule.ManagePolicy)]
    public async Task<IActionResult> Inspect(int id, CancellationToken cancellationToken)
    {
        var (page, refusal) = await InstalmentForChangeAsync(id, new InspectionFormModel(), cancellationToken);
        if (page is null)
        {
            return refusal!;
        }

        if (page.Instalment.DeliveredOn is { } delivered)
        {
            var day = ClampToYear(page.Case.FiscalYear, Today);
            page.Form.InspectedOn = day < delivered ? delivered : day;
        }

        return View(page);
    }

    [HttpPost]
    [Authorize(Policy = ProcurementModule.ManagePolicy)]
    public async Task<IActionResult> Inspect(int id, InspectionFormModel form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (page, refusal) = await InstalmentForChangeAsync(id, form, cancellationToken);
        if (page is null)
        {
            return refusal!;
        }

        if (ModelState.IsValid)
        {
            var result = await workflow.InspectAsync(id, form.InspectedOn, form.Accepted, form.Note, access.UserName, cancellationToken);
            if (result.Succeeded)
            {
                TempData.Flash(
                    result.Warnings.Count > 0 ? string.Join(" ", result.Warnings.Select(Message))
                    : l[form.Accepted == true ? "Contract.Accepted" : "Contract.Rejected", page.Instalment.No],
                    result.Warnings.Count > 0 ? FlashKind.Warning : FlashKind.Success);
                return RedirectToAction(nameof(Details), new { id = page.Case.Id });
            }

            AddErrors(result.Errors);
        }

        return View(page);
    }

    /// <summary>ใบตรวจรับพัสดุ of an inspected instalment, for printing.</summary>
    [HttpGet]
    public async Task<IActionResult> InspectionReport(int id, CancellationToken cancellationToken)
    {
        var instalment = await db.Set<ContractInstalment>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        var contract = instalment is null ? null : await db.Set<PurchaseContract>().AsNoTracking().FirstAsync(k => k.Id == instalment.ContractId, cancellationToken);
        var pcase = contract is null ? null
            : await db.Set<ProcurementCase>().AsNoTracking().Include(c => c.Items).Include(c => c.CommitteeMembers).FirstAsync(c => c.Id == contract.CaseId, cancellationToken);
        if (pcase is null || instalment?.InspectedOn is null || !await access.CanReadAsync(pcase.LaoId, cancellationToken))
        {
            return NotFound();
        }

        var lao = await directory.FindLaoAsync(pcase.LaoId, cancellationToken);
        var vendor = await db.Set<Vendor>().AsNoTracking().FirstAsync(v => v.Id == contract!.VendorId, cancellationToken);
        var inspectors = pcase.CommitteeMembers.Where(m => m.Committee == CommitteeKind.Inspection).OrderBy(m => m.SortOrder).ToList();
        return View(new InspectionReportViewModel(lao!, pcase, contract!, instalment, vendor, inspectors));
    }

    private ContractInput? Parse(ContractFormModel form)
    {
        if (!Enum.IsDefined(form.Kind))
        {
            ModelState.AddModelError(nameof(form.Kind), l["Contract.Error.Kind"]);
        }

        if (!Enum.IsDefined(form.GuaranteeKind))
        {
            ModelState.AddModelError(nameof(form.GuaranteeKind), l["Contract.Error.Kind"]);
        }

        if (!Enum.IsDefined(form.PenaltyBase))
        {
            ModelState.AddModelError(nameof(form.PenaltyBase), l["Contract.Error.Kind"]);
        }

        if (string.IsNullOrWhiteSpace(form.ContractNo))
        {
            ModelState.AddModelError(nameof(form.ContractNo), l["Contract.Error.NumberRequired"]);
        }

        if (form.SignedOn is null)
        {
            ModelState.AddModelError(nameof(form.SignedOn), l["Contract.Error.DateRequired"]);
        }

        if (form.StartOn is null)
        {
            ModelState.AddModelError(nameof(form.StartOn), l["Contract.Error.DateRequired"]);
        }

        var amount = Amount(nameof(form.Amount), form.Amount, true);
        var guarantee = Amount(nameof(form.GuaranteeAmount), form.GuaranteeAmount, false);
        var minimum = Amount(nameof(form.MinimumPenaltyPerDay), form.MinimumPenaltyPerDay, false);
        int? basisPoints = null;
        if (!decimal.TryParse((form.PenaltyRate ?? "").Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var rate))
        {
            ModelState.AddModelError("PenaltyRate", l["Contract.Error.PenaltyRate"]);
        }
        else if (!BahtInput.HasAtMostTwoDecimals(rate))
        {
            ModelState.AddModelError("PenaltyRate", l["Contract.Error.PenaltyRateDecimals"]);
        }
        else if (rate is < 0 or > 100)
        {
            ModelState.AddModelError("PenaltyRate", l["Contract.Error.PenaltyRate"]);
        }
        else
        {
            basisPoints = (int)(rate * 100m);
        }

        var instalments = new List<InstalmentInput>();
        form.Instalments = [.. form.Instalments.Where(i => !i.IsBlank)];
        for (var n = 0; n < form.Instalments.Count; n++)
        {
            var i = form.Instalments[n];
            var money = Amount($"Instalments[{n}].Amount", i.Amount, true);
            if (i.DueOn is null)
            {
                ModelState.AddModelError($"Instalments[{n}].DueOn", l["Contract.Error.DateRequired"]);
            }

            if (money is { } m && i.DueOn is { } due)
            {
                instalments.Add(new InstalmentInput(i.Description ?? "", m, due));
            }
        }

        if (!ModelState.IsValid || amount is null || basisPoints is null)
        {
            return null;
        }

        return new ContractInput(form.Kind, form.ContractNo!, form.SignedOn!.Value, form.StartOn!.Value, amount.Value, form.GuaranteeKind,
            guarantee ?? Money.Zero, form.GuaranteeReference, basisPoints.Value, form.PenaltyBase, minimum ?? Money.Zero, instalments);
    }

    /// <summary>An amount typed in baht: at most two decimals (never rounded silently), not negative.</summary>
    private Money? Amount(string field, string? text, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                ModelState.AddModelError(field, l["Contract.Error.AmountRequired"]);
            }

            return null;
        }

        if (!BahtInput.TryParse(text, out var baht) || baht > 10_000_000_000m)
        {
            ModelState.AddModelError(field, l["Contract.Error.AmountNotNumber"]);
            return null;
        }

        if (!BahtInput.HasAtMostTwoDecimals(baht))
        {
            ModelState.AddModelError(field, l["Contract.Error.AmountDecimals"]);
            return null;
        }

        if (baht < 0)
        {
            ModelState.AddModelError(field, l["Contract.Error.AmountNotNegative"]);
            return null;
        }

        return Money.FromBaht(baht);
    }

    private async Task<ContractFormViewModel> FormAsync(ProcurementCase pcase, ContractFormModel form, CancellationToken cancellationToken)
    {
        while (form.Instalments.Count < FormRows)
        {
            form.Instalments.Add(new InstalmentFormModel());
        }

        var vendor = await db.Set<Vendor>().AsNoTracking().Where(v => v.Id == pcase.AwardedVendorId).Select(v => v.Name).FirstOrDefaultAsync(cancellationToken);
        var on = form.SignedOn ?? Today;
        var limit = await rules.LimitAsync(LimitKind.WrittenContractAbove, on, cancellationToken);
        var award = pcase.AwardAmount ?? Money.Zero;
        var amount = BahtInput.TryParse(form.Amount, out var b) && BahtInput.HasAtMostTwoDecimals(b) && b > 0 ? Money.FromBaht(b) : award;
        return new ContractFormViewModel(pcase, vendor ?? "", form, LatePenalty.SuggestedGuarantee(amount), limit);
    }

    private async Task<bool> PurchaseOrderAllowedAsync(Money amount, DateOnly on, CancellationToken cancellationToken) =>
        await rules.LimitAsync(LimitKind.WrittenContractAbove, on, cancellationToken) is { } limit && amount <= limit;

    /// <summary>The case to change: 404 when the user cannot read it, 403 when they can read but not change it.</summary>
    private async Task<(ProcurementCase? Case, IActionResult? Refusal)> CaseForChangeAsync(int id, CancellationToken cancellationToken)
    {
        var pcase = await db.Set<ProcurementCase>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (pcase is null || !await access.CanReadAsync(pcase.LaoId, cancellationToken))
        {
            return (null, NotFound());
        }

        return await access.MayChangeAsync(pcase.LaoId, cancellationToken) ? (pcase, null) : (null, Forbid());
    }

    private async Task<(InstalmentFormViewModel<TForm>? Page, IActionResult? Refusal)> InstalmentForChangeAsync<TForm>(int id, TForm form, CancellationToken cancellationToken)
    {
        var instalment = await db.Set<ContractInstalment>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (instalment is null)
        {
            return (null, NotFound());
        }

        var contract = await db.Set<PurchaseContract>().AsNoTracking().FirstAsync(k => k.Id == instalment.ContractId, cancellationToken);
        var (pcase, refusal) = await CaseForChangeAsync(contract.CaseId, cancellationToken);
        if (pcase is null)
        {
            return (null, refusal);
        }

        var vendor = await db.Set<Vendor>().AsNoTracking().Where(v => v.Id == contract.VendorId).Select(v => v.Name).FirstAsync(cancellationToken);
        var penalty = instalment.DeliveredOn is { } delivered
            ? LatePenalty.Compute(instalment.DueOn, delivered, contract.PenaltyBasisPointsPerDay, contract.PenaltyBase, instalment.Amount, contract.Amount, contract.MinimumPenaltyPerDay)
            : null;
        return (new InstalmentFormViewModel<TForm>(pcase, contract, instalment, vendor, form, penalty), null);
    }

    private void AddErrors(IEnumerable<ContractError> errors)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(error.Field, Message(error));
        }
    }

    private string Message(ContractError error) => l[error.Key, error.Args];

    private async Task<bool> IsAsync(string policy) => (await authorization.AuthorizeAsync(User, policy)).Succeeded;

    private static DateOnly ClampToYear(int fiscalYear, DateOnly date)
    {
        var year = new FiscalYear(fiscalYear);
        return date > year.End ? year.End : date < year.Start ? year.Start : date;
    }

    private static string Show(Money amount) => amount.Baht.ToString("0.00", CultureInfo.InvariantCulture);
}
