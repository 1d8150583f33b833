using LocalGov.IntegrationTests.Infrastructure;

namespace LocalGov.IntegrationTests.Planning.Monitoring;

/// <summary>The monitoring tests share one app and database: they build on the same plan and each starts from what is there.</summary>
[CollectionDefinition(Name)]
public sealed class MonitoringCollection : ICollectionFixture<LocalGovFactory>
{
    public const string Name = "Planning.Monitoring";
}
