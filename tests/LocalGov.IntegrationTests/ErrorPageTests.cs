using System.Net;
using LocalGov.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.IntegrationTests;

/// <summary>An unexpected exception shows the friendly 500 page with a reference, never a stack trace.</summary>
public sealed class ErrorPageTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    [Fact]
    public async Task Unhandled_exception_shows_the_friendly_error_page_without_details()
    {
        using var app = factory.WithWebHostBuilder(b => b.ConfigureServices(s =>
            s.AddControllersWithViews().AddApplicationPart(typeof(FailingController).Assembly)));
        using var client = app.CreateClient();

        var response = await client.GetAsync("/test-failure");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("data-status=\"500\"", body, StringComparison.Ordinal);
        Assert.Contains("ระบบขัดข้อง", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Simulated failure", body, StringComparison.Ordinal);
        Assert.DoesNotContain("StackTrace", body, StringComparison.Ordinal);
    }
}

/// <summary>Loaded only by the test above: the app itself has no such endpoint.</summary>
[AllowAnonymous]
public sealed class FailingController : Controller
{
    [HttpGet("/test-failure")]
    public IActionResult Fail() => throw new InvalidOperationException("Simulated failure");
}
