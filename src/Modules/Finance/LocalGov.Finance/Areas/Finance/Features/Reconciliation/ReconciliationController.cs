using LocalGov.Data;
using LocalGov.Finance.Domain;
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

namespace LocalGov.Finance.Areas.Finance.Features.Reconciliation;

internal sealed record ReconciliationPageModel(
    LaoDto Lao,
    IReadOnlyList<BankAccount> Banks,
    int? BankAccountId,
    int FiscalYear,
    int Period,
    ReconciliationView? View,
    IReadOnlyList<ReconLedgerLine> Candidates,
    IReadOnlyList<StatementParseError> ImportErrors,
    bool CanChange)
{
    public DateOnly MonthStart => new FiscalYear(FiscalYear).Start.AddMonths(Period - 1);
}

/// <summary>
/// Bank reconciliation (งบกระทบยอดเงินฝากธนาคาร): choose a bank account and a month, import the bank's statement
/// (CSV or Excel), review the automatic pairs, match or unmatch by hand, and mark the month reconciled when the
/// balance per bank and the balance per books agree after the outstanding items.
/// </summary>
[Area("Finance")]
[Authorize(Policy = FinanceModule.ReadPolicy)]
internal sealed class ReconciliationController(
    LocalGovDbContext db,
    FinanceAccess access,
    Services.Cash.Reconciliation reconciliation,
    CashBook book,
    IStringLocalizer<Strings> l,
    TimeProvider clock) : Controller
{
    /// <summary>Largest statement file accepted.</summary>
    public const long MaxFileBytes = 5 * 1024 * 1024;

    private const long MaxRequestBytes = MaxFileBytes + (256 * 1024);

    [HttpGet]
    public async Task<IActionResult> Index(int? laoId, string? code, int? bankAccountId, int? fiscalYear, int? period, CancellationToken cancellationToken)
    {
        var choice = await access.ChooseLaoAsync(laoId, code, cancellationToken);
        if (choice.Lao is null)
        {
            return choice.NotFound ? NotFound() : View("LaoPicker", choice);
        }

        return View(await PageAsync(choice.Lao, bankAccountId, fiscalYear, period, [], cancellationToken));
    }

    [HttpPost]
    [Authorize(Policy = FinanceModule.ManagePolicy)]
    [UploadSizeGuard(MaxRequestBytes, typeof(Strings), "Recon.Import.TooLarge")]
    [RequestSizeLimit(MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
    public async Task<IActionResult> Import(int bankAccountId, int fiscalYear, int period, IFormFile? file, CancellationToken cancellationToken)
    {
        if (await access.OwnLaoForChangeAsync(cancellationToken) is not { } lao)
        {
            return Forbid();
        }

        var bank = await db.Set<BankAccount>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == bankAccountId, cancellationToken);
        if (bank is null || bank.LaoId != lao.Id)
        {
            return Forbid();
        }

        if (fiscalYear is < LocalGov.SharedKernel.Time.FiscalYear.MinBuddhistYear or > LocalGov.SharedKernel.Time.FiscalYear.MaxBuddhistYear || period is < 1 or > 12)
        {
            return BadRequest();
        }

        ModelState.Clear();
        var errors = new List<StatementParseError>();
        var extension = Path.GetExtension(file?.FileName ?? "");
        if (file is null || file.Length == 0)
        {
            errors.Add(new StatementParseError(0, "", "Recon.Import.FileRequired"));
        }
        else if (file.Length > MaxFileBytes)
        {
            errors.Add(new StatementParseError(0, "", "Recon.Import.TooLarge"));
        }
        else if (!extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new StatementParseError(0, "", "Recon.Import.WrongType"));
        }

        if (errors.Count == 0)
        {
            using var content = new MemoryStream();
            await file!.CopyToAsync(content, cancellationToken);
            content.Position = 0;
            var monthStart = new FiscalYear(fiscalYear).Start.AddMonths(period - 1);
            var outcome = await reconciliation.ImportAsync(lao.Id, bank.Id, monthStart, content, file.FileName, access.UserName, cancellationToken);
            if (outcome.Statement is not null)
            {
                TempData.Flash(l["Recon.Import.Done", outcome.Statement.Lines.Count, outcome.Matched]);
                return RedirectToAction(nameof(Index), new { bankAccountId, fiscalYear, period });
            }

            errors.AddRange(outcome.Errors);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Index), await PageAsync(lao, bankAccountId, fiscalYear, period, errors, cancellationToken));
    }

    [HttpPost]
    [Authorize(Policy = FinanceModule.ManagePolicy)]
    public async Task<IActionResult> AutoMatch(int statementId, CancellationToken cancellationToken)
    {
        var (statement, denied) = await ChangeableAsync(statementId, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        var matched = await reconciliation.AutoMatchAsync(statementId, cancellationToken);
        TempData.Flash(matched is null ? l["Recon.Error.AlreadyReconciled"] : l["Recon.AutoMatch.Done", matched.Value], matched is null ? FlashKind.Danger : FlashKind.Success);
        return Back(statement!);
    }

    [HttpPost]
    [Authorize(Policy = FinanceModule.ManagePolicy)]
    public async Task<IActionResult> Match(int statementId, int statementLineId, long? journalLineId, CancellationToken cancellationToken)
    {
        var (statement, denied) = await ChangeableAsync(statementId, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        var error = journalLineId is null
            ? "Recon.Error.LedgerLineNotFound"
            : await db.Set<BankStatementLine>().AnyAsync(x => x.Id == statementLineId && x.StatementId == statementId, cancellationToken)
                ? await reconciliation.MatchAsync(statementLineId, journalLineId.Value, cancellationToken)
                : "Recon.Error.LineNotFound";
        TempData.Flash(error is null ? l["Recon.Match.Done"] : l[error], error is null ? FlashKind.Success : FlashKind.Danger);
        return Back(statement!);
    }

    [HttpPost]
    [Authorize(Policy = FinanceModule.ManagePolicy)]
    public async Task<IActionResult> Unmatch(int statementId, int statementLineId, CancellationToken cancellationToken)
    {
        var (statement, denied) = await ChangeableAsync(statementId, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        var error = await db.Set<BankStatementLine>().AnyAsync(x => x.Id == statementLineId && x.StatementId == statementId, cancellationToken)
            ? await reconciliation.UnmatchAsync(statementLineId, cancellationToken)
            : "Recon.Error.LineNotFound";
        TempData.Flash(error is null ? l["Recon.Unmatch.Done"] : l[error], error is null ? FlashKind.Success : FlashKind.Danger);
        return Back(statement!);
    }

    [HttpPost]
    [Authorize(Policy = FinanceModule.ManagePolicy)]
    public async Task<IActionResult> Reconcile(int statementId, CancellationToken cancellationToken)
    {
        var (statement, denied) = await ChangeableAsync(statementId, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        var error = await reconciliation.MarkReconciledAsync(statementId, access.UserName, cancellationToken);
        TempData.Flash(error is null ? l["Recon.Reconciled.Done"] : l[error], error is null ? FlashKind.Success : FlashKind.Danger);
        return Back(statement!);
    }

    private IActionResult Back(BankStatement statement)
    {
        var year = LocalGov.SharedKernel.Time.FiscalYear.Containing(statement.MonthStart);
        return RedirectToAction(nameof(Index), new { bankAccountId = statement.BankAccountId, fiscalYear = year.BuddhistYear, period = year.MonthIndexOf(statement.MonthStart) });
    }

    private async Task<(BankStatement? Statement, IActionResult? Denied)> ChangeableAsync(int statementId, CancellationToken cancellationToken)
    {
        var statement = await db.Set<BankStatement>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == statementId, cancellationToken);
        if (statement is null)
        {
            return (null, NotFound());
        }

        return await access.MayChangeAsync(statement.LaoId, cancellationToken) ? (statement, null) : (null, Forbid());
    }

    private async Task<ReconciliationPageModel> PageAsync(LaoDto lao, int? bankAccountId, int? fiscalYear, int? period, IReadOnlyList<StatementParseError> errors, CancellationToken cancellationToken)
    {
        var banks = await book.BankAccountsAsync(lao.Id, activeOnly: false, cancellationToken);
        var bank = banks.FirstOrDefault(b => b.Id == bankAccountId) ?? banks.FirstOrDefault(b => b.IsActive) ?? banks.FirstOrDefault();
        var today = ThaiDate.Today(clock);
        var current = LocalGov.SharedKernel.Time.FiscalYear.Containing(today);
        var year = fiscalYear is >= LocalGov.SharedKernel.Time.FiscalYear.MinBuddhistYear and <= LocalGov.SharedKernel.Time.FiscalYear.MaxBuddhistYear ? fiscalYear.Value : current.BuddhistYear;
        var month = period is >= 1 and <= 12 ? period.Value : (year == current.BuddhistYear ? current.MonthIndexOf(today) : 12);
        ReconciliationView? view = null;
        IReadOnlyList<ReconLedgerLine> candidates = [];
        if (bank is not null)
        {
            var monthStart = new FiscalYear(year).Start.AddMonths(month - 1);
            var statementId = await db.Set<BankStatement>().AsNoTracking().Where(s => s.BankAccountId == bank.Id && s.MonthStart == monthStart)
                .Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
            if (statementId is { } id)
            {
                view = await reconciliation.ViewAsync(id, tracked: false, cancellationToken);
                candidates = [.. view!.DepositsInTransit.Concat(view.OutstandingCheques).OrderBy(c => c.Date).ThenBy(c => c.Id)];
            }
        }

        var canChange = access.OwnLaoId == lao.Id && User.IsInRole(LocalGov.SharedKernel.Security.Roles.LaoFinanceOfficer);
        return new ReconciliationPageModel(lao, banks, bank?.Id, year, month, view, candidates, errors, canChange);
    }
}
