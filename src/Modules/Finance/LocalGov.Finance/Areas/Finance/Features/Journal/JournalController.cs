using LocalGov.Data;
using LocalGov.Finance.Domain;
using LocalGov.Finance.Resources;
using LocalGov.Finance.Services;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Finance.Areas.Finance.Features.Journal;

/// <summary>
/// The journal of an LAO: the list with filters, an entry's details, manual entries, reversals and the Excel
/// back-fill. Everything posts through <see cref="LedgerService"/> inside one transaction per request; a refused
/// posting writes nothing and shows the ledger's reasons on the form's fields.
/// </summary>
[Area("Finance")]
[Authorize(Policy = FinanceModule.ReadPolicy)]
internal sealed class JournalController(
    LocalGovDbContext db,
    FinanceAccess access,
    LedgerService ledger,
    IAuthorizationService authorization,
    TimeProvider clock,
    IStringLocalizer<Strings> l) : Controller
{
    public const int PageSize = 50;

    public const long MaxFileBytes = 5 * 1024 * 1024;

    private const long MaxRequestBytes = MaxFileBytes + (256 * 1024);

    [HttpGet]
    public async Task<IActionResult> Index(int? year, int? period, JournalEntryKind? kind, string? q, string? account, int page, int? laoId, string? code, CancellationToken cancellationToken)
    {
        var choice = await access.ChooseLaoAsync(laoId, code, cancellationToken);
        if (choice.Lao is null)
        {
            return choice.NotFound ? NotFound() : View("LaoPicker", choice);
        }

        var lao = choice.Lao;
        var current = FiscalYear.Current(clock).BuddhistYear;
        var fiscalYear = year is >= FiscalYear.MinBuddhistYear and <= FiscalYear.MaxBuddhistYear ? year.Value : current;
        var filter = new JournalFilter(fiscalYear, period is >= 0 and <= 13 ? period : null, kind is { } k && Enum.IsDefined(k) ? k : null, q?.Trim(), account?.Trim());

        var query = db.Set<JournalEntry>().AsNoTracking().Where(e => e.LaoId == lao.Id && e.FiscalYear == fiscalYear);
        if (filter.Period is { } p)
        {
            query = query.Where(e => e.Period == p);
        }

        if (filter.Kind is { } entryKind)
        {
            query = query.Where(e => e.Kind == entryKind);
        }

        if (!string.IsNullOrEmpty(filter.Text))
        {
            var text = filter.Text;
            query = query.Where(e => e.EntryNo.Contains(text) || e.Description.Contains(text));
        }

        if (!string.IsNullOrEmpty(filter.Account))
        {
            var accountCode = filter.Account;
            var accountIds = db.Set<Account>().Where(a => a.Code == accountCode).Select(a => a.Id);
            query = query.Where(e => e.Lines.Any(x => accountIds.Contains(x.AccountId)));
        }

        var total = await query.CountAsync(cancellationToken);
        var (pageNo, pageCount) = Pager.Clamp(page, total, PageSize);
        var rows = await query.OrderByDescending(e => e.EntryDate).ThenByDescending(e => e.Id)
            .Skip((pageNo - 1) * PageSize).Take(PageSize)
            .Select(e => new JournalListRow(e.Id, e.EntryNo, e.EntryDate, e.Period, e.Kind, e.Description, e.TotalDebit, e.ReversedById != null, e.ReversalOfId != null))
            .ToListAsync(cancellationToken);
        var years = await db.Set<JournalEntry>().AsNoTracking().Where(e => e.LaoId == lao.Id).Select(e => e.FiscalYear).Distinct().ToListAsync(cancellationToken);
        years = [.. years.Append(current).Append(fiscalYear).Distinct().OrderDescending()];
        var pager = new Pager(pageNo, pageCount, n => Url.Action(nameof(Index), new { year = fiscalYear, period = filter.Period, kind = filter.Kind, q = filter.Text, account = filter.Account, page = n, laoId = access.OwnLaoId is null ? lao.Id : (int?)null }) ?? "");
        var canPost = access.OwnLaoId == lao.Id && (await authorization.AuthorizeAsync(User, FinanceModule.ManagePolicy)).Succeeded;
        return View(new JournalListViewModel(lao, filter, years, rows, total, pager, canPost));
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var entry = await db.Set<JournalEntry>().AsNoTracking().Include(e => e.Lines).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null || !await access.CanReadAsync(entry.LaoId, cancellationToken))
        {
            return NotFound();
        }

        var accountIds = entry.Lines.Select(x => x.AccountId).Distinct().ToList();
        var accounts = await db.Set<Account>().AsNoTracking().Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var bankIds = entry.Lines.Where(x => x.BankAccountId != null).Select(x => x.BankAccountId!.Value).Distinct().ToList();
        var banks = await db.Set<BankAccount>().AsNoTracking().Where(b => bankIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, cancellationToken);
        var thai = Thai;
        var lines = entry.Lines.OrderBy(x => x.LineNo).Select(x => new JournalLineView(
            x.LineNo,
            accounts[x.AccountId].Code,
            thai ? accounts[x.AccountId].NameTh : accounts[x.AccountId].NameEn,
            x.Debit,
            x.Credit,
            x.BudgetLineId,
            x.BankAccountId is { } b && banks.TryGetValue(b, out var bank) ? $"{bank.BankName} {bank.AccountNumber}" : null,
            x.Description)).ToList();
        var fund = await db.Set<Fund>().AsNoTracking().FirstAsync(f => f.Id == entry.FundId, cancellationToken);
        var links = await db.Set<JournalEntry>().AsNoTracking()
            .Where(e => e.Id == entry.ReversalOfId || e.Id == entry.ReversedById)
            .Select(e => new { e.Id, e.EntryNo }).ToListAsync(cancellationToken);
        (int, string)? Link(int? linkId) => links.FirstOrDefault(x => x.Id == linkId) is { } found ? (found.Id, found.EntryNo) : null;
        var lao = (await access.ChooseLaoAsync(entry.LaoId, null, cancellationToken)).Lao;
        var canReverse = entry.ReversedById is null && entry.ReversalOfId is null
            && entry.Kind is not (JournalEntryKind.Opening or JournalEntryKind.Closing)
            && access.OwnLaoId == entry.LaoId
            && (await authorization.AuthorizeAsync(User, FinanceModule.ManagePolicy)).Succeeded;
        return View(new JournalDetailsViewModel(entry, lao?.NameTh ?? "", thai ? fund.NameTh : fund.NameEn, lines, Link(entry.ReversalOfId), Link(entry.ReversedById), canReverse));
    }

    [HttpGet]
    [Authorize(Policy = FinanceModule.ManagePolicy)]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        if (access.OwnLaoId is not { } laoId || !await access.CanChangeAsync(laoId, cancellationToken))
        {
            return Forbid();
        }

        var form = new EntryForm { EntryDate = FormDate.Iso(ThaiDate.Today(clock)), FundCode = Fund.General };
        return await EntryViewAsync(form, cancellationToken);
    }

    [HttpPost]
    [Authorize(Policy = FinanceModule.ManagePolicy)]
    public async Task<IActionResult> Create(EntryForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (access.OwnLaoId is not { } laoId || !await access.CanChangeAsync(laoId, cancellationToken))
        {
            return Forbid();
        }

        ModelState.Clear();
        form.Lines ??= [];
        if (!FormDate.TryParse(form.EntryDate, out var date))
        {
            ModelState.AddModelError(nameof(EntryForm.EntryDate), l[string.IsNullOrWhiteSpace(form.EntryDate) ? "Books.DateRequired" : "Books.DateInvalid"]);
        }

        var lines = new List<JournalDraftLine>();
        var formIndex = new List<int>();
        for (var i = 0; i < form.Lines.Count && i < 200; i++)
        {
            var line = form.Lines[i];
            if (line is null || line.IsBlank)
            {
                continue;
            }

            var (debit, debitError) = EntryAmount.Parse(line.Debit);
            var (credit, creditError) = EntryAmount.Parse(line.Credit);
            if (debitError is not null)
            {
                ModelState.AddModelError($"Lines[{i}].Debit", l[debitError]);
            }

            if (creditError is not null)
            {
                ModelState.AddModelError($"Lines[{i}].Credit", l[creditError]);
            }

            if (line.AccountId is null)
            {
                ModelState.AddModelError($"Lines[{i}].AccountId", l["Books.AccountRequired"]);
            }

            lines.Add(new JournalDraftLine(line.AccountId ?? 0, debit, credit, Description: string.IsNullOrWhiteSpace(line.Description) ? null : line.Description));
            formIndex.Add(i);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await EntryViewAsync(form, cancellationToken);
        }

        var draft = new JournalDraft(laoId, date, form.Description ?? "", JournalEntryKind.Manual, lines, string.IsNullOrWhiteSpace(form.FundCode) ? Fund.General : form.FundCode);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await ledger.PostAsync(draft, cancellationToken);
        if (!result.Succeeded)
        {
            await tx.RollbackAsync(cancellationToken);
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(FormField(error.Field, formIndex), l[error.Code]);
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await EntryViewAsync(form, cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
        TempData.Flash(l["Books.Journal.Posted", result.Entry!.EntryNo]);
        return RedirectToAction(nameof(Details), new { id = result.Entry.Id });
    }

    [HttpGet]
    [Authorize(Policy = FinanceModule.ManagePolicy)]
    public async Task<IActionResult> Reverse(int id, CancellationToken cancellationToken)
    {
        var (entry, denied) = await FindChangeableAsync(id, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        var today = ThaiDate.Today(clock);
        var (todayYear, todayPeriod) = LedgerRules.PeriodOf(today, JournalEntryKind.Reversal);
        var date = await ledger.IsOpenAsync(entry!.LaoId, todayYear, todayPeriod, cancellationToken) ? today : entry.EntryDate;
        return View(new ReverseViewModel(entry, new ReverseForm { ReversalDate = FormDate.Iso(date) }));
    }

    [HttpPost]
    [Authorize(Policy = FinanceModule.ManagePolicy)]
    public async Task<IActionResult> Reverse(int id, ReverseForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (entry, denied) = await FindChangeableAsync(id, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        ModelState.Clear();
        if (!FormDate.TryParse(form.ReversalDate, out var date))
        {
            ModelState.AddModelError(nameof(ReverseForm.ReversalDate), l[string.IsNullOrWhiteSpace(form.ReversalDate) ? "Books.DateRequired" : "Books.DateInvalid"]);
        }

        if (string.IsNullOrWhiteSpace(form.Reason))
        {
            ModelState.AddModelError(nameof(ReverseForm.Reason), l["Ledger.ReasonRequired"]);
        }

        if (ModelState.IsValid)
        {
            await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
            PostingResult result;
            try
            {
                result = await ledger.ReverseAsync(entry!.Id, date, form.Reason!, cancellationToken);
            }
            catch (DbUpdateException)
            {
                // A concurrent reversal won the race (concurrency stamp or unique ReversalOfId).
                result = PostingResult.Fail(new LedgerError("", "Ledger.AlreadyReversed"));
            }

            if (result.Succeeded)
            {
                await tx.CommitAsync(cancellationToken);
                TempData.Flash(l["Books.Journal.Reversed", entry!.EntryNo, result.Entry!.EntryNo]);
                return RedirectToAction(nameof(Details), new { id = result.Entry.Id });
            }

            await tx.RollbackAsync(cancellationToken);
            foreach (var error in result.Errors)
            {
                var field = error.Field switch
                {
                    "EntryDate" => nameof(ReverseForm.ReversalDate),
                    "Reason" => nameof(ReverseForm.Reason),
                    _ => "",
                };
                ModelState.AddModelError(field, l[error.Code]);
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        db.ChangeTracker.Clear();
        var fresh = await db.Set<JournalEntry>().AsNoTracking().FirstAsync(e => e.Id == id, cancellationToken);
        return View(new ReverseViewModel(fresh, form));
    }

    [HttpGet]
    [Authorize(Policy = FinanceModule.ManagePolicy)]
    public IActionResult Import() => access.OwnLaoId is null ? Forbid() : View(new ImportViewModel([], null));

    [HttpGet]
    [Authorize(Policy = FinanceModule.ManagePolicy)]
    public IActionResult Template() => File(JournalImport.Template(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "journal-import.xlsx");

    [HttpPost]
    [Authorize(Policy = FinanceModule.ManagePolicy)]
    [UploadSizeGuard(MaxRequestBytes, typeof(Strings), "Books.Import.TooLarge")]
    [RequestSizeLimit(MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
    public async Task<IActionResult> Import(IFormFile? file, CancellationToken cancellationToken)
    {
        if (access.OwnLaoId is not { } laoId || !await access.CanChangeAsync(laoId, cancellationToken))
        {
            return Forbid();
        }

        ModelState.Clear();
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", l["Books.Import.FileRequired"]);
        }
        else if (file.Length > MaxFileBytes)
        {
            ModelState.AddModelError("file", l["Books.Import.TooLarge"]);
        }
        else if (!Path.GetExtension(file.FileName).Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError("file", l["Books.Import.NotXlsx"]);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new ImportViewModel([], null));
        }

        using var content = new MemoryStream();
        await file!.CopyToAsync(content, cancellationToken);
        content.Position = 0;
        var read = JournalImport.Read(content);
        if (read.Errors.Any(e => e.Row == 0))
        {
            return ImportFailed(read.Errors);
        }

        var accounts = await db.Set<Account>().AsNoTracking().Where(a => a.IsPostable)
            .Select(a => new { a.Id, a.Code, a.EffectiveFromYear, a.EffectiveToYear }).ToListAsync(cancellationToken);
        int? AccountIdFor(string accountCode, DateOnly date)
        {
            var fy = FiscalYear.Containing(date).BuddhistYear;
            return accounts.FirstOrDefault(a => a.Code == accountCode && a.EffectiveFromYear <= fy && (a.EffectiveToYear == null || fy <= a.EffectiveToYear))?.Id;
        }

        // Entries with a bad row are left out of the grouping (their balance would mislead); every problem is listed.
        var (entries, groupErrors) = JournalImport.Group(laoId, [.. read.Rows.Where(r => !read.RefsWithErrors.Contains(r.EntryRef))], AccountIdFor);
        if (read.Errors.Count > 0 || groupErrors.Count > 0)
        {
            return ImportFailed([.. read.Errors, .. groupErrors]);
        }

        var errors = new List<ImportError>();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var results = await ledger.PostAllAsync([.. entries.Select(e => e.Draft)], cancellationToken);
        foreach (var (entry, result) in entries.Zip(results))
        {
            foreach (var error in result.Errors)
            {
                var (row, column) = JournalImport.Locate(entry, error);
                errors.Add(new ImportError(row, column, error.Code));
            }
        }

        if (errors.Count > 0)
        {
            await tx.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return ImportFailed(errors);
        }

        await tx.CommitAsync(cancellationToken);
        TempData.Flash(l["Books.Import.Done", entries.Count]);
        return RedirectToAction(nameof(Index));
    }

    private ViewResult ImportFailed(IReadOnlyList<ImportError> errors)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Import), new ImportViewModel([.. errors.OrderBy(e => e.Row).ThenBy(e => e.Column, StringComparer.Ordinal)], null));
    }

    private bool Thai => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "th";

    /// <summary>The form field of a ledger error: a draft line's index is mapped back to the form row it came from.</summary>
    private static string FormField(string field, IReadOnlyList<int> formIndex)
    {
        if (field.StartsWith("Lines[", StringComparison.Ordinal))
        {
            var close = field.IndexOf(']', StringComparison.Ordinal);
            if (close > 6 && int.TryParse(field.AsSpan(6, close - 6), System.Globalization.CultureInfo.InvariantCulture, out var index) && index < formIndex.Count)
            {
                return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Lines[{formIndex[index]}]{field[(close + 1)..]}");
            }
        }

        return field == "FundCode" ? nameof(EntryForm.FundCode) : field;
    }

    private async Task<(JournalEntry? Entry, IActionResult? Denied)> FindChangeableAsync(int id, CancellationToken cancellationToken)
    {
        var entry = await db.Set<JournalEntry>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null || !await access.CanReadAsync(entry.LaoId, cancellationToken))
        {
            return (null, NotFound());
        }

        return await access.MayChangeAsync(entry.LaoId, cancellationToken) ? (entry, null) : (null, Forbid());
    }

    private async Task<IActionResult> EntryViewAsync(EntryForm form, CancellationToken cancellationToken)
    {
        while (form.Lines.Count < EntryForm.BlankRows)
        {
            form.Lines.Add(new EntryLineForm());
        }

        var year = FormDate.TryParse(form.EntryDate, out var date) ? FiscalYear.Containing(date).BuddhistYear : FiscalYear.Current(clock).BuddhistYear;
        var thai = Thai;
        var accounts = (await db.Set<Account>().AsNoTracking()
            .Where(a => a.IsPostable && a.EffectiveFromYear <= year && (a.EffectiveToYear == null || year <= a.EffectiveToYear))
            .OrderBy(a => a.Code).ToListAsync(cancellationToken))
            .Select(a => new SelectListItem(a.DisplayName(thai), a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var funds = (await db.Set<Fund>().AsNoTracking().OrderBy(f => f.SortOrder).ToListAsync(cancellationToken))
            .Select(f => new SelectListItem(thai ? f.NameTh : f.NameEn, f.Code)).ToList();
        var debit = Money.Sum(form.Lines.Select(x => EntryAmount.Parse(x.Debit).Amount));
        var credit = Money.Sum(form.Lines.Select(x => EntryAmount.Parse(x.Credit).Amount));
        return View("Create", new EntryFormViewModel(form, accounts, funds, debit, credit));
    }
}
