using LocalGov.SharedKernel.Modularity;
using LocalGov.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LocalGov.Web.Features.Shared;

/// <summary>The main navigation: every module's menu entries the current user may use, plus administration.</summary>
public sealed class MainMenuViewComponent(ModuleCatalog catalog, IAuthorizationService authorization, IStringLocalizerFactory localizers) : ViewComponent
{
    private static readonly MenuItem[] PlatformMenu =
    [
        new("Menu.Users", "", "Users", "Index", PlatformServices.AdministratorPolicy, 900),
        new("Menu.Audit", "", "Audit", "Index", PlatformServices.AdministratorPolicy, 910),
    ];

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var entries = new List<MenuEntry>();
        var items = catalog.Modules
            .SelectMany(m => m.Menu.Select(item => (Item: item, Assembly: m.GetType().Assembly.GetName().Name!)))
            .Concat(PlatformMenu.Select(item => (Item: item, Assembly: typeof(Program).Assembly.GetName().Name!)))
            .OrderBy(x => x.Item.Order);
        foreach (var (item, assembly) in items)
        {
            if (!await IsVisibleAsync(item))
            {
                continue;
            }

            var title = localizers.Create("Resources.Strings", assembly)[item.TitleKey];
            var url = Url.Action(item.Action, item.Controller, new { area = item.Area }) ?? "#";
            var active = string.Equals(RouteData.Values["controller"] as string, item.Controller, StringComparison.OrdinalIgnoreCase)
                && string.Equals(RouteData.Values["area"] as string ?? "", item.Area, StringComparison.OrdinalIgnoreCase);
            entries.Add(new MenuEntry(title, url, active));
        }

        return View(entries);
    }

    private async Task<bool> IsVisibleAsync(MenuItem item)
    {
        if (item.Policy == MenuItem.Anonymous)
        {
            return true;
        }

        if (User.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        return item.Policy is null || (await authorization.AuthorizeAsync(HttpContext.User, item.Policy)).Succeeded;
    }
}

public sealed record MenuEntry(string Title, string Url, bool Active);
