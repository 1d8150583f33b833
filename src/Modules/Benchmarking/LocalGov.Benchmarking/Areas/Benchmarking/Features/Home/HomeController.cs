using LocalGov.Benchmarking.Services;
using LocalGov.SharedKernel.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Benchmarking.Areas.Benchmarking.Features.Home;

/// <summary>The menu's entry: LAO staff go to their own report card, officers above LAO level to the dashboards.</summary>
[Area("Benchmarking")]
[Authorize(Policy = BenchmarkingModule.ReadPolicy)]
internal sealed class HomeController(BenchmarkingAccess access) : Controller
{
    [HttpGet]
    public IActionResult Index() => access.Level == ScopeLevel.Lao
        ? RedirectToAction("Index", "Cards")
        : RedirectToAction("Index", "Dashboards");
}
