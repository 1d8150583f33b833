using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Web.Features.Home;

/// <summary>The public landing page: citizens find their LAO; later modules add published budgets here.</summary>
[AllowAnonymous]
public sealed class HomeController(IOrganizationDirectory directory, ICurrentUser user) : Controller
{
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var counts = await directory.CountLaosByTypeAsync(cancellationToken);
        var provinces = await directory.GetProvincesAsync(cancellationToken);
        LaoDto? myLao = user.LaoId is { } laoId ? await directory.FindLaoAsync(laoId, cancellationToken) : null;
        ProvinceDto? myProvince = user.ProvinceId is { } provinceId ? provinces.FirstOrDefault(p => p.Id == provinceId) : null;
        return View(new HomeViewModel(counts, provinces.Count, myLao, myProvince, user.ScopeLevel));
    }
}

public sealed record HomeViewModel(
    IReadOnlyDictionary<LaoType, int> LaoCounts,
    int ProvinceCount,
    LaoDto? MyLao,
    ProvinceDto? MyProvince,
    ScopeLevel ScopeLevel)
{
    public int LaoTotal => LaoCounts.Values.Sum();
}
