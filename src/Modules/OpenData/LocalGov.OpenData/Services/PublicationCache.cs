using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.OpenData.Services;

/// <summary>
/// The output cache of the public pages, downloads and API: every cached response carries <see cref="Tag"/>, and any
/// publication or withdrawal evicts the tag, so the next request reads the new data (publications are rare; one tag
/// keeps the rule obvious). Only anonymous GET/HEAD 200 responses without cookies are stored (the framework's
/// default policy), varied by UI culture.
/// </summary>
internal sealed class PublicationCache(IOutputCacheStore store)
{
    public const string PolicyName = "OpenData.Public";
    public const string Tag = "opendata";

    public Task EvictAsync(CancellationToken cancellationToken) => store.EvictByTagAsync(Tag, cancellationToken).AsTask();

    public static void AddPolicy(OutputCacheOptions options, TimeSpan expiry) =>
        options.AddPolicy(PolicyName, b => b
            .Expire(expiry)
            .Tag(Tag)
            .SetVaryByQuery("*")
            .VaryByValue(_ => new KeyValuePair<string, string>("culture", CultureInfo.CurrentUICulture.Name)));
}
