using System.Globalization;
using ClosedXML.Excel;
using LocalGov.Data;
using LocalGov.Procurement.Domain;
using LocalGov.Procurement.Resources;
using LocalGov.Procurement.Services;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Procurement.Areas.Procurement.Features.Assets;

/// <summary>
/// ทะเบียนครุภัณฑ์: the LAO's assets with their book value today, history, transfers, repairs and disposal, and the
/// annual depreciation schedule (with an Excel download). Assets from accepted deliveries arrive through
/// <see cref="AssetRegister"/>; older ones are entered by hand.
/// </summary>
[Area("Procurement")]
[Authorize(Policy = ProcurementModule.ReadPolicy)]
internal sealed class AssetsController(
    LocalGovDbContext db,
    ProcurementAccess access,
    AssetRegister register,
    IAuthorizationService authorization,
    TimeProvider clock,
    IStringLocalizer<Strings> l) : Controller
{
    private const int PageSize = 25;
    private const string ExcelType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string TransferKind = "Transfer", StartRepairKind = "StartRepair", FinishRepairKind = "FinishRepair", DisposeKind = "Dispose";

    [HttpGet]
    public async Task<IActionResult> Index(AssetStatus? status, string? category, string? location, string? custodian, int page, int? laoId, string? code, CancellationToken cancellationToken)
    {
        var choice = await access.ChooseLaoAsync(laoId, code, cancellationToken);
        if (choice.Lao is null)
        {
            return choice.NotFound ? NotFound() : View("LaoPicker", choice);
        }

        var lao = choice.Lao;
        var search = new AssetSearch(status, Clean(category), Clean(location), Clean(custodian));
        var all = db.Set<Asset>().AsNoTracking().Where(a => a.LaoId == lao.Id);
        var categories = await all.Select(a => a.Category).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);
        var query = all;
        if (search.Status is { } s)
        {
            query = query.Where(a => a.Status == s);
        }

        if (search.Category is { } c)
        {
            query = query.Where(a => a.Category == c);
        }

        if (search.Location is { } loc)
        {
            query = query.Where(a => a.Location.Contains(loc));
        }

        if (search.Custodian is { } cus)
        {
            query = query.Where(a => a.Custodian.Contains(cus));
        }

        var total = await query.CountAsync(cancellationToken);
        var (current, pageCount) = Pager.Clamp(page, total, PageSize);
        var today = ThaiDate.Today(clock);
        var assets = await query.OrderBy(a => a.AssetCode).Skip((current - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var rows = assets.Select(a => new AssetRow(a.Id, a.AssetCode, a.Name, a.Category, a.Location, a.Custodian, a.Status, a.Cost,
            a.Status == AssetStatus.Disposed ? Money.Zero : Depreciation.For(a.Cost, a.SalvageValue, a.UsefulLifeYears, a.AcquiredOn, today).BookValue)).ToList();
        var canManage = await CanManageAsync(lao.Id);
        int? laoRoute = canManage ? null : lao.Id;
        var pager = new Pager(current, pageCount, p => Url.Action(nameof(Index), new { status = search.Status, category = search.Category, location = search.Location, custodian = search.Custodian, laoId = laoRoute, page = p })!);
        return View(new AssetListViewModel(lao, search, categories, rows, total, pager, canManage));
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var asset = await db.Set<Asset>().AsNoTracking().Include(a => a.Events).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (asset is null || !await access.CanReadAsync(asset.LaoId, cancellationToken))
        {
            return NotFound();
        }

        var lao = (await access.ChooseLaoAsync(asset.LaoId, null, cancellationToken)).Lao;
        if (lao is null)
        {
            return NotFound();
        }

        var state = Depreciation.For(asset.Cost, asset.SalvageValue, asset.UsefulLifeYears, asset.AcquiredOn, ThaiDate.Today(clock), asset.DisposedOn);
        return View(new AssetDetailsViewModel(asset, lao, state, await CanManageAsync(asset.LaoId)));
    }

    [HttpGet]
    public async Task<IActionResult> Schedule(int? year, int? laoId, string? code, bool excel, CancellationToken cancellationToken)
    {
        var choice = await access.ChooseLaoAsync(laoId, code, cancellationToken);
        if (choice.Lao is null)
        {
            return choice.NotFound ? NotFound() : View("LaoPicker", choice);
        }

        var lao = choice.Lao;
        var fiscalYear = year is >= FiscalYear.MinBuddhistYear and <= FiscalYear.MaxBuddhistYear ? year.Value : FiscalYear.Current(clock).Previous.BuddhistYear;
        var fy = new FiscalYear(fiscalYear);
        var assets = await db.Set<Asset>().AsNoTracking()
            .Where(a => a.LaoId == lao.Id && a.AcquiredOn <= fy.End && (a.DisposedOn == null || a.DisposedOn >= fy.Start))
            .OrderBy(a => a.AssetCode).ToListAsync(cancellationToken);
        var rows = assets.Select(a =>
        {
            var state = Depreciation.For(a.Cost, a.SalvageValue, a.UsefulLifeYears, a.AcquiredOn, fy.End, a.DisposedOn);
            var thisYear = Depreciation.ForFiscalYear(a.Cost, a.SalvageValue, a.UsefulLifeYears, a.AcquiredOn, fy, a.DisposedOn);
            return new ScheduleRow(a.Id, a.AssetCode, a.Name, a.Category, a.AcquiredOn, a.Status, a.Cost, thisYear, state.Accumulated, state.BookValue);
        }).ToList();
        var model = new ScheduleViewModel(lao, fiscalYear, rows, await CanManageAsync(lao.Id));
        return excel
            ? File(ScheduleWorkbook(model), ExcelType, string.Create(CultureInfo.InvariantCulture, $"depreciation-{lao.Code}-{fiscalYear}.xlsx"))
            : View(model);
    }

    [HttpGet]
    [Authorize(Policy = ProcurementModule.ManagePolicy)]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        await access.OwnLaoForChangeAsync(cancellationToken) is null
            ? Forbid()
            : View(new AssetForm { AcquiredOn = ThaiDate.Today(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), SalvageValue = "1.00", UsefulLifeYears = AssetCategories.FallbackLifeYears });

    [HttpPost]
    [Authorize(Policy = ProcurementModule.ManagePolicy)]
    public async Task<IActionResult> Create(AssetForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await access.OwnLaoForChangeAsync(cancellationToken) is not { } lao)
        {
            return Forbid();
        }

        ModelState.Clear();
        var name = Required(form.Name, nameof(AssetForm.Name), 300);
        var category = Required(form.Category, nameof(AssetForm.Category), 100);
        var location = Required(form.Location, nameof(AssetForm.Location), 200);
        var custodian = Required(form.Custodian, nameof(AssetForm.Custodian), 200);
        var today = ThaiDate.Today(clock);
        if (!ThaiDate.TryParseIsoOrShort(form.AcquiredOn, out var acquiredOn))
        {
            ModelState.AddModelError(nameof(AssetForm.AcquiredOn), l["Asset.DateInvalid"]);
        }
        else if (acquiredOn > today)
        {
            ModelState.AddModelError(nameof(AssetForm.AcquiredOn), l["Asset.DateInFuture"]);
        }

        var cost = Amount(form.Cost, nameof(AssetForm.Cost), positive: true);
        var salvage = string.IsNullOrWhiteSpace(form.SalvageValue) ? cost is { } c0 ? AssetRegister.SalvageFor(c0) : (Money?)null : Amount(form.SalvageValue, nameof(AssetForm.SalvageValue), positive: false);
        if (cost is { } c && salvage is { } s && s > c)
        {
            ModelState.AddModelError(nameof(AssetForm.SalvageValue), l["Asset.SalvageAboveCost"]);
        }

        if (form.UsefulLifeYears is not (>= 1 and <= 100))
        {
            ModelState.AddModelError(nameof(AssetForm.UsefulLifeYears), l["Asset.LifeInvalid"]);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(form);
        }

        var asset = new Asset
        {
            LaoId = lao.Id,
            AssetCode = await register.NextCodeAsync(lao.Id, category, acquiredOn, null, cancellationToken),
            Name = name,
            Category = category,
            AcquiredOn = acquiredOn,
            Cost = cost!.Value,
            SalvageValue = salvage!.Value,
            UsefulLifeYears = form.UsefulLifeYears!.Value,
            Location = location,
            Custodian = custodian,
        };
        asset.Events.Add(NewEvent(AssetEventKind.Acquired, acquiredOn, e =>
        {
            e.ToLocation = location;
            e.ToCustodian = custodian;
            e.Amount = asset.Cost;
        }));
        db.Set<Asset>().Add(asset);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique (LaoId, AssetCode) index: another officer took the same number a moment ago.
            ModelState.AddModelError("", l["Asset.CodeTaken"]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(form);
        }

        TempData.Flash(l["Asset.Created", asset.AssetCode]);
        return RedirectToAction(nameof(Details), new { id = asset.Id });
    }

    [HttpGet]
    [Authorize(Policy = ProcurementModule.ManagePolicy)]
    public async Task<IActionResult> Act(int id, string kind, CancellationToken cancellationToken)
    {
        var (asset, denied) = await FindChangeableAsync(id, kind, cancellationToken);
        return denied ?? View("Action", new AssetActionViewModel(asset!, kind, new AssetActionForm
        {
            OccurredOn = ThaiDate.Today(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Location = kind == TransferKind ? asset!.Location : null,
            Custodian = kind == TransferKind ? asset!.Custodian : null,
            Method = kind == DisposeKind ? DisposalMethod.Auction : null,
            ConcurrencyStamp = asset!.ConcurrencyStamp,
        }));
    }

    [HttpPost]
    [Authorize(Policy = ProcurementModule.ManagePolicy)]
    public async Task<IActionResult> Act(int id, string kind, AssetActionForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (asset, denied) = await FindChangeableAsync(id, kind, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        ModelState.Clear();
        var last = asset!.Events.Select(e => e.OccurredOn).DefaultIfEmpty(asset.AcquiredOn).Max();
        if (!ThaiDate.TryParseIsoOrShort(form.OccurredOn, out var on))
        {
            ModelState.AddModelError(nameof(AssetActionForm.OccurredOn), l["Asset.DateInvalid"]);
        }
        else if (on < last)
        {
            ModelState.AddModelError(nameof(AssetActionForm.OccurredOn), l["Asset.DateBeforeLast", ThaiDate.Format(last, ThaiDateStyle.Medium)]);
        }
        else if (on > ThaiDate.Today(clock))
        {
            ModelState.AddModelError(nameof(AssetActionForm.OccurredOn), l["Asset.DateInFuture"]);
        }

        var note = form.Note?.Trim();
        if (note?.Length > 1000)
        {
            ModelState.AddModelError(nameof(AssetActionForm.Note), l["Asset.TooLong", 1000]);
        }

        AssetEvent? entry = null;
        switch (kind)
        {
            case TransferKind:
                var location = Clean(form.Location) ?? asset.Location;
                var custodian = Clean(form.Custodian) ?? asset.Custodian;
                if (location.Length > 200)
                {
                    ModelState.AddModelError(nameof(AssetActionForm.Location), l["Asset.TooLong", 200]);
                }

                if (custodian.Length > 200)
                {
                    ModelState.AddModelError(nameof(AssetActionForm.Custodian), l["Asset.TooLong", 200]);
                }

                if (location == asset.Location && custodian == asset.Custodian)
                {
                    ModelState.AddModelError(nameof(AssetActionForm.Location), l["Asset.NothingChanged"]);
                }

                entry = NewEvent(AssetEventKind.Transferred, on, e =>
                {
                    e.FromLocation = asset.Location;
                    e.ToLocation = location;
                    e.FromCustodian = asset.Custodian;
                    e.ToCustodian = custodian;
                });
                asset.Location = location;
                asset.Custodian = custodian;
                break;
            case StartRepairKind:
                if (string.IsNullOrEmpty(note))
                {
                    ModelState.AddModelError(nameof(AssetActionForm.Note), l["Asset.Required"]);
                }

                entry = NewEvent(AssetEventKind.Repaired, on, _ => { });
                asset.Status = AssetStatus.UnderRepair;
                break;
            case FinishRepairKind:
                var cost = Amount(form.Amount, nameof(AssetActionForm.Amount), positive: false);
                entry = NewEvent(AssetEventKind.Repaired, on, e => e.Amount = cost ?? Money.Zero);
                asset.Status = AssetStatus.InUse;
                break;
            default:
                var proceeds = Amount(form.Amount, nameof(AssetActionForm.Amount), positive: false);
                if (form.Method is not { } method || !Enum.IsDefined(method))
                {
                    ModelState.AddModelError(nameof(AssetActionForm.Method), l["Asset.Required"]);
                }

                if (string.IsNullOrEmpty(note))
                {
                    ModelState.AddModelError(nameof(AssetActionForm.Note), l["Asset.Required"]);
                }

                entry = NewEvent(AssetEventKind.Disposed, on, e => e.Amount = proceeds ?? Money.Zero);
                asset.Status = AssetStatus.Disposed;
                asset.DisposedOn = on;
                asset.DisposalMethod = form.Method;
                asset.DisposalProceeds = proceeds;
                break;
        }

        if (!ModelState.IsValid)
        {
            db.ChangeTracker.Clear();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Action", new AssetActionViewModel(asset, kind, form));
        }

        entry.Note = string.IsNullOrEmpty(note) ? null : note;
        asset.Events.Add(entry);
        db.Entry(asset).Property(a => a.ConcurrencyStamp).OriginalValue = form.ConcurrencyStamp;
        asset.ConcurrencyStamp = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", l["Asset.Stale"]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Action", new AssetActionViewModel(asset, kind, form));
        }

        TempData.Flash(l[$"Asset.Done.{kind}", asset.AssetCode]);
        return RedirectToAction(nameof(Details), new { id });
    }

    private AssetEvent NewEvent(AssetEventKind kind, DateOnly on, Action<AssetEvent> fill)
    {
        var e = new AssetEvent { Kind = kind, OccurredOn = on, UserName = access.UserName, RecordedUtc = clock.GetUtcNow().UtcDateTime };
        fill(e);
        return e;
    }

    private async Task<bool> CanManageAsync(int laoId) =>
        await access.MayChangeAsync(laoId, HttpContext.RequestAborted) && (await authorization.AuthorizeAsync(User, ProcurementModule.ManagePolicy)).Succeeded;

    /// <summary>The asset when the user may change it and the action fits its status (disposed assets take no further change).</summary>
    private async Task<(Asset? Asset, IActionResult? Denied)> FindChangeableAsync(int id, string kind, CancellationToken cancellationToken)
    {
        var asset = await db.Set<Asset>().Include(a => a.Events).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (asset is null || !await access.CanReadAsync(asset.LaoId, cancellationToken) || kind is not (TransferKind or StartRepairKind or FinishRepairKind or DisposeKind))
        {
            return (null, NotFound());
        }

        if (!await access.MayChangeAsync(asset.LaoId, cancellationToken))
        {
            return (null, Forbid());
        }

        var allowed = (kind, asset.Status) switch
        {
            (_, AssetStatus.Disposed) => false,
            (StartRepairKind, not AssetStatus.InUse) => false,
            (FinishRepairKind, not AssetStatus.UnderRepair) => false,
            _ => true,
        };
        if (!allowed)
        {
            TempData.Flash(l[asset.Status == AssetStatus.Disposed ? "Asset.IsDisposed" : "Asset.NotAllowed"], FlashKind.Danger);
            return (null, RedirectToAction(nameof(Details), new { id }));
        }

        return (asset, null);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private string Required(string? value, string field, int max)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            ModelState.AddModelError(field, l["Asset.Required"]);
        }
        else if (text.Length > max)
        {
            ModelState.AddModelError(field, l["Asset.TooLong", max]);
        }

        return text;
    }

    private Money? Amount(string? text, string field, bool positive)
    {
        if (!BahtInput.TryParse(text, out var baht) || baht < 0 || (positive && baht == 0))
        {
            ModelState.AddModelError(field, l[positive ? "Asset.AmountPositive" : "Asset.AmountInvalid"]);
            return null;
        }

        if (!BahtInput.HasAtMostTwoDecimals(baht))
        {
            ModelState.AddModelError(field, l["Asset.AmountDecimals"]);
            return null;
        }

        return Money.FromBaht(baht);
    }

    private byte[] ScheduleWorkbook(ScheduleViewModel model)
    {
        using var book = new XLWorkbook();
        var sheet = book.Worksheets.Add(string.Create(CultureInfo.InvariantCulture, $"FY{model.FiscalYear}"));
        sheet.Cell(1, 1).SetValue(l["Asset.ScheduleTitle", model.FiscalYear].Value);
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(2, 1).SetValue(model.Lao.NameTh);
        string[] headers = [l["Asset.Code"], l["Asset.Name"], l["Asset.Category"], l["Asset.AcquiredOn"], l["Asset.Cost"], l["Asset.ThisYear"], l["Asset.Accumulated"], l["Asset.BookValue"]];
        double[] widths = [18, 40, 28, 14, 16, 16, 16, 16];
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(4, c + 1).SetValue(headers[c]);
            sheet.Column(c + 1).Width = widths[c];
        }

        sheet.Row(4).Style.Font.Bold = true;
        var row = 5;
        void Amounts(int r, Money cost, Money year, Money accumulated, Money book)
        {
            Money[] values = [cost, year, accumulated, book];
            for (var i = 0; i < values.Length; i++)
            {
                sheet.Cell(r, 5 + i).SetValue(values[i].Baht);
                sheet.Cell(r, 5 + i).Style.NumberFormat.Format = "#,##0.00";
            }
        }

        foreach (var r in model.Rows)
        {
            sheet.Cell(row, 1).SetValue(r.AssetCode);
            sheet.Cell(row, 2).SetValue(r.Name);
            sheet.Cell(row, 3).SetValue(r.Category);
            sheet.Cell(row, 4).SetValue(ThaiDate.Format(r.AcquiredOn, ThaiDateStyle.Short));
            Amounts(row, r.Cost, r.ThisYear, r.Accumulated, r.BookValue);
            row++;
        }

        sheet.Cell(row, 1).SetValue(l["Asset.Total"].Value);
        Amounts(row, model.Total(r => r.Cost), model.Total(r => r.ThisYear), model.Total(r => r.Accumulated), model.Total(r => r.BookValue));
        sheet.Row(row).Style.Font.Bold = true;
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }
}
