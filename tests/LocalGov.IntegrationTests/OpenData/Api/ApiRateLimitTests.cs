using System.Net;
using LocalGov.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using static LocalGov.IntegrationTests.OpenData.Api.ApiClient;

namespace LocalGov.IntegrationTests.OpenData.Api;

/// <summary>The API's rate limit per client address, with its own app whose limit is 3 requests a minute.</summary>
public sealed class ApiRateLimitTests(LocalGovFactory factory) : IClassFixture<LocalGovFactory>
{
    [Fact]
    public async Task Requests_over_the_limit_get_429_problem_details_with_Retry_After()
    {
        using var limited = factory.WithWebHostBuilder(b => b.UseSetting("OpenData:RateLimit:ApiPermitsPerMinute", "3"));
        using var client = limited.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.GetAsync("/api/v1/indicators")).StatusCode);
        }

        var (rejected, problem, _) = await GetJsonAsync(client, "/api/v1/budgets");

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        Assert.Equal("application/problem+json", rejected.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Equal("เรียกใช้บ่อยเกินไป", problem.GetProperty("title").GetString());
        Assert.True(rejected.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }
}
