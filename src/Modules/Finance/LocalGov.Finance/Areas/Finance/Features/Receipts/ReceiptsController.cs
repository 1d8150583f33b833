using System.Globalization;
using LocalGov.Data;
using LocalGov.Finance.Domain;
using LocalGov.Finance.Reporting;
using LocalGov.Finance.Resources;
using LocalGov.Finance.Services;
using LocalGov.Finance.Services.Cash;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Time;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Finance.Areas.Finance.Features.Receipts;

/// <summary>
/// Money in: the day's (or month's) receipts — counter receipts issued here and Revenue's receipts as the ledger
/// holds them — counter receipts (issue, print, cancel), deposits of cash to the bank, and the daily cash report.
/// </summary>
[Area("Finance")]
[Authorize(Policy = FinanceModule.ReadPolicy)]
internal sealed class ReceiptsController(
    LocalGovDbContext db,
    FinanceAccess access,
    CounterReceipts receipts,
    CashBook book,
    DailyCashReport dailyCash,
    IOrganizationDirectory directory,
    IStringLocalizer<Strings> l,
    TimeProvider clock) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(int? laoId, string? code, DateOnly? date, bool month, CancellationToken cancellationToken)
    {
        var choice = await access.ChooseLaoAsync(laoId, code, cancellationToken);
        if (choice.Lao is null)
        {
            return choice.NotFound ? NotFound() : View("LaoPicker", choice);
        }

        var lao = choice.Lao;
        var day = date ?? ThaiDate.Today(clock);
        var (from, to) = month ? (new DateOnly(day.Year, day.Month, 1), new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1)) : (day, day);
        var counter = await db.Set<CounterReceipt>().AsNoTracking()
            .Where(r => r.LaoId == lao.Id && r.ReceivedOn >= from && r.ReceivedOn <= to)
            .Select(r => new ReceiptListRow("Counter", r.Id, r.JournalEntryId, r.ReceiptNo, r.ReceivedOn, r.PayerName, r.Total, r.Status == CounterReceiptStatus.Cancelled))
            .ToListAsync(cancellationToken);
        var revenue = await db.Set<JournalEntry>().AsNoTracking()
            .Where(e => e.LaoId == lao.Id && e.Kind == JournalEntryKind.Receipt && e.SourceModule == RevenueReceiptPosting.RevenueSourceModule && e.EntryDate >= from && e.EntryDate <= to)
            .Select(e => new ReceiptListRow("Revenue", null, e.Id, e.Description, e.EntryDate, "", e.TotalDebit, e.ReversedById != null))
            .ToListAsync(cancellationToken);
        var deposits = await db.Set<CashDeposit>().AsNoTracking()
            .Where(d => d.LaoId == lao.Id && d.DepositedOn >= from && d.DepositedOn <= to)
            .Join(db.Set<BankAccount>(), d => d.BankAccountId, b => b.Id, (d, b) => new DepositListRow(d.Id, d.DepositNo, d.DepositedOn, b.BankName + " " + b.AccountNumber, d.Amount))
            .ToListAsync(cancellationToken);
        var rows = counter.Concat(revenue).OrderBy(r => r.Date).ThenBy(r => r.Number, StringComparer.Ordinal).ToList();
        var canChange = access.OwnLaoId == lao.Id && User.IsInRole(LocalGov.SharedKernel.Security.Roles.LaoFinanceOfficer);
        return View(new ReceiptListViewModel(lao, day, month, rows, [.. deposits.OrderBy(d => d.Date).ThenBy(d => d.DepositNo, StringComparer.Ordinal)], canChange));
    }

    [HttpGet]
    [Authorize(Policy = FinanceModule.ManagePolicy)]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        if (await access.OwnLaoForChangeAsync(cancellationToken) is not { } lao)
        {
            return Forbid();
        }

        var form = new CounterReceiptForm { ReceivedOn = ThaiDate.Today(clock) };
        return View(await FormAsync(lao, form, cancellationToken));
    }

    [HttpPost]
    [Authorize(Policy = FinanceModule.ManagePolicy)]
    public async Task<IActionResult> Create(CounterReceiptForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await access.OwnLaoForChangeAsync(cancellationToken) is not { } lao)
        {
            return Forbid();
        }

        ModelState.Clear();
        if (form.ReceivedOn is null)
        {
            ModelState.AddModelError(nameof(form.ReceivedOn), l["Cash.Error.DateRequired"]);
        }

        var lines = new List<CounterReceiptDraftLine>();
        for (var i = 0; i < form.Lines.Count; i++)
        {
            var line = form.Lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            if (line.AccountId is null)
            {
                ModelState.AddModelError($"Lines[{i}].AccountId", l["Cash.Error.AccountRequired"]);
            }

            if (!AmountInput.TryParse(line.Amount, out var amount, out var error))
            {
                ModelState.AddModelError($"Lines[{i}].Amount", l[error!]);
            }

            lines.Add(new CounterReceiptDraftLine(line.AccountId ?? 0, amount, line.Description ?? ""));
        }

        if (ModelState.IsValid)
        {
            var result = await receipts.IssueAsync(
                new CounterReceiptDraft(lao.Id, form.ReceivedOn!.Value, form.PayerName ?? "", form.Method, form.BankAccountId, form.Reference, form.FundCode, lines),
                access.UserName,
                cancellationToken);
            if (result.Succeeded)
            {
                TempData.Flash(l["Cash.Receipt.Issued", result.Document!.ReceiptNo]);
                return RedirectToAction(nameof(Details), new { id = result.Document.Id });
            }

            AddErrors(result.Errors, nameof(form.ReceivedOn));
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(await FormAsync(lao, form, cancellationToken));
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var receipt = await db.Set<CounterReceipt>().AsNoTracking().Include(r => r.Lines).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (receipt is null || !await access.CanReadAsync(receipt.LaoId, cancellationToken) || await directory.FindLaoAsync(receipt.LaoId, cancellationToken) is not { } lao)
        {
            return NotFound();
        }

        var thai = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "th";
        var accountIds = receipt.Lines.Select(x => x.AccountId).ToList();
        var accounts = await db.Set<Account>().AsNoTracking().Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var bank = receipt.BankAccountId is null ? null : await db.Set<BankAccount>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == receipt.BankAccountId, cancellationToken);
        var entries = await db.Set<JournalEntry>().AsNoTracking().Where(e => e.Id == receipt.JournalEntryId || e.Id == receipt.ReversalEntryId)
            .ToDictionaryAsync(e => e.Id, e => e.EntryNo, cancellationToken);
        var canCancel = receipt.Status == CounterReceiptStatus.Issued && access.OwnLaoId == receipt.LaoId && User.IsInRole(LocalGov.SharedKernel.Security.Roles.LaoFinanceOfficer);
        return View(new ReceiptDetailsViewModel(
            receipt,
            lao,
            [.. receipt.Lines.OrderBy(x => x.LineNo).Select(x => new ReceiptLineView(accounts[x.AccountId].DisplayName(thai), x.Description, x.Amount))],
            bank is null ? null : $"{bank.BankName} {bank.AccountNumber}",
            entries.GetValueOrDefault(receipt.JournalEntryId, ""),
            receipt.ReversalEntryId is { } r ? entries.GetValueOrDefault(r) : null,
            canCancel));
    }

    [HttpGet]
    [Authorize(Policy = FinanceModule.ManagePolicy)]
    public async Task<IActionResult> Cancel(int id, CancellationToken cancellationToken)
    {
        var (receipt, denied) = await ChangeableAsync(id, cancellationToken);
        return denied ?? View(receipt);
    }

    [HttpPost]
    [Authorize(Policy = FinanceModule.ManagePolicy)]
    [ActionName(nameof(Cancel))]
    public async Task<IActionResult> CancelPost(int id, string? reason, CancellationToken cancellationToken)
    {
        var (receipt, denied) = await ChangeableAsync(id, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        var result = await receipts.CancelAsync(id, reason ?? "", access.UserName, cancellationToken);
        if (result.Succeeded)
        {
            TempData.Flash(l["Cash.Receipt.Cancelled", receipt!.ReceiptNo]);
            return RedirectToAction(nameof(Details), new { id });
        }

        ModelState.Clear();
        AddErrors(result.Errors, "Reason");
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(receipt);
    }

    [HttpGet]
    [Authorize(Policy = FinanceModule.ManagePolicy)]
    public async Task<IActionResult> Deposit(CancellationToken cancellationToken)
    {
        if (await access.OwnLaoForChangeAsync(cancellationToken) is not { } lao)
        {
            return Forbid();
        }

        return View(await DepositFormAsync(lao, new DepositForm { DepositedOn = ThaiDate.Today(clock) }, cancellationToken));
    }

    [HttpPost]
    [Authorize(Policy = FinanceModule.ManagePolicy)]
    public async Task<IActionResult> Deposit(DepositForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await access.OwnLaoForChangeAsync(cancellationToken) is not { } lao)
        {
            return Forbid();
        }

        ModelState.Clear();
        if (form.DepositedOn is null)
        {
            ModelState.AddModelError(nameof(form.DepositedOn), l["Cash.Error.DateRequired"]);
        }

        if (form.BankAccountId is null)
        {
            ModelState.AddModelError(nameof(form.BankAccountId), l["Cash.Error.BankAccountRequired"]);
        }

        if (!AmountInput.TryParse(form.Amount, out var amount, out var error))
        {
            ModelState.AddModelError(nameof(form.Amount), l[error!]);
        }

        if (ModelState.IsValid)
        {
            var result = await receipts.DepositAsync(new DepositDraft(lao.Id, form.DepositedOn!.Value, form.BankAccountId!.Value, amount, form.Reference), access.UserName, cancellationToken);
            if (result.Succeeded)
            {
                TempData.Flash(l["Cash.Deposit.Saved", result.Document!.DepositNo]);
                return RedirectToAction(nameof(Index), new { date = result.Document.DepositedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
            }

            AddErrors(result.Errors, nameof(form.DepositedOn));
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(await DepositFormAsync(lao, form, cancellationToken));
    }

    /// <summary>รายงานเงินคงเหลือประจำวัน on screen, in print layout (print=1) or as Excel (format=xlsx).</summary>
    [HttpGet]
    public async Task<IActionResult> DailyCash(int? laoId, string? code, DateOnly? date, int? print, string? format, CancellationToken cancellationToken)
    {
        var choice = await access.ChooseLaoAsync(laoId, code, cancellationToken);
        if (choice.Lao is null)
        {
            return choice.NotFound ? NotFound() : View("LaoPicker", choice);
        }

        var day = date ?? ThaiDate.Today(clock);
        var doc = await dailyCash.BuildAsync(choice.Lao, day, cancellationToken);
        if (string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return File(ReportExcel.Write(doc), ReportExcel.ContentType, string.Create(CultureInfo.InvariantCulture, $"daily-cash-{day:yyyy-MM-dd}.xlsx"));
        }

        ViewData["Print"] = print == 1;
        ViewData["ReportFilter"] = "_DailyCashFilter";
        ViewData["ReportRoute"] = new Dictionary<string, string>
        {
            ["laoId"] = choice.Lao.Id.ToString(CultureInfo.InvariantCulture),
            ["date"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        ViewData["ReportDate"] = day;
        ViewData["ReportLaoId"] = choice.Lao.Id;
        return View("Report", doc);
    }

    private async Task<(CounterReceipt? Receipt, IActionResult? Denied)> ChangeableAsync(int id, CancellationToken cancellationToken)
    {
        var receipt = await db.Set<CounterReceipt>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (receipt is null)
        {
            return (null, NotFound());
        }

        return await access.MayChangeAsync(receipt.LaoId, cancellationToken) ? (receipt, null) : (null, Forbid());
    }

    private void AddErrors(IEnumerable<CashError> errors, string dateField)
    {
        foreach (var e in errors)
        {
            var field = e.Field == "Date" ? dateField : e.Field;
            ModelState.AddModelError(field, l[e.Code, e.Arguments]);
        }
    }

    private async Task<CounterReceiptFormViewModel> FormAsync(LaoDto lao, CounterReceiptForm form, CancellationToken cancellationToken)
    {
        while (form.Lines.Count < CounterReceiptForm.LineSlots)
        {
            form.Lines.Add(new CounterReceiptFormLine());
        }

        var thai = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "th";
        var year = FiscalYear.Containing(form.ReceivedOn ?? ThaiDate.Today(clock)).BuddhistYear;
        var accounts = await receipts.CreditableAccountsAsync(year, cancellationToken);
        var funds = await db.Set<Fund>().AsNoTracking().OrderBy(f => f.SortOrder).ToListAsync(cancellationToken);
        return new CounterReceiptFormViewModel(
            lao,
            form,
            [.. accounts.Select(a => new AccountOption(a.Id, a.DisplayName(thai), a.Type == AccountType.Revenue))],
            await BankOptionsAsync(lao.Id, cancellationToken),
            funds);
    }

    private async Task<DepositFormViewModel> DepositFormAsync(LaoDto lao, DepositForm form, CancellationToken cancellationToken)
    {
        var today = ThaiDate.Today(clock);
        var onHand = await book.CashBalanceAsync(lao.Id, form.DepositedOn ?? today, cancellationToken);
        return new DepositFormViewModel(lao, form, await BankOptionsAsync(lao.Id, cancellationToken), onHand, today);
    }

    private async Task<List<BankOption>> BankOptionsAsync(int laoId, CancellationToken cancellationToken) =>
        [.. (await book.BankAccountsAsync(laoId, activeOnly: true, cancellationToken)).Select(b => new BankOption(b.Id, $"{b.BankName} {b.AccountNumber} – {b.AccountName}"))];
}
