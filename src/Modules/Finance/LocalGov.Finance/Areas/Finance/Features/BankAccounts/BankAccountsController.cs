using LocalGov.Data;
using LocalGov.Finance.Domain;
using LocalGov.Finance.Resources;
using LocalGov.Finance.Services;
using LocalGov.SharedKernel.Time;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Finance.Areas.Finance.Features.BankAccounts;

/// <summary>
/// The LAO's bank accounts; finance staff add, edit and deactivate them. Each posts to a bank-deposit ledger
/// account (a postable asset account whose code starts 110102).
/// </summary>
[Area("Finance")]
[Authorize(Policy = FinanceModule.ReadPolicy)]
internal sealed class BankAccountsController(
    LocalGovDbContext db,
    FinanceAccess access,
    IAuthorizationService authorization,
    TimeProvider clock,
    IStringLocalizer<Strings> l) : Controller
{
    /// <summary>The chart's group of bank deposits (เงินฝากธนาคาร).</summary>
    public const string BankDepositPrefix = "110102";

    [HttpGet]
    public async Task<IActionResult> Index(int? laoId, string? code, CancellationToken cancellationToken)
    {
        var choice = await access.ChooseLaoAsync(laoId, code, cancellationToken);
        if (choice.Lao is null)
        {
            return choice.NotFound ? NotFound() : View("LaoPicker", choice);
        }

        var lao = choice.Lao;
        var banks = await db.Set<BankAccount>().AsNoTracking().Where(b => b.LaoId == lao.Id)
            .OrderByDescending(b => b.IsActive).ThenBy(b => b.BankName).ThenBy(b => b.AccountNumber).ToListAsync(cancellationToken);
        var ledgerIds = banks.Select(b => b.LedgerAccountId).Distinct().ToList();
        var ledgers = await db.Set<Account>().AsNoTracking().Where(a => ledgerIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var canManage = access.OwnLaoId == lao.Id && (await authorization.AuthorizeAsync(User, FinanceModule.ManagePolicy)).Succeeded;
        return View(new BankAccountsViewModel(lao, [.. banks.Select(b => new BankAccountRow(b, $"{ledgers[b.LedgerAccountId].Code} {ledgers[b.LedgerAccountId].NameTh}"))], canManage));
    }

    [HttpGet]
    [Authorize(Policy = FinanceModule.ManagePolicy)]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        if (access.OwnLaoId is not { } laoId || !await access.CanChangeAsync(laoId, cancellationToken))
        {
            return Forbid();
        }

        return await FormViewAsync(new BankAccountForm { Kind = BankAccountKind.Current }, cancellationToken);
    }

    [HttpPost]
    [Authorize(Policy = FinanceModule.ManagePolicy)]
    public async Task<IActionResult> Create(BankAccountForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (access.OwnLaoId is not { } laoId || !await access.CanChangeAsync(laoId, cancellationToken))
        {
            return Forbid();
        }

        ModelState.Clear();
        form.Id = null;
        await ValidateAsync(laoId, form, cancellationToken);
        if (ModelState.IsValid)
        {
            var bank = new BankAccount { LaoId = laoId, BankName = "", AccountNumber = "", AccountName = "" };
            Apply(bank, form);
            db.Set<BankAccount>().Add(bank);
            if (await TrySaveAsync(cancellationToken))
            {
                TempData.Flash(l["Books.Banks.Saved", bank.AccountNumber]);
                return RedirectToAction(nameof(Index));
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await FormViewAsync(form, cancellationToken);
    }

    [HttpGet]
    [Authorize(Policy = FinanceModule.ManagePolicy)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var (bank, denied) = await FindChangeableAsync(id, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        return await FormViewAsync(
            new BankAccountForm
            {
                Id = bank!.Id,
                BankName = bank.BankName,
                Branch = bank.Branch,
                AccountNumber = bank.AccountNumber,
                AccountName = bank.AccountName,
                Kind = bank.Kind,
                LedgerAccountId = bank.LedgerAccountId,
                IsActive = bank.IsActive,
                ConcurrencyStamp = bank.ConcurrencyStamp,
            },
            cancellationToken);
    }

    [HttpPost]
    [Authorize(Policy = FinanceModule.ManagePolicy)]
    public async Task<IActionResult> Edit(int id, BankAccountForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (bank, denied) = await FindChangeableAsync(id, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        ModelState.Clear();
        form.Id = id;
        await ValidateAsync(bank!.LaoId, form, cancellationToken);
        if (ModelState.IsValid)
        {
            db.Entry(bank).Property(b => b.ConcurrencyStamp).OriginalValue = form.ConcurrencyStamp;
            Apply(bank, form);
            bank.ConcurrencyStamp = Guid.NewGuid();
            if (await TrySaveAsync(cancellationToken))
            {
                TempData.Flash(l["Books.Banks.Saved", bank.AccountNumber]);
                return RedirectToAction(nameof(Index));
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await FormViewAsync(form, cancellationToken);
    }

    private async Task<bool> TrySaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", l["Books.Stale"]);
        }
        catch (DbUpdateException)
        {
            // The unique (LaoId, AccountNumber) index: a concurrent add of the same number.
            ModelState.AddModelError(nameof(BankAccountForm.AccountNumber), l["Books.Banks.NumberTaken"]);
        }

        return false;
    }

    private static void Apply(BankAccount bank, BankAccountForm form)
    {
        bank.BankName = form.BankName!.Trim();
        bank.Branch = string.IsNullOrWhiteSpace(form.Branch) ? null : form.Branch.Trim();
        bank.AccountNumber = form.AccountNumber!.Trim();
        bank.AccountName = form.AccountName!.Trim();
        bank.Kind = form.Kind!.Value;
        bank.LedgerAccountId = form.LedgerAccountId!.Value;
        bank.IsActive = form.IsActive;
    }

    private async Task ValidateAsync(int laoId, BankAccountForm form, CancellationToken cancellationToken)
    {
        void Required(string? value, string field, int max)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                ModelState.AddModelError(field, l["Books.Required"]);
            }
            else if (value.Trim().Length > max)
            {
                ModelState.AddModelError(field, l["Books.TooLong", max]);
            }
        }

        Required(form.BankName, nameof(BankAccountForm.BankName), 200);
        Required(form.AccountName, nameof(BankAccountForm.AccountName), 300);
        if (form.Branch?.Trim().Length > 200)
        {
            ModelState.AddModelError(nameof(BankAccountForm.Branch), l["Books.TooLong", 200]);
        }

        var number = form.AccountNumber?.Trim() ?? "";
        if (number.Length == 0 || number.Length > 30 || !number.All(c => char.IsAsciiDigit(c) || c == '-'))
        {
            ModelState.AddModelError(nameof(BankAccountForm.AccountNumber), l["Books.Banks.NumberFormat"]);
        }
        else if (await db.Set<BankAccount>().AnyAsync(b => b.LaoId == laoId && b.AccountNumber == number && b.Id != (form.Id ?? 0), cancellationToken))
        {
            ModelState.AddModelError(nameof(BankAccountForm.AccountNumber), l["Books.Banks.NumberTaken"]);
        }

        if (form.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            ModelState.AddModelError(nameof(BankAccountForm.Kind), l["Books.Required"]);
        }

        var ledgerIds = (await LedgerAccountsAsync(cancellationToken)).Select(a => a.Id);
        if (form.LedgerAccountId is not { } ledgerId || !ledgerIds.Contains(ledgerId))
        {
            ModelState.AddModelError(nameof(BankAccountForm.LedgerAccountId), l["Books.Banks.LedgerInvalid"]);
        }
    }

    /// <summary>Postable asset accounts of the bank-deposit group in force this year.</summary>
    private async Task<List<Account>> LedgerAccountsAsync(CancellationToken cancellationToken)
    {
        var year = FiscalYear.Current(clock).BuddhistYear;
        return await db.Set<Account>().AsNoTracking()
            .Where(a => a.IsPostable && a.Type == AccountType.Asset && a.Code.StartsWith(BankDepositPrefix)
                && a.EffectiveFromYear <= year && (a.EffectiveToYear == null || year <= a.EffectiveToYear))
            .OrderBy(a => a.Code).ToListAsync(cancellationToken);
    }

    private async Task<(BankAccount? Bank, IActionResult? Denied)> FindChangeableAsync(int id, CancellationToken cancellationToken)
    {
        var bank = await db.Set<BankAccount>().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (bank is null || !await access.CanReadAsync(bank.LaoId, cancellationToken))
        {
            return (null, NotFound());
        }

        return await access.MayChangeAsync(bank.LaoId, cancellationToken) ? (bank, null) : (null, Forbid());
    }

    private async Task<IActionResult> FormViewAsync(BankAccountForm form, CancellationToken cancellationToken) =>
        View("Edit", new BankAccountFormViewModel(form, await LedgerAccountsAsync(cancellationToken)));
}
