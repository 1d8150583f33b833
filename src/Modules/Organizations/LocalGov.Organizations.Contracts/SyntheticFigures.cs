namespace LocalGov.Organizations.Contracts;

/// <summary>
/// The common ground of the modules' synthetic summary generators (national benchmark dataset, the demo province):
/// one size per LAO-year, from its type and population, so that each module's figures of the same LAO-year fit
/// together (budget, ledger and own-source revenue of one scale), and deterministic draws per LAO-year and module.
/// Each module still decides its own figures; nothing here reads or writes data.
/// </summary>
public static class SyntheticFigures
{
    /// <summary>
    /// The LAO-year's expenditure in baht: population × a per-head figure by LAO type (as Budgeting's national seeder),
    /// at least 15 M baht, ±10 % per LAO, growing ~3 % a year to <paramref name="fiscalYear"/>.
    /// </summary>
    public static long ExpenditureBaht(LaoDto lao, int fiscalYear, int seed)
    {
        ArgumentNullException.ThrowIfNull(lao);
        var perHead = lao.Type switch
        {
            LaoType.ProvincialAdministrativeOrganisation => 1_200,
            LaoType.CityMunicipality => 7_000,
            LaoType.TownMunicipality => 6_000,
            LaoType.SubdistrictMunicipality => 5_000,
            LaoType.Bangkok => 14_000,
            LaoType.Pattaya => 20_000,
            _ => 4_500,
        };
        var population = lao.Population > 0 ? lao.Population : 600_000;
        var baht = Math.Max(15_000_000m, (decimal)population * perHead);
        var size = 0.90m + (Hash(seed, lao.Id, 0, SyntheticStream.Scale) % 21) / 100m;
        var growth = 1m + 0.03m * (fiscalYear - 2570);
        return (long)Math.Round(baht * size * growth, 0, MidpointRounding.AwayFromZero);
    }

    /// <summary>A random stream for one LAO-year and module, the same for the same seed.</summary>
    public static Random RandomFor(int seed, int laoId, int fiscalYear, SyntheticStream stream) =>
        new(Hash(seed, laoId, fiscalYear, stream));

    /// <summary>
    /// Whether the module has no data for the LAO-year (~0.5 % per module, so ~2 % of LAO-years miss one module's data
    /// and the data-quality view has something to show).
    /// </summary>
    public static bool IsMissing(int seed, int laoId, int fiscalYear, SyntheticStream stream) =>
        Hash(seed ^ 0x4D495353, laoId, fiscalYear, stream) % 1000 < 5;

    /// <summary>Whether the module's figures of the LAO-year are extreme (~0.15 % per module, ~0.5 % of LAO-years).</summary>
    public static bool IsOutlier(int seed, int laoId, int fiscalYear, SyntheticStream stream) =>
        Hash(seed ^ 0x4F55544C, laoId, fiscalYear, stream) % 10_000 < 15;

    /// <summary>A uniform fraction in [<paramref name="from"/>, <paramref name="to"/>), to 4 places.</summary>
    public static decimal Between(Random random, decimal from, decimal to)
    {
        ArgumentNullException.ThrowIfNull(random);
        return from + (to - from) * random.Next(10_000) / 10_000m;
    }

    /// <summary>The demo province's LAOs except the demo LAO, which has real data (the demo's whole-province dashboards).</summary>
    public static async Task<IReadOnlyList<LaoDto>> DemoNeighboursAsync(IOrganizationDirectory directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var province = (await directory.GetProvincesAsync(cancellationToken)).FirstOrDefault(p => p.Code == DemoData.DemoProvinceCode);
        if (province is null)
        {
            return [];
        }

        var ids = await directory.GetLaoIdsInProvinceAsync(province.Id, cancellationToken);
        var laos = ids.Count == 0 ? [] : await directory.GetLaosAsync(ids, cancellationToken);
        return [.. laos.Where(l => l.Code != DemoData.DemoLaoCode).OrderBy(l => l.Id)];
    }

    /// <summary>The fiscal years the demo fills for the whole province.</summary>
    public static IReadOnlyList<int> DemoYears { get; } = [2566, 2567, 2568, 2569, 2570];

    /// <summary>A stable, non-negative mix of the inputs (string and HashCode hashes differ between processes).</summary>
    private static int Hash(int seed, int laoId, int fiscalYear, SyntheticStream stream)
    {
        unchecked
        {
            var h = (uint)seed * 0x9E3779B1u;
            h ^= (uint)laoId * 0x85EBCA77u;
            h = (h << 13) | (h >> 19);
            h ^= (uint)fiscalYear * 0xC2B2AE3Du;
            h ^= (uint)stream * 0x27D4EB2Fu;
            h ^= h >> 16;
            h *= 0x7FEB352Du;
            h ^= h >> 15;
            h *= 0x846CA68Bu;
            h ^= h >> 16;
            return (int)(h & 0x7FFFFFFF);
        }
    }
}

/// <summary>Which module draws: each gets its own stream, so adding draws in one module leaves the others unchanged.</summary>
public enum SyntheticStream
{
    Scale = 1,
    Budgeting = 2,
    Finance = 3,
    Revenue = 4,
    Planning = 5,
}
