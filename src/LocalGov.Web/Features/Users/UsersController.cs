using LocalGov.Data.Identity;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Security;
using LocalGov.SharedKernel.Web;
using LocalGov.Web.Infrastructure;
using LocalGov.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalGov.Web.Features.Users;

/// <summary>System administrators create accounts, give each one role and scope, lock and unlock them.</summary>
[Authorize(Policy = PlatformServices.AdministratorPolicy)]
public sealed class UsersController(
    UserManager<AppUser> userManager,
    IOrganizationDirectory directory,
    ICurrentUser currentUser,
    IStringLocalizer<Strings> l) : Controller
{
    private const int PageSize = 25;

    [HttpGet]
    public async Task<IActionResult> Index(string? q, string? role, int page = 1, CancellationToken cancellationToken = default)
    {
        var users = userManager.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim();
            users = users.Where(u => u.UserName!.Contains(term) || u.DisplayName.Contains(term));
        }

        if (!string.IsNullOrEmpty(role) && Roles.All.Contains(role))
        {
            var inRole = (await userManager.GetUsersInRoleAsync(role)).Select(u => u.Id).ToList();
            users = users.Where(u => inRole.Contains(u.Id));
        }

        var total = await users.CountAsync(cancellationToken);
        (page, var pageCount) = Pager.Clamp(page, total, PageSize);
        var rows = await users.OrderBy(u => u.UserName).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);

        var laos = (await directory.GetLaosAsync(rows.Where(u => u.LaoId.HasValue).Select(u => u.LaoId!.Value).ToList(), cancellationToken)).ToDictionary(x => x.Id);
        var provinces = (await directory.GetProvincesAsync(cancellationToken)).ToDictionary(x => x.Id);
        var thai = IsThai();
        var items = new List<UserListItem>();
        foreach (var u in rows)
        {
            var roleName = (await userManager.GetRolesAsync(u)).FirstOrDefault();
            var organisation = u.ScopeLevel switch
            {
                ScopeLevel.Lao when u.LaoId is { } laoId && laos.TryGetValue(laoId, out var lao) => thai ? lao.NameTh : lao.NameEn,
                ScopeLevel.Province when u.ProvinceId is { } pid && provinces.TryGetValue(pid, out var p) => thai ? p.NameTh : p.NameEn,
                ScopeLevel.National => l["Scope.National"].Value,
                _ => null,
            };
            var locked = u.LockoutEnd is { } end && end > DateTimeOffset.UtcNow;
            items.Add(new UserListItem(u.Id, u.UserName!, u.DisplayName, roleName, u.ScopeLevel, organisation, locked));
        }

        return View(new UserListViewModel(items, q, role, page, pageCount, total));
    }

    [HttpGet]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        return View("Edit", new UserFormModel());
    }

    [HttpPost]
    public async Task<IActionResult> Create(UserFormModel model, CancellationToken cancellationToken)
    {
        model.Id = null;
        var scope = ModelState.IsValid ? await ResolveScopeAsync(model, cancellationToken) : null;
        if (scope is null)
        {
            await LoadChoicesAsync(cancellationToken);
            return View("Edit", model);
        }

        var user = new AppUser
        {
            UserName = model.UserName.Trim(),
            DisplayName = model.DisplayName.Trim(),
            Email = string.IsNullOrWhiteSpace(model.Email) ? null : model.Email.Trim(),
            ScopeLevel = scope.Value.Level,
            LaoId = scope.Value.LaoId,
            ProvinceId = scope.Value.ProvinceId,
            CreatedUtc = DateTime.UtcNow,
        };
        var result = await userManager.CreateAsync(user, model.Password!);
        if (result.Succeeded)
        {
            result = await userManager.AddToRoleAsync(user, model.Role);
        }

        if (!result.Succeeded)
        {
            AddErrors(result);
            await LoadChoicesAsync(cancellationToken);
            return View("Edit", model);
        }

        TempData.Flash(l["Users.Created", user.UserName]);
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        var user = await userManager.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var lao = user.LaoId is { } laoId ? await directory.FindLaoAsync(laoId, cancellationToken) : null;
        await LoadChoicesAsync(cancellationToken);
        return View(new UserFormModel
        {
            Id = user.Id,
            UserName = user.UserName!,
            DisplayName = user.DisplayName,
            Email = user.Email,
            Role = (await userManager.GetRolesAsync(user)).FirstOrDefault() ?? "",
            ProvinceId = user.ProvinceId,
            LaoCode = lao?.Code,
        });
    }

    [HttpPost]
    public async Task<IActionResult> Edit(string id, UserFormModel model, CancellationToken cancellationToken)
    {
        var user = await userManager.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        model.Id = id;
        var scope = ModelState.IsValid ? await ResolveScopeAsync(model, cancellationToken) : null;
        if (scope is null)
        {
            await LoadChoicesAsync(cancellationToken);
            return View(model);
        }

        user.UserName = model.UserName.Trim();
        user.DisplayName = model.DisplayName.Trim();
        user.Email = string.IsNullOrWhiteSpace(model.Email) ? null : model.Email.Trim();
        user.ScopeLevel = scope.Value.Level;
        user.LaoId = scope.Value.LaoId;
        user.ProvinceId = scope.Value.ProvinceId;
        var result = await userManager.UpdateAsync(user);
        if (result.Succeeded)
        {
            var current = await userManager.GetRolesAsync(user);
            if (!current.SequenceEqual([model.Role]))
            {
                result = await userManager.RemoveFromRolesAsync(user, current);
                if (result.Succeeded)
                {
                    result = await userManager.AddToRoleAsync(user, model.Role);
                }
            }

            // Role or scope changes take effect at the user's next request, not after their cookie expires.
            await userManager.UpdateSecurityStampAsync(user);
        }

        if (!result.Succeeded)
        {
            AddErrors(result);
            await LoadChoicesAsync(cancellationToken);
            return View(model);
        }

        TempData.Flash(l["Users.Saved", user.UserName!]);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Lock(string id)
    {
        var user = await userManager.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (user.Id == currentUser.UserId)
        {
            TempData.Flash(l["Users.CannotLockSelf"], FlashKind.Danger);
            return RedirectToAction(nameof(Index));
        }

        await userManager.SetLockoutEnabledAsync(user, true);
        await userManager.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        await userManager.UpdateSecurityStampAsync(user);
        TempData.Flash(l["Users.Locked", user.UserName!]);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Unlock(string id)
    {
        var user = await userManager.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await userManager.SetLockoutEndDateAsync(user, null);
        await userManager.ResetAccessFailedCountAsync(user);
        TempData.Flash(l["Users.Unlocked", user.UserName!]);
        return RedirectToAction(nameof(Index));
    }

    /// <summary>Checks the organisation the form names exists and matches the role's level.</summary>
    private async Task<(ScopeLevel Level, int? ProvinceId, int? LaoId)?> ResolveScopeAsync(UserFormModel model, CancellationToken cancellationToken)
    {
        switch (Roles.RequiredScope(model.Role))
        {
            case ScopeLevel.Lao:
                var lao = await directory.FindLaoByCodeAsync(model.LaoCode ?? "", cancellationToken);
                if (lao is null)
                {
                    ModelState.AddModelError(nameof(model.LaoCode), l["Users.LaoNotFound"]);
                    return null;
                }

                return (ScopeLevel.Lao, lao.ProvinceId, lao.Id);
            case ScopeLevel.Province:
                if (await directory.FindProvinceAsync(model.ProvinceId ?? 0, cancellationToken) is null)
                {
                    ModelState.AddModelError(nameof(model.ProvinceId), l["Users.ProvinceRequired"]);
                    return null;
                }

                return (ScopeLevel.Province, model.ProvinceId, null);
            default:
                return (ScopeLevel.National, null, null);
        }
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var thai = IsThai();
        ViewData["Provinces"] = (await directory.GetProvincesAsync(cancellationToken))
            .Select(p => (p.Id, Name: thai ? p.NameTh : p.NameEn))
            .OrderBy(p => p.Name, StringComparer.Create(System.Globalization.CultureInfo.CurrentCulture, false))
            .ToList();
    }

    private void AddErrors(IdentityResult result)
    {
        foreach (var error in result.Errors)
        {
            var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(UserFormModel.Password)
                : error.Code.Contains("UserName", StringComparison.Ordinal) ? nameof(UserFormModel.UserName)
                : string.Empty;
            ModelState.AddModelError(field, error.Description);
        }
    }

    private static bool IsThai() => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "th";
}
