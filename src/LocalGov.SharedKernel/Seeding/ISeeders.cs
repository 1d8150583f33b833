namespace LocalGov.SharedKernel.Seeding;

/// <summary>
/// Adds reference data a module needs in every environment (classifications, rate tables), on every start.
/// Must be idempotent and must never overwrite what an administrator edited.
/// </summary>
public interface IReferenceDataSeeder
{
    int Order { get; }

    Task SeedAsync(CancellationToken cancellationToken);
}

/// <summary>Adds a module's demo data on first start (SQLite demo). Runs in <see cref="Order"/>; must be idempotent.</summary>
public interface IDemoSeeder
{
    int Order { get; }

    Task SeedAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Adds a module's part of the national synthetic dataset (benchmarks). Deterministic for a given seed.
/// </summary>
public interface INationalSeeder
{
    int Order { get; }

    Task SeedAsync(NationalSeedOptions options, CancellationToken cancellationToken);
}

public sealed record NationalSeedOptions(int RandomSeed = 20260101, int LaoCount = 7850);
