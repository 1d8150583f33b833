using System.Globalization;
using LocalGov.Data;
using LocalGov.Finance.Domain;
using LocalGov.Finance.Reporting;
using LocalGov.Finance.Services;
using LocalGov.Finance.Services.Reports;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Time;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace LocalGov.Finance.Areas.Finance.Features.Reports;

/// <summary>The query string every report reads.</summary>
internal sealed class ReportQuery
{
    public int? LaoId { get; set; }
    public string? Code { get; set; }
    public int? Year { get; set; }

    /// <summary>Month of the fiscal year (1 = October … 12 = September); empty or 0 = the whole year.</summary>
    public int? Month { get; set; }

    public bool AfterClosing { get; set; }
    public int? Print { get; set; }
    public string? Format { get; set; }
    public int? AccountId { get; set; }
    public int? Page { get; set; }

    public bool IsPrint => Print == 1;

    public bool IsExcel => string.Equals(Format, "xlsx", StringComparison.OrdinalIgnoreCase);
}

/// <summary>The report filter form's state (fiscal year, month, options), shown by _ReportFilter.</summary>
internal sealed record ReportFilterModel(
    string Action,
    int LaoId,
    bool ChosenLao,
    ReportPeriod Period,
    IReadOnlyList<int> Years,
    bool ShowAfterClosing,
    IReadOnlyList<Account>? Accounts = null,
    int? AccountId = null);

internal sealed record ReportIndexViewModel(LaoDto Lao, bool ChosenLao, ReportPeriod Period);

