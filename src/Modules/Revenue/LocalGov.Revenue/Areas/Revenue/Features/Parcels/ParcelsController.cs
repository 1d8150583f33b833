using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Domain.LandTax;
using LocalGov.Revenue.Resources;
using LocalGov.Revenue.Services;
using LocalGov.Revenue.Services.LandTax;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Revenue.Areas.Revenue.Features.Parcels;

/// <summary>The parcel register (ทะเบียนทรัพย์สิน): list and search, details, create and edit with uses and buildings.</summary>
[Area("Revenue")]
[Authorize(Policy = RevenueModule.ReadPolicy)]
internal sealed class ParcelsController(
    LocalGovDbContext db,
    RevenueAccess access,
    ParcelEditor editor,
    ParcelPriceWorkbook workbook,
    ParcelPriceImport priceImport,
    IOrganizationDirectory directory,
    TimeProvider clock,
    IAuthorizationService authorization,
    IStringLocalizer<Strings> l) : Controller
{
    public const int PageSize = 50;

    [HttpGet]
    public async Task<IActionResult> Index(string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        var readable = await access.ReadableAsync(cancellationToken);
        var ids = readable.LaoIds.ToList();
        var parcels = db.Set<Parcel>().AsNoTracking().Where(p => readable.All || ids.Contains(p.LaoId));
        var query = from p in parcels
                    join t in db.Set<Taxpayer>() on p.OwnerTaxpayerId equals t.Id
                    select new { p, t };
        var text = q?.Trim();
        if (!string.IsNullOrEmpty(text))
        {
            var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
            query = query.Where(x => x.p.DeedNumber.Contains(text) || x.p.LandNumber == text
                || x.t.FirstName.Contains(text) || x.t.LastName.Contains(text) || (digits.Length == 13 && x.t.TaxId == digits));
        }

        var total = await query.CountAsync(cancellationToken);
        (page, var pageCount) = Pager.Clamp(page, total, PageSize);
        var rows = await query.OrderBy(x => x.p.DeedType).ThenBy(x => x.p.DeedNumber).ThenBy(x => x.p.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(x => new
            {
                x.p.Id,
                x.p.LaoId,
                x.p.DeedType,
                x.p.DeedNumber,
                x.p.LandNumber,
                x.t.Title,
                x.t.FirstName,
                x.t.LastName,
                x.t.TaxId,
                x.p.Rai,
                x.p.Ngan,
                x.p.SquareWah,
                x.p.PricePerSquareWah,
                Buildings = x.p.Buildings.Count,
            })
            .ToListAsync(cancellationToken);
        var list = rows.Select(r => new ParcelListRow(
            r.Id, r.LaoId, r.DeedType, r.DeedNumber, r.LandNumber, OwnerName(r.Title, r.FirstName, r.LastName), r.TaxId,
            LandArea.ToSquareWah(r.Rai, r.Ngan, r.SquareWah), r.PricePerSquareWah, r.Buildings)).ToList();
        var canChange = access.OwnLaoId is { } own && await CanManageAsync() && await access.CanChangeAsync(own, cancellationToken);
        return View(new ParcelIndexViewModel(text, list, total, page, pageCount, canChange));
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var parcel = await db.Set<Parcel>().AsNoTracking().AsSplitQuery().Include(p => p.Uses).Include(p => p.Buildings).ThenInclude(b => b.Uses)
            .FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (parcel is null || !await access.CanReadAsync(parcel.LaoId, cancellationToken))
        {
            return NotFound();
        }

        var ownerIds = parcel.Buildings.Where(b => b.OwnerTaxpayerId is not null).Select(b => b.OwnerTaxpayerId!.Value).Append(parcel.OwnerTaxpayerId).Distinct().ToList();
        var owners = await db.Set<Taxpayer>().AsNoTracking().Where(t => ownerIds.Contains(t.Id)).ToListAsync(cancellationToken);
        var owner = owners.First(o => o.Id == parcel.OwnerTaxpayerId);
        var lao = await directory.FindLaoAsync(parcel.LaoId, cancellationToken);
        var canChange = access.OwnLaoId == parcel.LaoId && await CanManageAsync() && await access.CanChangeAsync(parcel.LaoId, cancellationToken);
        return View(new ParcelDetailsViewModel(
            parcel, lao?.NameTh ?? "", owner.DisplayName, owner.TaxId,
            owners.ToDictionary(o => o.Id, o => o.DisplayName), await editor.BuildingTypesAsync(cancellationToken), canChange));
    }

    [HttpGet]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        if (access.OwnLaoId is null)
        {
            return Forbid();
        }

        var form = new ParcelFormModel
        {
            DeedType = nameof(DeedType.Chanote),
            PriceEffectiveYear = ThaiYear(),
            Rai = 0,
            Ngan = 0,
            SquareWah = 0,
        };
        form.Pad();
        return await FormAsync(form, cancellationToken);
    }

    [HttpPost]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public async Task<IActionResult> Create(ParcelFormModel form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (access.OwnLaoId is not { } laoId || !await access.CanChangeAsync(laoId, cancellationToken))
        {
            return Forbid();
        }

        form.Id = null;
        var (ownerId, buildingOwners) = await editor.CheckAsync(laoId, form, ModelState.AddModelError, cancellationToken);
        if (!ModelState.IsValid || ownerId is null)
        {
            form.Pad();
            return await FormAsync(form, cancellationToken);
        }

        var parcel = new Parcel { LaoId = laoId, CreatedUtc = clock.GetUtcNow().UtcDateTime };
        editor.Apply(parcel, form, ownerId.Value, buildingOwners);
        db.Set<Parcel>().Add(parcel);
        if (!await TrySaveAsync(form, cancellationToken))
        {
            form.Pad();
            return await FormAsync(form, cancellationToken);
        }

        TempData.Flash(l["Land.Parcel.Created", parcel.DeedNumber]);
        return RedirectToAction(nameof(Details), new { id = parcel.Id });
    }

    [HttpGet]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var (parcel, denied) = await FindChangeableAsync(id, tracked: false, cancellationToken);
        return denied ?? await FormAsync(await editor.FormOfAsync(parcel!, cancellationToken), cancellationToken);
    }

    [HttpPost]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public async Task<IActionResult> Edit(int id, ParcelFormModel form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (parcel, denied) = await FindChangeableAsync(id, tracked: true, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        form.Id = parcel!.Id;
        var (ownerId, buildingOwners) = await editor.CheckAsync(parcel.LaoId, form, ModelState.AddModelError, cancellationToken);
        if (parcel.ConcurrencyStamp != form.ConcurrencyStamp)
        {
            ModelState.AddModelError(string.Empty, l["Common.ConcurrencyConflict"]);
        }

        if (!ModelState.IsValid || ownerId is null)
        {
            form.Pad();
            return await FormAsync(form, cancellationToken);
        }

        editor.Apply(parcel, form, ownerId.Value, buildingOwners);
        if (!await TrySaveAsync(form, cancellationToken))
        {
            form.Pad();
            return await FormAsync(form, cancellationToken);
        }

        TempData.Flash(l["Land.Parcel.Saved", parcel.DeedNumber]);
        return RedirectToAction(nameof(Details), new { id = parcel.Id });
    }

    /// <summary>Largest appraisal workbook accepted.</summary>
    public const long MaxFileBytes = 5 * 1024 * 1024;

    private const long MaxRequestBytes = MaxFileBytes + (256 * 1024);

    [HttpGet]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public IActionResult Import() => access.OwnLaoId is null ? Forbid() : View(new PriceImportViewModel([], null));

    /// <summary>Imports official appraisal prices per parcel; any invalid row saves nothing.</summary>
    [HttpPost]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    [UploadSizeGuard(MaxRequestBytes, typeof(Strings), "Land.Import.TooLarge")]
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
            ModelState.AddModelError("file", l["Land.Import.FileRequired"]);
        }
        else if (file.Length > MaxFileBytes)
        {
            ModelState.AddModelError("file", l["Land.Import.TooLarge"]);
        }
        else if (!Path.GetExtension(file.FileName).Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError("file", l["Land.Import.NotXlsx"]);
        }

        if (!ModelState.IsValid)
        {
            return View(new PriceImportViewModel([], null));
        }

        using var content = new MemoryStream();
        await file!.CopyToAsync(content, cancellationToken);
        content.Position = 0;
        var read = workbook.Read(content);
        if (read.Errors.Any(e => e.Problem == PriceImportProblem.NotAWorkbook))
        {
            ModelState.AddModelError("file", l["Land.Import.NotXlsx"]);
            return View(new PriceImportViewModel([], null));
        }

        if (!read.IsValid)
        {
            return View(new PriceImportViewModel(read.Errors, null));
        }

        var (updated, errors) = await priceImport.ApplyAsync(laoId, read.Rows, cancellationToken);
        if (errors.Count > 0)
        {
            return View(new PriceImportViewModel(errors, null));
        }

        TempData.Flash(l["Land.Import.Done", read.Rows.Count, updated]);
        return RedirectToAction(nameof(Import));
    }

    [HttpGet]
    [Authorize(Policy = RevenueModule.ManagePolicy)]
    public IActionResult Template() =>
        File(workbook.Template(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "appraisal-prices.xlsx");

    private async Task<bool> TrySaveAsync(ParcelFormModel form, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, l["Common.ConcurrencyConflict"]);
            return false;
        }
        catch (DbUpdateException)
        {
            // The unique deed index caught a parcel recorded at the same moment.
            db.ChangeTracker.Clear();
            ModelState.AddModelError(nameof(form.DeedNumber), l["Land.Error.DuplicateDeed"]);
            return false;
        }
    }

    private async Task<(Parcel? Parcel, IActionResult? Denied)> FindChangeableAsync(int id, bool tracked, CancellationToken cancellationToken)
    {
        var query = db.Set<Parcel>().AsSplitQuery().Include(p => p.Uses).Include(p => p.Buildings).ThenInclude(b => b.Uses);
        var parcel = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (parcel is null || !await access.CanReadAsync(parcel.LaoId, cancellationToken))
        {
            return (null, NotFound());
        }

        return access.OwnLaoId == parcel.LaoId && await access.CanChangeAsync(parcel.LaoId, cancellationToken) ? (parcel, null) : (null, Forbid());
    }

    private async Task<IActionResult> FormAsync(ParcelFormModel form, CancellationToken cancellationToken)
    {
        ViewData["BuildingTypes"] = await editor.BuildingTypesAsync(cancellationToken);
        return View("Edit", form);
    }

    private async Task<bool> CanManageAsync() => (await authorization.AuthorizeAsync(User, RevenueModule.ManagePolicy)).Succeeded;

    private int ThaiYear() => SharedKernel.Time.ThaiDate.ToBuddhistYear(SharedKernel.Time.ThaiDate.Today(clock).Year);

    private static string OwnerName(string title, string first, string last) =>
        string.Join(' ', new[] { title + first, last }.Where(s => s.Length > 0));
}
