using LocalGov.Data;
using LocalGov.Finance.Domain;
using LocalGov.Finance.Resources;
using LocalGov.SharedKernel.Time;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Finance.Areas.Finance.Features.Accounts;

/// <summary>
/// The chart of accounts in force in a fiscal year, grouped by type with its headers; administrators add and edit
/// accounts (retire one by setting its last year). Changes are audited by the SaveChanges interceptor.
/// </summary>
[Area("Finance")]
[Authorize(Policy = FinanceModule.ReadPolicy)]
internal sealed class AccountsController(LocalGovDbContext db, IAuthorizationService authorization, TimeProvider clock, IStringLocalizer<Strings> l) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(int? year, CancellationToken cancellationToken)
    {
        var current = FiscalYear.Current(clock).BuddhistYear;
        var fiscalYear = year is >= FiscalYear.MinBuddhistYear and <= FiscalYear.MaxBuddhistYear ? year.Value : current;
        var accounts = await db.Set<Account>().AsNoTracking()
            .Where(a => a.EffectiveFromYear <= fiscalYear && (a.EffectiveToYear == null || fiscalYear <= a.EffectiveToYear))
            .ToListAsync(cancellationToken);
        var byParent = accounts.ToLookup(a => a.ParentId);
        var ids = accounts.Select(a => a.Id).ToHashSet();
        var groups = new List<AccountGroup>();
        foreach (var type in Enum.GetValues<AccountType>())
        {
            var rows = new List<AccountRow>();
            void Walk(Account account, int depth)
            {
                rows.Add(new AccountRow(account, depth));
                foreach (var child in byParent[account.Id].OrderBy(a => a.SortOrder).ThenBy(a => a.Code))
                {
                    Walk(child, depth + 1);
                }
            }

            // Roots: no parent, or a parent not in force this year.
            foreach (var root in accounts.Where(a => a.Type == type && (a.ParentId is null || !ids.Contains(a.ParentId.Value))).OrderBy(a => a.SortOrder).ThenBy(a => a.Code))
            {
                Walk(root, 0);
            }

            groups.Add(new AccountGroup(type, rows));
        }

        var years = Enumerable.Range(current - 3, 5).OrderDescending().ToList();
        var canEdit = (await authorization.AuthorizeAsync(User, FinanceModule.ManageReferencePolicy)).Succeeded;
        return View(new AccountsViewModel(fiscalYear, [.. years.Append(fiscalYear).Distinct().OrderDescending()], groups, canEdit));
    }

    [HttpGet]
    [Authorize(Policy = FinanceModule.ManageReferencePolicy)]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        await FormViewAsync(new AccountForm { EffectiveFromYear = FiscalYear.Current(clock).BuddhistYear }, false, cancellationToken);

    [HttpPost]
    [Authorize(Policy = FinanceModule.ManageReferencePolicy)]
    public async Task<IActionResult> Create(AccountForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ModelState.Clear();
        form.Id = null;
        await ValidateAsync(form, null, cancellationToken);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await FormViewAsync(form, false, cancellationToken);
        }

        var maxOrder = await db.Set<Account>().MaxAsync(a => (int?)a.SortOrder, cancellationToken) ?? 0;
        var account = new Account
        {
            Code = form.Code!.Trim(),
            Type = form.Type!.Value,
            NameTh = form.NameTh!.Trim(),
            NameEn = form.NameEn!.Trim(),
            SortOrder = maxOrder + 10,
        };
        Apply(account, form);
        db.Set<Account>().Add(account);
        await db.SaveChangesAsync(cancellationToken);
        TempData.Flash(l["Books.Accounts.Saved", account.Code]);
        return RedirectToAction(nameof(Index), new { year = account.EffectiveFromYear });
    }

    [HttpGet]
    [Authorize(Policy = FinanceModule.ManageReferencePolicy)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var account = await db.Set<Account>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null)
        {
            return NotFound();
        }

        var form = new AccountForm
        {
            Id = account.Id,
            Code = account.Code,
            Type = account.Type,
            NameTh = account.NameTh,
            NameEn = account.NameEn,
            ParentId = account.ParentId,
            IsPostable = account.IsPostable,
            BudgetCategoryCode = account.BudgetCategoryCode,
            EffectiveFromYear = account.EffectiveFromYear,
            EffectiveToYear = account.EffectiveToYear,
            ConcurrencyStamp = account.ConcurrencyStamp,
        };
        return await FormViewAsync(form, await HasPostingsAsync(id, cancellationToken), cancellationToken);
    }

    [HttpPost]
    [Authorize(Policy = FinanceModule.ManageReferencePolicy)]
    public async Task<IActionResult> Edit(int id, AccountForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var account = await db.Set<Account>().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        form.Id = id;
        var hasPostings = await HasPostingsAsync(id, cancellationToken);
        if (hasPostings)
        {
            // Fixed once posted: whatever the form says, the code and type stay.
            form.Code = account.Code;
            form.Type = account.Type;
        }

        await ValidateAsync(form, account, cancellationToken);
        if (ModelState.IsValid)
        {
            db.Entry(account).Property(a => a.ConcurrencyStamp).OriginalValue = form.ConcurrencyStamp;
            account.Code = form.Code!.Trim();
            account.Type = form.Type!.Value;
            account.NameTh = form.NameTh!.Trim();
            account.NameEn = form.NameEn!.Trim();
            Apply(account, form);
            account.ConcurrencyStamp = Guid.NewGuid();
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                TempData.Flash(l["Books.Accounts.Saved", account.Code]);
                return RedirectToAction(nameof(Index), new { year = account.EffectiveFromYear > FiscalYear.Current(clock).BuddhistYear ? account.EffectiveFromYear : (int?)null });
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError("", l["Books.Stale"]);
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await FormViewAsync(form, hasPostings, cancellationToken);
    }

    private static void Apply(Account account, AccountForm form)
    {
        account.ParentId = form.ParentId;
        account.IsPostable = form.IsPostable;
        account.BudgetCategoryCode = string.IsNullOrWhiteSpace(form.BudgetCategoryCode) ? null : form.BudgetCategoryCode.Trim();
        account.EffectiveFromYear = form.EffectiveFromYear!.Value;
        account.EffectiveToYear = form.EffectiveToYear;
    }

    private async Task ValidateAsync(AccountForm form, Account? existing, CancellationToken cancellationToken)
    {
        var code = form.Code?.Trim() ?? "";
        if (code.Length != 10 || !code.All(char.IsAsciiDigit))
        {
            ModelState.AddModelError(nameof(AccountForm.Code), l["Books.Accounts.CodeFormat"]);
        }
        else if (form.Type is { } type && Enum.IsDefined(type) && code[0] - '0' != (int)type)
        {
            ModelState.AddModelError(nameof(AccountForm.Code), l["Books.Accounts.CodeType"]);
        }

        if (form.Type is not { } t || !Enum.IsDefined(t))
        {
            ModelState.AddModelError(nameof(AccountForm.Type), l["Books.Accounts.TypeRequired"]);
        }

        if (string.IsNullOrWhiteSpace(form.NameTh) || form.NameTh.Trim().Length > 300)
        {
            ModelState.AddModelError(nameof(AccountForm.NameTh), l["Books.Accounts.NameRequired"]);
        }

        if (string.IsNullOrWhiteSpace(form.NameEn) || form.NameEn.Trim().Length > 300)
        {
            ModelState.AddModelError(nameof(AccountForm.NameEn), l["Books.Accounts.NameRequired"]);
        }

        if (!string.IsNullOrWhiteSpace(form.BudgetCategoryCode) && (form.BudgetCategoryCode.Trim().Length != 6 || !form.BudgetCategoryCode.Trim().All(char.IsAsciiDigit)))
        {
            ModelState.AddModelError(nameof(AccountForm.BudgetCategoryCode), l["Books.Accounts.CategoryFormat"]);
        }

        if (form.EffectiveFromYear is not (>= FiscalYear.MinBuddhistYear and <= FiscalYear.MaxBuddhistYear))
        {
            ModelState.AddModelError(nameof(AccountForm.EffectiveFromYear), l["Books.Accounts.YearInvalid"]);
        }
        else if (form.EffectiveToYear is { } to && (to < form.EffectiveFromYear || to > FiscalYear.MaxBuddhistYear))
        {
            ModelState.AddModelError(nameof(AccountForm.EffectiveToYear), l["Books.Accounts.ToYearInvalid"]);
        }

        if (form.ParentId is { } parentId)
        {
            var parent = await db.Set<Account>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == parentId, cancellationToken);
            if (parent is null || parent.IsPostable || parent.Type != form.Type || parentId == existing?.Id)
            {
                ModelState.AddModelError(nameof(AccountForm.ParentId), l["Books.Accounts.ParentInvalid"]);
            }
        }

        if (ModelState.IsValid)
        {
            var from = form.EffectiveFromYear!.Value;
            var to = form.EffectiveToYear ?? int.MaxValue;
            var clash = await db.Set<Account>().AsNoTracking().AnyAsync(
                a => a.Code == code && a.Id != (existing == null ? 0 : existing.Id)
                    && a.EffectiveFromYear <= to && (a.EffectiveToYear == null || a.EffectiveToYear >= from),
                cancellationToken);
            if (clash)
            {
                ModelState.AddModelError(nameof(AccountForm.Code), l["Books.Accounts.CodeTaken"]);
            }
        }
    }

    private Task<bool> HasPostingsAsync(int accountId, CancellationToken cancellationToken) =>
        db.Set<JournalLine>().AnyAsync(x => x.AccountId == accountId, cancellationToken);

    private async Task<IActionResult> FormViewAsync(AccountForm form, bool hasPostings, CancellationToken cancellationToken)
    {
        var parents = await db.Set<Account>().AsNoTracking().Where(a => !a.IsPostable && a.Id != (form.Id ?? 0))
            .OrderBy(a => a.Code).ToListAsync(cancellationToken);
        return View("Edit", new AccountFormViewModel(form, hasPostings, parents));
    }
}
