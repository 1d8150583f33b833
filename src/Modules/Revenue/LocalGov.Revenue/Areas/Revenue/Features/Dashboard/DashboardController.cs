using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Revenue.Areas.Revenue.Features.Dashboard;

[Area("Revenue")]
[Authorize(Policy = RevenueModule.ReadPolicy)]
internal sealed class DashboardController : Controller
{
    [HttpGet]
    public IActionResult Index() => View();
}