/// <summary>
/// The Finance reports: trial balance, general ledger and account detail, revenue and expenditure, balance sheet,
/// budget execution and cash flow, for a month of the fiscal year or the whole year. Each is built once as a
/// ReportDocument and returned on screen, in print layout (print=1) or as Excel (format=xlsx).
/// </summary>
[Area("Finance")]
[Authorize(Policy = FinanceModule.ReadPolicy)]
internal sealed class ReportsController(FinanceAccess access, ReportText text, TimeProvider clock) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] ReportQuery query, CancellationToken cancellationToken)
    {
        var (lao, result) = await ChooseAsync(query, cancellationToken);
        return lao is null ? result! : View(new ReportIndexViewModel(lao, access.OwnLaoId is null, PeriodOf(query)));
    }

    [HttpGet]
    public Task<IActionResult> TrialBalance([FromQuery] ReportQuery query, [FromServices] TrialBalanceReport report, CancellationToken cancellationToken) =>
        RenderAsync(query, nameof(TrialBalance), "trial-balance", true, async (lao, period) =>
        {
            var doc = await report.BuildAsync(lao, period, a => DetailUrl(lao, period, a, query), cancellationToken);
            if (doc.Notes.Contains(text["Rep.TB.Unbalanced"]))
            {
                ViewData["ReportWarning"] = text["Rep.TB.Unbalanced"];
            }

            return doc;
        }, cancellationToken);

    [HttpGet]
    public Task<IActionResult> GeneralLedger([FromQuery] ReportQuery query, [FromServices] GeneralLedgerReport report, CancellationToken cancellationToken) =>
        RenderAsync(query, nameof(GeneralLedger), "general-ledger", true,
            (lao, period) => report.BuildAsync(lao, period, a => DetailUrl(lao, period, a, query), cancellationToken), cancellationToken);

    [HttpGet]
    public async Task<IActionResult> AccountDetail(
        [FromQuery] ReportQuery query, [FromServices] AccountDetailReport report, [FromServices] LocalGovDbContext db, CancellationToken cancellationToken)
    {
        var (lao, result) = await ChooseAsync(query, cancellationToken);
        if (lao is null)
        {
            return result!;
        }

        var period = PeriodOf(query);
        if (query.AccountId is not { } accountId)
        {
            return RedirectToAction(nameof(GeneralLedger), RouteOf(lao, period, query));
        }

        var export = query.IsPrint || query.IsExcel;
        var page = await report.BuildAsync(lao, period, accountId, export ? 0 : Math.Max(1, query.Page ?? 1),
            id => Url.Action("Details", "Journal", new { area = "Finance", id })!, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        var chart = await ReportChart.LoadAsync(db, period.FiscalYear, cancellationToken);
        if (!export && page.PageCount > 1)
        {
            var route = RouteOf(lao, period, query);
            ViewData["ReportPager"] = new Pager(page.Page, page.PageCount, p => Url.Action(nameof(AccountDetail), With(route, "page", p.ToString(CultureInfo.InvariantCulture)))!);
        }

        return Render(query, lao, period, nameof(AccountDetail), $"account-{page.Account.Code}", false, page.Document, chart.Postable, accountId);
    }

    [HttpGet]
    public Task<IActionResult> RevenueExpenditure([FromQuery] ReportQuery query, [FromServices] RevenueExpenditureReport report, CancellationToken cancellationToken) =>
        RenderAsync(query, nameof(RevenueExpenditure), "revenue-expenditure", false,
            (lao, period) => report.BuildAsync(lao, period, a => DetailUrl(lao, period, a, query), cancellationToken), cancellationToken);

    [HttpGet]
    public Task<IActionResult> BalanceSheet([FromQuery] ReportQuery query, [FromServices] BalanceSheetReport report, CancellationToken cancellationToken) =>
        RenderAsync(query, nameof(BalanceSheet), "balance-sheet", true,
            (lao, period) => report.BuildAsync(lao, period, a => DetailUrl(lao, period, a, query), cancellationToken), cancellationToken);

    [HttpGet]
    public Task<IActionResult> BudgetExecution([FromQuery] ReportQuery query, [FromServices] BudgetExecutionReport report, CancellationToken cancellationToken) =>
        RenderAsync(query, nameof(BudgetExecution), "budget-execution", false, (lao, period) => report.BuildAsync(lao, period, cancellationToken), cancellationToken);

    [HttpGet]
    public Task<IActionResult> CashFlow([FromQuery] ReportQuery query, [FromServices] CashFlowReport report, CancellationToken cancellationToken) =>
        RenderAsync(query, nameof(CashFlow), "cash-flow", false,
            (lao, period) => report.BuildAsync(lao, period, a => DetailUrl(lao, period, a, query), cancellationToken), cancellationToken);

    private async Task<IActionResult> RenderAsync(
        ReportQuery query, string action, string fileName, bool showAfterClosing, Func<LaoDto, ReportPeriod, Task<ReportDocument>> build, CancellationToken cancellationToken)
    {
        var (lao, result) = await ChooseAsync(query, cancellationToken);
        if (lao is null)
        {
            return result!;
        }

        var period = PeriodOf(query);
        var document = await build(lao, period);
        return Render(query, lao, period, action, fileName, showAfterClosing, document);
    }

    private IActionResult Render(
        ReportQuery query, LaoDto lao, ReportPeriod period, string action, string fileName, bool showAfterClosing, ReportDocument document,
        IReadOnlyList<Account>? accounts = null, int? accountId = null)
    {
        var suffix = period.Month is { } m ? string.Create(CultureInfo.InvariantCulture, $"{period.FiscalYear}-{m:00}") : period.FiscalYear.ToString(CultureInfo.InvariantCulture);
        if (query.IsExcel)
        {
            return File(ReportExcel.Write(document), ReportExcel.ContentType, $"{fileName}-{suffix}.xlsx");
        }

        ViewData["Print"] = query.IsPrint;
        ViewData["ReportFilter"] = "_ReportFilter";
        ViewData["ReportRoute"] = RouteOf(lao, period, query);
        ViewData["ReportFilterModel"] = new ReportFilterModel(action, lao.Id, access.OwnLaoId is null, period, YearsAround(period.FiscalYear), showAfterClosing, accounts, accountId);
        return View("Report", document);
    }

    private async Task<(LaoDto? Lao, IActionResult? Result)> ChooseAsync(ReportQuery query, CancellationToken cancellationToken)
    {
        var choice = await access.ChooseLaoAsync(query.LaoId, query.Code, cancellationToken);
        if (choice.Lao is not null)
        {
            return (choice.Lao, null);
        }

        return (null, choice.NotFound ? NotFound() : View("LaoPicker", choice));
    }

    private int CurrentYear => FiscalYear.Current(clock).BuddhistYear;

    private ReportPeriod PeriodOf(ReportQuery query) => ReportPeriod.From(query.Year, query.Month, query.AfterClosing, CurrentYear);

    private List<int> YearsAround(int chosen) =>
        [.. Enumerable.Range(CurrentYear - 5, 6).Append(chosen).Distinct().OrderDescending()];

    /// <summary>The route values of the current report (for the Excel and print links, the pager and drill-downs).</summary>
    private Dictionary<string, string> RouteOf(LaoDto lao, ReportPeriod period, ReportQuery query)
    {
        var route = new Dictionary<string, string> { ["year"] = period.FiscalYear.ToString(CultureInfo.InvariantCulture) };
        if (access.OwnLaoId is null)
        {
            route["laoId"] = lao.Id.ToString(CultureInfo.InvariantCulture);
        }

        if (period.Month is { } m)
        {
            route["month"] = m.ToString(CultureInfo.InvariantCulture);
        }

        if (period.AfterClosing)
        {
            route["afterClosing"] = "true";
        }

        if (query.AccountId is { } accountId)
        {
            route["accountId"] = accountId.ToString(CultureInfo.InvariantCulture);
        }

        return route;
    }

    private string DetailUrl(LaoDto lao, ReportPeriod period, Account account, ReportQuery query)
    {
        return Url.Action(nameof(AccountDetail), With(RouteOf(lao, period, query), "accountId", account.Id.ToString(CultureInfo.InvariantCulture)))!;
    }

    private static RouteValueDictionary With(Dictionary<string, string> route, string key, string value)
    {
        var values = new RouteValueDictionary();
        foreach (var (k, v) in route)
        {
            values[k] = v;
        }

        values[key] = value;
        return values;
    }
}
