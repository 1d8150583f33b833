using System.Globalization;
using LocalGov.Data;
using LocalGov.Procurement.Domain;
using LocalGov.Procurement.Resources;
using LocalGov.Procurement.Services;
using LocalGov.SharedKernel.Identity;
using LocalGov.SharedKernel.Time;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Procurement.Areas.Procurement.Features.Vendors;

/// <summary>
/// The LAO's vendors (ทะเบียนผู้ค้า): search, add and edit with a validated tax id that is unique in the LAO, and
/// blacklisting (ผู้ทิ้งงาน) for a period with a reason. Procurement officers change their own LAO's vendors.
/// </summary>
[Area("Procurement")]
[Authorize(Policy = ProcurementModule.ReadPolicy)]
internal sealed class VendorsController(LocalGovDbContext db, ProcurementAccess access, TimeProvider clock, IStringLocalizer<Strings> l, IAuthorizationService authorization) : Controller
{
    private const int PageSize = 25;

    [HttpGet]
    public async Task<IActionResult> Index(string? q, int page, int? laoId, string? code, CancellationToken cancellationToken)
    {
        var choice = await access.ChooseLaoAsync(laoId, code, cancellationToken);
        if (choice.Lao is null)
        {
            return choice.NotFound ? NotFound() : View("LaoPicker", choice);
        }

        var lao = choice.Lao;
        var today = ThaiDate.Today(clock);
        var query = db.Set<Vendor>().AsNoTracking().Where(v => v.LaoId == lao.Id);
        var text = q?.Trim();
        if (!string.IsNullOrEmpty(text))
        {
            var digits = ThaiTaxId.Normalize(text) ?? new string([.. text.Where(char.IsAsciiDigit)]);
            query = digits.Length >= 3 && digits.Length == text.Count(c => !char.IsWhiteSpace(c) && c != '-')
                ? query.Where(v => v.TaxId.Contains(digits))
                : query.Where(v => v.Name.Contains(text));
        }

        var total = await query.CountAsync(cancellationToken);
        var (current, pageCount) = Pager.Clamp(page, total, PageSize);
        var rows = await query.OrderBy(v => v.Name).Skip((current - 1) * PageSize).Take(PageSize)
            .Select(v => new VendorRow(v.Id, v.TaxId, v.Kind, v.Name, v.Phone,
                v.Blacklistings.Any(b => b.FromDate <= today && (b.ToDate == null || today <= b.ToDate))))
            .ToListAsync(cancellationToken);
        var canManage = await access.MayChangeAsync(lao.Id, cancellationToken) && await IsManagerAsync();
        int? laoRoute = canManage ? null : lao.Id;
        var pager = new Pager(current, pageCount, p => Url.Action(nameof(Index), new { q = text, laoId = laoRoute, page = p })!);
        return View(new VendorListViewModel(lao, text, rows, total, pager, canManage));
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var vendor = await db.Set<Vendor>().AsNoTracking().Include(v => v.Blacklistings).FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (vendor is null || !await access.CanReadAsync(vendor.LaoId, cancellationToken))
        {
            return NotFound();
        }

        var lao = (await access.ChooseLaoAsync(vendor.LaoId, null, cancellationToken)).Lao;
        if (lao is null)
        {
            return NotFound();
        }

        var canManage = await access.MayChangeAsync(vendor.LaoId, cancellationToken) && await IsManagerAsync();
        return View(new VendorDetailsViewModel(vendor, lao, ThaiDate.Today(clock), canManage));
    }

    [HttpGet]
    [Authorize(Policy = ProcurementModule.ManagePolicy)]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        await access.OwnLaoForChangeAsync(cancellationToken) is null ? Forbid() : View("Edit", new VendorForm { BranchNo = "00000" });

    [HttpPost]
    [Authorize(Policy = ProcurementModule.ManagePolicy)]
    public async Task<IActionResult> Create(VendorForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await access.OwnLaoForChangeAsync(cancellationToken) is not { } lao)
        {
            return Forbid();
        }

