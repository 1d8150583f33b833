using System.Globalization;
using LocalGov.Budgeting.Contracts;
using LocalGov.Data;
using LocalGov.Finance.Domain;
using LocalGov.Finance.Reporting;
using LocalGov.Finance.Resources;
using LocalGov.Finance.Services;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Identity;
using LocalGov.SharedKernel.Time;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Finance.Areas.Finance.Features.Vouchers;

/// <summary>
/// Disbursement vouchers (ฎีกา): LAO finance staff prepare, submit and pay them; the LAO's executive approves or
/// sends them back; officers above LAO level read them through the LAO picker. The withholding tax certificate
/// (50 ทวิ) of a paid voucher and the month's withholding summary (for ภ.ง.ด.3 / ภ.ง.ด.53) print from here.
/// </summary>
[Area("Finance")]
[Authorize(Policy = FinanceModule.ReadPolicy)]
internal sealed class VouchersController(
    LocalGovDbContext db,
    FinanceAccess access,
    VoucherWorkflow workflow,
    IBudgetLineDirectory budgetLines,
    IOrganizationDirectory directory,
    IAuthorizationService authorization,
    IStringLocalizer<Strings> l,
    TimeProvider clock) : Controller
{
    private const int PageSize = 25;

    private static bool Thai => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "th";

    [HttpGet]
    public async Task<IActionResult> Index(VoucherSearch search, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        var choice = await access.ChooseLaoAsync(search.LaoId, search.Code, cancellationToken);
        if (choice.Lao is null)
        {
            return choice.NotFound ? NotFound() : View("LaoPicker", choice);
        }

        var lao = choice.Lao;
        var query = db.Set<Voucher>().AsNoTracking().Where(v => v.LaoId == lao.Id);
        if (search.Status is { } status)
        {
            query = query.Where(v => v.Status == status);
        }

        var total = await query.CountAsync(cancellationToken);
        var (page, pageCount) = Pager.Clamp(search.Page, total, PageSize);
        search.Page = page;
        var items = await query.OrderByDescending(v => v.RequestedOn).ThenByDescending(v => v.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(v => new VoucherListItem(v.Id, v.VoucherNo, v.FiscalYear, v.RequestedOn, v.PayeeName, v.Description, v.Gross, v.Net, v.Status))
            .ToListAsync(cancellationToken);
        var laoRoute = access.OwnLaoId is null ? lao.Id : (int?)null;
        var pager = new Pager(page, pageCount, p => Url.Action(nameof(Index), new { status = search.Status, laoId = laoRoute, page = p })!);
        var canCreate = access.OwnLaoId == lao.Id && await IsAsync(FinanceModule.ManagePolicy);
        return View(new VoucherListViewModel(lao, items, search, total, pager, canCreate));
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var voucher = await FindReadableAsync(id, cancellationToken);
        return voucher is null ? NotFound() : View(await DetailsAsync(voucher, cancellationToken));
    }

    [HttpGet]
    [Authorize(Policy = FinanceModule.ManagePolicy)]
    public async Task<IActionResult> Create(int? year, CancellationToken cancellationToken)
    {
        if (access.OwnLaoId is not { } laoId)
        {
            return Forbid();
        }

        var years = await budgetLines.GetYearsInForceAsync(laoId, cancellationToken);
        var fiscalYear = year is { } y && years.Contains(y) ? y : years.Count > 0 ? years[0] : FiscalYear.Containing(Today).BuddhistYear;
        var form = new VoucherFormModel { FiscalYear = fiscalYear, RequestedOn = DefaultDate(fiscalYear), PayeeKind = PayeeKind.Company, IncomeTypeCode = IncomeTypes.None };
        return View("Edit", await FormAsync(laoId, form, years, false, cancellationToken));
    }

    [HttpPost]
    [Authorize(Policy = FinanceModule.ManagePolicy)]
    public async Task<IActionResult> Create(VoucherFormModel form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (access.OwnLaoId is not { } laoId)
        {
            return Forbid();
        }

        form.Id = null;
        var years = await budgetLines.GetYearsInForceAsync(laoId, cancellationToken);
        if (!years.Contains(form.FiscalYear))
        {
            ModelState.AddModelError(nameof(form.BudgetLineId), l["Voucher.Error.LineNotInForce"]);
            form.FiscalYear = years.Count > 0 ? years[0] : FiscalYear.Containing(Today).BuddhistYear;
        }

        if (ModelState.IsValid)
        {
            var result = await workflow.CreateAsync(laoId, form.FiscalYear, Input(form), access.UserName, cancellationToken);
            if (result.Succeeded)
            {
                TempData.Flash(l["Voucher.Created", result.Voucher!.VoucherNo]);
                return RedirectToAction(nameof(Details), new { id = result.Voucher.Id });
            }

            AddErrors(result.Errors);
        }

        return View("Edit", await FormAsync(laoId, form, years, false, cancellationToken));
    }

    [HttpGet]
    [Authorize(Policy = FinanceModule.ManagePolicy)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var (voucher, refusal) = await ForChangeAsync(id, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!VoucherRules.CanEdit(voucher!.Status))
        {
            TempData.Flash(l["Voucher.Error.NotEditable"], FlashKind.Warning);
            return RedirectToAction(nameof(Details), new { id });
        }

        var form = new VoucherFormModel
        {
            Id = voucher.Id,
            FiscalYear = voucher.FiscalYear,
            VoucherNo = voucher.VoucherNo,
            RequestedOn = voucher.RequestedOn,
            PayeeName = voucher.PayeeName,
            PayeeTaxId = voucher.PayeeTaxId,
            PayeeAddress = voucher.PayeeAddress,
            PayeeKind = voucher.PayeeKind,
            Description = voucher.Description,
            BudgetLineId = voucher.BudgetLineId,
            Gross = AmountText.Show(voucher.Gross),
            IncomeTypeCode = voucher.IncomeTypeCode,
            ConcurrencyStamp = voucher.ConcurrencyStamp,
        };
        return View(await FormAsync(voucher.LaoId, form, [voucher.FiscalYear], voucher.FromCommitment, cancellationToken));
    }

    [HttpPost]
    [Authorize(Policy = FinanceModule.ManagePolicy)]
    public async Task<IActionResult> Edit(int id, VoucherFormModel form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (voucher, refusal) = await ForChangeAsync(id, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        form.Id = id;
        form.FiscalYear = voucher!.FiscalYear;
        if (ModelState.IsValid)
        {
            var result = await workflow.UpdateAsync(id, form.ConcurrencyStamp, Input(form), access.UserName, cancellationToken);
            if (result.Succeeded)
            {
                TempData.Flash(l["Voucher.Saved", result.Voucher!.VoucherNo]);
                return RedirectToAction(nameof(Details), new { id });
            }

            AddErrors(result.Errors);
        }

        return View(await FormAsync(voucher.LaoId, form, [voucher.FiscalYear], voucher.FromCommitment, cancellationToken));
    }

    [HttpPost]
    [Authorize(Policy = FinanceModule.ManagePolicy)]
    public Task<IActionResult> Submit(int id, Guid concurrencyStamp, CancellationToken cancellationToken) =>
        StepAsync(id, v => workflow.SubmitAsync(v.Id, concurrencyStamp, access.UserName, cancellationToken), "Voucher.Submitted", cancellationToken);

    [HttpPost]
    [Authorize(Policy = FinanceModule.ApprovePolicy)]
    public Task<IActionResult> Approve(int id, Guid concurrencyStamp, CancellationToken cancellationToken) =>
        StepAsync(id, v => workflow.ApproveAsync(v.Id, concurrencyStamp, access.UserName, cancellationToken), "Voucher.Approved", cancellationToken);

    [HttpPost]
    [Authorize(Policy = FinanceModule.ApprovePolicy)]
    public Task<IActionResult> Reject(int id, ReasonFormModel form, CancellationToken cancellationToken) =>
        StepAsync(id, v => workflow.RejectAsync(v.Id, form.ConcurrencyStamp, form.Reason, access.UserName, cancellationToken), "Voucher.Rejected", cancellationToken, "reject");

    [HttpPost]
    [Authorize(Policy = FinanceModule.ManagePolicy)]
    public Task<IActionResult> Cancel(int id, ReasonFormModel form, CancellationToken cancellationToken) =>
        StepAsync(id, v => workflow.CancelAsync(v.Id, form.ConcurrencyStamp, form.Reason, access.UserName, cancellationToken), "Voucher.Cancelled", cancellationToken, "cancel");

    [HttpGet]
    [Authorize(Policy = FinanceModule.ManagePolicy)]
    public async Task<IActionResult> Pay(int id, CancellationToken cancellationToken)
    {
        var (voucher, refusal) = await ForChangeAsync(id, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!VoucherRules.CanPay(voucher!.Status))
        {
            TempData.Flash(l[voucher.Status == VoucherStatus.Paid ? "Voucher.Error.AlreadyPaid" : "Voucher.Error.NotApproved"], FlashKind.Warning);
            return RedirectToAction(nameof(Details), new { id });
        }

        var banks = await BankAccountsAsync(voucher.LaoId, cancellationToken);
        var form = new PayFormModel
        {
            Method = VoucherPaymentMethod.Transfer,
            BankAccountId = banks.FirstOrDefault()?.Id,
            PaidOn = Later(DefaultDate(voucher.FiscalYear), voucher.RequestedOn),
            ConcurrencyStamp = voucher.ConcurrencyStamp,
        };
        return View(new PayViewModel(voucher, form, banks));
    }

    [HttpPost]
    [Authorize(Policy = FinanceModule.ManagePolicy)]
    public async Task<IActionResult> Pay(int id, PayFormModel form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (voucher, refusal) = await ForChangeAsync(id, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (ModelState.IsValid)
        {
            var payment = new PaymentInput(form.Method!.Value, form.BankAccountId!.Value, form.PaidOn!.Value, form.ChequeNo, form.ChequeDate, form.TransferReference);
            var result = await workflow.PayAsync(id, form.ConcurrencyStamp, payment, access.UserName, cancellationToken);
            if (result.Succeeded)
            {
                TempData.Flash(l["Voucher.Paid", result.Voucher!.VoucherNo]);
                return RedirectToAction(nameof(Details), new { id });
            }

            AddErrors(result.Errors);
            voucher = await db.Set<Voucher>().AsNoTracking().FirstAsync(v => v.Id == id, cancellationToken);
        }

        return View(new PayViewModel(voucher!, form, await BankAccountsAsync(voucher!.LaoId, cancellationToken)));
    }

    /// <summary>หนังสือรับรองการหักภาษี ณ ที่จ่าย (50 ทวิ) of a paid voucher with tax withheld, as a print layout.</summary>
    [HttpGet]
    public async Task<IActionResult> Certificate(int id, CancellationToken cancellationToken)
    {
        var voucher = await FindReadableAsync(id, cancellationToken);
        if (voucher is null || voucher.Status != VoucherStatus.Paid || voucher.CertificateNo is null)
        {
            return NotFound();
        }

        var lao = await directory.FindLaoAsync(voucher.LaoId, cancellationToken);
        return View(new CertificateViewModel(voucher, lao!, await IncomeTypeNameAsync(voucher, cancellationToken) ?? ""));
    }

    /// <summary>The month's withholding certificates, split by form (ภ.ง.ด.3 persons, ภ.ง.ด.53 companies), with totals.</summary>
    [HttpGet]
    public async Task<IActionResult> Withholding(int? year, int? month, int? laoId, string? code, string? format, int? print, CancellationToken cancellationToken)
    {
        var choice = await access.ChooseLaoAsync(laoId, code, cancellationToken);
        if (choice.Lao is null)
        {
            return choice.NotFound ? NotFound() : View("LaoPicker", choice);
        }

        var lao = choice.Lao;
        var today = Today;
        var christianYear = year is >= FiscalYear.MinBuddhistYear and <= FiscalYear.MaxBuddhistYear ? ThaiDate.ToChristianYear(year.Value) : today.Year;
        var m = month is >= 1 and <= 12 ? month.Value : today.Month;
        var from = new DateOnly(christianYear, m, 1);
        var to = from.AddMonths(1).AddDays(-1);
        var rows = await db.Set<Voucher>().AsNoTracking()
            .Where(v => v.LaoId == lao.Id && v.Status == VoucherStatus.Paid && v.CertificateNo != null && v.PaidOn >= from && v.PaidOn <= to)
            .ToListAsync(cancellationToken);
        var rates = await db.Set<WithholdingTaxRate>().AsNoTracking().ToListAsync(cancellationToken);
        var doc = WithholdingReport(lao, from, [.. rows.OrderBy(v => v.PaidOn).ThenBy(v => v.CertificateNo)], rates);
        if (format == "xlsx")
        {
            return File(ReportExcel.Write(doc), ReportExcel.ContentType, $"withholding-{ThaiDate.ToBuddhistYear(christianYear)}-{m:00}.xlsx");
        }

        var route = new Dictionary<string, string>
        {
            ["year"] = ThaiDate.ToBuddhistYear(christianYear).ToString(CultureInfo.InvariantCulture),
            ["month"] = m.ToString(CultureInfo.InvariantCulture),
        };
        if (access.OwnLaoId is null)
        {
            route["laoId"] = lao.Id.ToString(CultureInfo.InvariantCulture);
        }

        ViewData["Print"] = print == 1;
        ViewData["ReportFilter"] = "_WithholdingFilter";
        ViewData["ReportRoute"] = route;
        ViewData["WithholdingFilter"] = (ThaiDate.ToBuddhistYear(christianYear), m, access.OwnLaoId is null ? lao.Id : (int?)null);
        return View("Report", doc);
    }

    private ReportDocument WithholdingReport(LaoDto lao, DateOnly month, IReadOnlyList<Voucher> vouchers, IReadOnlyList<WithholdingTaxRate> rates)
    {
        string TypeName(Voucher v) => rates.Where(r => r.IncomeTypeCode == v.IncomeTypeCode).OrderByDescending(r => r.EffectiveFrom)
            .Select(r => r.DisplayName(Thai)).FirstOrDefault() ?? v.IncomeTypeCode ?? "";
        ReportColumn[] columns =
        [
            new(l["Voucher.CertificateNo"]), new(l["Voucher.PaidOn"]), new(l["Voucher.PayeeName"]), new(l["Voucher.PayeeTaxId"]),
            new(l["Voucher.IncomeType"]), new(l["Voucher.Rate"]), new(l["Voucher.AmountPaid"], true), new(l["Voucher.Withheld"], true),
        ];
        ReportTable Table(string id, string caption, IEnumerable<Voucher> list)
        {
            var items = list.ToList();
            var rows = items.Select(v => new ReportRow(
                [
                    ReportCell.Of(v.CertificateNo), ReportCell.Of(ThaiDate.Format(v.PaidOn!.Value, ThaiDateStyle.Short)), ReportCell.Of(v.PayeeName),
                    ReportCell.Of(v.PayeeTaxId ?? ""), ReportCell.Of(TypeName(v)), ReportCell.Of(WithholdingTax.FormatRate(v.WithholdingRateBasisPoints)),
                    ReportCell.Of(v.Gross), ReportCell.Of(v.Withheld),
                ],
                Url: Url.Action(nameof(Certificate), new { id = v.Id }),
                Key: v.Id.ToString(CultureInfo.InvariantCulture))).ToList();
            rows.Add(new ReportRow(
                [
                    ReportCell.Of(l["Voucher.Total", items.Count]), ReportCell.Of(""), ReportCell.Of(""), ReportCell.Of(""), ReportCell.Of(""), ReportCell.Of(""),
                    ReportCell.Of(Money.Sum(items.Select(v => v.Gross))), ReportCell.Of(Money.Sum(items.Select(v => v.Withheld))),
                ],
                IsTotal: true,
                Key: "total"));
            return new ReportTable(id, caption, columns, rows);
        }

        var subtitle = $"{lao.NameTh} · {ThaiDate.FormatMonth(month.Year, month.Month, abbreviated: false)}";
        return new ReportDocument(
            "withholding-summary",
            l["Voucher.WithholdingSummary"],
            subtitle,
            [
                Table("withholding-pnd3", l["Voucher.Pnd3"], vouchers.Where(v => v.PayeeKind == PayeeKind.Person)),
                Table("withholding-pnd53", l["Voucher.Pnd53"], vouchers.Where(v => v.PayeeKind == PayeeKind.Company)),
            ],
            [l["Voucher.WithholdingNote"]],
            clock.GetUtcNow().UtcDateTime);
    }

    private async Task<IActionResult> StepAsync(int id, Func<Voucher, Task<VoucherResult>> step, string doneKey, CancellationToken cancellationToken, string? reasonForm = null)
    {
        var (voucher, refusal) = await ForChangeAsync(id, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var result = await step(voucher!);
        if (result.Succeeded)
        {
            TempData.Flash(l[doneKey, result.Voucher!.VoucherNo]);
            return RedirectToAction(nameof(Details), new { id });
        }

        foreach (var error in result.Errors)
        {
            // Reason errors sit under the reason box of the form that was sent; everything else in the page's alert.
            var field = error.Field == "Reason" && reasonForm is not null ? reasonForm + ".Reason" : "";
            ModelState.AddModelError(field, Message(error));
        }

        var fresh = await db.Set<Voucher>().AsNoTracking().Include(v => v.Events).FirstAsync(v => v.Id == id, cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Details), await DetailsAsync(fresh, cancellationToken));
    }

    private async Task<VoucherDetailsViewModel> DetailsAsync(Voucher voucher, CancellationToken cancellationToken)
    {
        var lao = await directory.FindLaoAsync(voucher.LaoId, cancellationToken);
        var line = await budgetLines.FindLineAsync(voucher.BudgetLineId, cancellationToken);
        var balance = line is null ? null : (await budgetLines.GetBalancesAsync(voucher.LaoId, voucher.FiscalYear, cancellationToken)).FirstOrDefault(b => b.BudgetLineId == line.Id);
        var bank = voucher.BankAccountId is { } bankId ? await db.Set<BankAccount>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == bankId, cancellationToken) : null;
        var entryNo = voucher.JournalEntryId is { } entryId
            ? await db.Set<JournalEntry>().AsNoTracking().Where(e => e.Id == entryId).Select(e => e.EntryNo).FirstOrDefaultAsync(cancellationToken)
            : null;
        var canChange = await access.CanChangeAsync(voucher.LaoId, cancellationToken);
        return new VoucherDetailsViewModel(
            voucher,
            lao!,
            line,
            balance,
            await IncomeTypeNameAsync(voucher, cancellationToken),
            bank,
            entryNo,
            canChange && await IsAsync(FinanceModule.ManagePolicy),
            canChange && await IsAsync(FinanceModule.ApprovePolicy));
    }

    private async Task<VoucherFormViewModel> FormAsync(int laoId, VoucherFormModel form, IReadOnlyList<int> years, bool fromCommitment, CancellationToken cancellationToken)
    {
        var lines = await budgetLines.GetLinesInForceAsync(laoId, form.FiscalYear, cancellationToken);
        var balances = (await budgetLines.GetBalancesAsync(laoId, form.FiscalYear, cancellationToken)).ToDictionary(b => b.BudgetLineId);
        var choices = lines.Select(line =>
        {
            var available = balances.TryGetValue(line.Id, out var b) ? b.Available : Money.Zero;
            var category = Thai ? line.Category.NameTh : line.Category.NameEn;
            var label = $"{line.LineNo}. {line.Category.Code} {category} – {line.ItemName} ({l["Voucher.AvailableShort", BahtFormat.Format(available)]})";
            return new LineChoice(line.Id, label, available);
        }).ToList();
        var rates = await workflow.RatesOnAsync(form.RequestedOn ?? DefaultDate(form.FiscalYear), cancellationToken);
        return new VoucherFormViewModel(form, years, choices, rates, fromCommitment);
    }

    private static VoucherInput Input(VoucherFormModel form) => new(
        form.VoucherNo,
        form.RequestedOn!.Value,
        form.PayeeName,
        form.PayeeTaxId,
        form.PayeeAddress,
        form.PayeeKind!.Value,
        form.Description,
        form.BudgetLineId!.Value,
        AmountText.ToMoney(form.Gross),
        form.IncomeTypeCode);

    private async Task<Voucher?> FindReadableAsync(int id, CancellationToken cancellationToken)
    {
        var voucher = await db.Set<Voucher>().AsNoTracking().Include(v => v.Events).FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        return voucher is not null && await access.CanReadAsync(voucher.LaoId, cancellationToken) ? voucher : null;
    }

    /// <summary>Another LAO's voucher: not found when the user cannot read it, forbidden when they can read but not change it.</summary>
    private async Task<(Voucher? Voucher, IActionResult? Refusal)> ForChangeAsync(int id, CancellationToken cancellationToken)
    {
        var voucher = await db.Set<Voucher>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (voucher is null)
        {
            return (null, NotFound());
        }

        return await access.CanChangeAsync(voucher.LaoId, cancellationToken) ? (voucher, null) : (null, Forbid());
    }

    private async Task<List<BankAccount>> BankAccountsAsync(int laoId, CancellationToken cancellationToken) =>
        await db.Set<BankAccount>().AsNoTracking().Where(b => b.LaoId == laoId && b.IsActive).OrderBy(b => b.Id).ToListAsync(cancellationToken);

    private async Task<string?> IncomeTypeNameAsync(Voucher voucher, CancellationToken cancellationToken)
    {
        if (voucher.IncomeTypeCode is null)
        {
            return null;
        }

        var rates = await db.Set<WithholdingTaxRate>().AsNoTracking().Where(r => r.IncomeTypeCode == voucher.IncomeTypeCode).ToListAsync(cancellationToken);
        var rate = rates.Where(r => r.AppliesOn(voucher.RequestedOn)).FirstOrDefault() ?? rates.OrderByDescending(r => r.EffectiveFrom).FirstOrDefault();
        return rate?.DisplayName(Thai) ?? voucher.IncomeTypeCode;
    }

    private void AddErrors(IEnumerable<VoucherError> errors)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(error.Field, Message(error));
        }
    }

    private string Message(VoucherError error) =>
        l[error.Key, [.. error.Args.Select(a => a is VoucherStatus s ? (object)l["Voucher.Status." + s].Value : a)]];

    private async Task<bool> IsAsync(string policy) => (await authorization.AuthorizeAsync(User, policy)).Succeeded;

    private DateOnly Today => ThaiDate.Today(clock);

    /// <summary>Today, or the last day of the fiscal year when it is over (vouchers of a past year are back-filled).</summary>
    private DateOnly DefaultDate(int fiscalYear)
    {
        var year = new FiscalYear(fiscalYear);
        return Today > year.End ? year.End : Today < year.Start ? year.Start : Today;
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