        ModelState.Clear();
        form.Id = null;
        var taxId = await ValidateAsync(lao.Id, form, cancellationToken);
        if (ModelState.IsValid)
        {
            var vendor = new Vendor { LaoId = lao.Id, TaxId = taxId!, Name = "", CreatedBy = access.UserName, CreatedUtc = clock.GetUtcNow().UtcDateTime };
            Apply(vendor, form, taxId!);
            db.Set<Vendor>().Add(vendor);
            if (await TrySaveAsync(lao.Id, taxId!, cancellationToken))
            {
                TempData.Flash(l["Vendor.Saved", vendor.Name]);
                return RedirectToAction(nameof(Details), new { id = vendor.Id });
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Edit", form);
    }

    [HttpGet]
    [Authorize(Policy = ProcurementModule.ManagePolicy)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var (vendor, denied) = await FindChangeableAsync(id, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        return View(new VendorForm
        {
            Id = vendor!.Id,
            TaxId = vendor.TaxId,
            Name = vendor.Name,
            BranchNo = vendor.BranchNo,
            Address = vendor.Address,
            ContactName = vendor.ContactName,
            Phone = vendor.Phone,
            Email = vendor.Email,
            BankName = vendor.BankName,
            BankAccountNo = vendor.BankAccountNo,
            BankAccountName = vendor.BankAccountName,
            ConcurrencyStamp = vendor.ConcurrencyStamp,
        });
    }

    [HttpPost]
    [Authorize(Policy = ProcurementModule.ManagePolicy)]
    public async Task<IActionResult> Edit(int id, VendorForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (vendor, denied) = await FindChangeableAsync(id, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        ModelState.Clear();
        form.Id = id;
        var taxId = await ValidateAsync(vendor!.LaoId, form, cancellationToken);
        if (ModelState.IsValid)
        {
            db.Entry(vendor).Property(v => v.ConcurrencyStamp).OriginalValue = form.ConcurrencyStamp;
            Apply(vendor, form, taxId!);
            vendor.ConcurrencyStamp = Guid.NewGuid();
            if (await TrySaveAsync(vendor.LaoId, taxId!, cancellationToken))
            {
                TempData.Flash(l["Vendor.Saved", vendor.Name]);
                return RedirectToAction(nameof(Details), new { id });
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(form);
    }

    [HttpGet]
    [Authorize(Policy = ProcurementModule.ManagePolicy)]
    public async Task<IActionResult> Blacklist(int id, CancellationToken cancellationToken)
    {
        var (vendor, denied) = await FindChangeableAsync(id, cancellationToken);
        return denied ?? View(new BlacklistViewModel(vendor!, new BlacklistForm { FromDate = ThaiDate.Today(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }));
    }

    [HttpPost]
    [Authorize(Policy = ProcurementModule.ManagePolicy)]
    public async Task<IActionResult> Blacklist(int id, BlacklistForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (vendor, denied) = await FindChangeableAsync(id, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        ModelState.Clear();
        if (!ThaiDate.TryParseIsoOrShort(form.FromDate, out var from))
        {
            ModelState.AddModelError(nameof(BlacklistForm.FromDate), l["Vendor.DateInvalid"]);
        }

        DateOnly? to = null;
        if (!string.IsNullOrWhiteSpace(form.ToDate))
        {
            if (!ThaiDate.TryParseIsoOrShort(form.ToDate, out var parsed))
            {
                ModelState.AddModelError(nameof(BlacklistForm.ToDate), l["Vendor.DateInvalid"]);
            }
            else if (ModelState.IsValid && parsed < from)
            {
                ModelState.AddModelError(nameof(BlacklistForm.ToDate), l["Vendor.ToBeforeFrom"]);
            }
            else
            {
                to = parsed;
            }
        }

        var reason = form.Reason?.Trim() ?? "";
        if (reason.Length == 0)
        {
            ModelState.AddModelError(nameof(BlacklistForm.Reason), l["Vendor.Required"]);
        }
        else if (reason.Length > 500)
        {
            ModelState.AddModelError(nameof(BlacklistForm.Reason), l["Vendor.TooLong", 500]);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new BlacklistViewModel(vendor!, form));
        }

        db.Set<VendorBlacklisting>().Add(new VendorBlacklisting
        {
            VendorId = vendor!.Id,
            FromDate = from,
            ToDate = to,
            Reason = reason,
            RecordedBy = access.UserName,
            RecordedUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        TempData.Flash(l["Vendor.Blacklisted", vendor.Name], FlashKind.Warning);
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>Lifts a blacklisting: it ends on the date given (today by default), never before it began.</summary>
    [HttpPost]
    [Authorize(Policy = ProcurementModule.ManagePolicy)]
    public async Task<IActionResult> Lift(int id, int blacklistingId, string? toDate, CancellationToken cancellationToken)
    {
        var (vendor, denied) = await FindChangeableAsync(id, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        var entry = await db.Set<VendorBlacklisting>().FirstOrDefaultAsync(b => b.Id == blacklistingId && b.VendorId == id, cancellationToken);
        if (entry is null)
        {
            return NotFound();
        }

        var on = ThaiDate.Today(clock);
        if (!string.IsNullOrWhiteSpace(toDate) && !ThaiDate.TryParseIsoOrShort(toDate, out on))
        {
            TempData.Flash(l["Vendor.DateInvalid"], FlashKind.Danger);
            return RedirectToAction(nameof(Details), new { id });
        }

        if (on < entry.FromDate)
        {
            TempData.Flash(l["Vendor.ToBeforeFrom"], FlashKind.Danger);
            return RedirectToAction(nameof(Details), new { id });
        }

        if (entry.ToDate is null || on < entry.ToDate)
        {
            entry.ToDate = on;
            await db.SaveChangesAsync(cancellationToken);
        }

        TempData.Flash(l["Vendor.Lifted", vendor!.Name, ThaiDate.Format(on, ThaiDateStyle.Medium)]);
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<bool> IsManagerAsync() =>
        (await authorization.AuthorizeAsync(User, ProcurementModule.ManagePolicy)).Succeeded;

    private async Task<(Vendor? Vendor, IActionResult? Denied)> FindChangeableAsync(int id, CancellationToken cancellationToken)
    {
        var vendor = await db.Set<Vendor>().FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (vendor is null || !await access.CanReadAsync(vendor.LaoId, cancellationToken))
        {
            return (null, NotFound());
        }

        return await access.MayChangeAsync(vendor.LaoId, cancellationToken) ? (vendor, null) : (null, Forbid());
    }

    private async Task<bool> TrySaveAsync(int laoId, string taxId, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", l["Vendor.Stale"]);
        }
        catch (DbUpdateException)
        {
            // The unique (LaoId, TaxId) index: another officer saved the same tax id a moment ago.
            db.ChangeTracker.Clear();
            var existing = await db.Set<Vendor>().AsNoTracking().Where(v => v.LaoId == laoId && v.TaxId == taxId).Select(v => v.Name).FirstOrDefaultAsync(cancellationToken);
            ModelState.AddModelError(nameof(VendorForm.TaxId), l["Vendor.TaxIdTaken", existing ?? taxId]);
        }

        return false;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void Apply(Vendor vendor, VendorForm form, string taxId)
    {
        vendor.TaxId = taxId;
        vendor.Kind = VendorKinds.FromTaxId(taxId);
        vendor.Name = form.Name!.Trim();
        vendor.BranchNo = Clean(form.BranchNo);
        vendor.Address = Clean(form.Address);
        vendor.ContactName = Clean(form.ContactName);
        vendor.Phone = Clean(form.Phone);
        vendor.Email = Clean(form.Email);
        vendor.BankName = Clean(form.BankName);
        vendor.BankAccountNo = Clean(form.BankAccountNo);
        vendor.BankAccountName = Clean(form.BankAccountName);
    }

    /// <summary>Adds field messages; returns the normalized tax id when it is valid.</summary>
    private async Task<string?> ValidateAsync(int laoId, VendorForm form, CancellationToken cancellationToken)
    {
        void Optional(string? value, string field, int max)
        {
            if (value?.Trim().Length > max)
            {
                ModelState.AddModelError(field, l["Vendor.TooLong", max]);
            }
        }

        if (string.IsNullOrWhiteSpace(form.Name))
        {
            ModelState.AddModelError(nameof(VendorForm.Name), l["Vendor.Required"]);
        }

        Optional(form.Name, nameof(VendorForm.Name), 300);
        Optional(form.Address, nameof(VendorForm.Address), 500);
        Optional(form.ContactName, nameof(VendorForm.ContactName), 200);
        Optional(form.Phone, nameof(VendorForm.Phone), 30);
        Optional(form.Email, nameof(VendorForm.Email), 200);
        Optional(form.BankName, nameof(VendorForm.BankName), 100);
        Optional(form.BankAccountNo, nameof(VendorForm.BankAccountNo), 20);
        Optional(form.BankAccountName, nameof(VendorForm.BankAccountName), 200);
        if (Clean(form.BranchNo) is { } branch && (branch.Length != 5 || !branch.All(char.IsAsciiDigit)))
        {
            ModelState.AddModelError(nameof(VendorForm.BranchNo), l["Vendor.BranchInvalid"]);
        }

        if (Clean(form.Email) is { } email && (!email.Contains('@', StringComparison.Ordinal) || email.Contains(' ', StringComparison.Ordinal)))
        {
            ModelState.AddModelError(nameof(VendorForm.Email), l["Vendor.EmailInvalid"]);
        }

        if (Clean(form.BankAccountNo) is { } account && !account.All(c => char.IsAsciiDigit(c) || c == '-'))
        {
            ModelState.AddModelError(nameof(VendorForm.BankAccountNo), l["Vendor.AccountInvalid"]);
        }

        if (!ThaiTaxId.TryParse(form.TaxId, out var taxId))
        {
            ModelState.AddModelError(nameof(VendorForm.TaxId), l["Vendor.TaxIdInvalid"]);
            return null;
        }

        var existing = await db.Set<Vendor>().AsNoTracking()
            .Where(v => v.LaoId == laoId && v.TaxId == taxId && v.Id != (form.Id ?? 0))
            .Select(v => new { v.Id, v.Name }).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            ModelState.AddModelError(nameof(VendorForm.TaxId), l["Vendor.TaxIdTaken", existing.Name]);
        }

        return taxId;
    }
}
