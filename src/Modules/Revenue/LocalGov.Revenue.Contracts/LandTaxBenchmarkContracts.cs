namespace LocalGov.Revenue.Contracts;

/// <summary>What one land and building tax assessment run did (host commands and benchmarks).</summary>
public sealed record LandTaxRunSummary(
    int Parcels,
    int Taxpayers,
    int AssessmentsCreated,
    int AssessmentsChanged,
    int AssessmentsUnchanged,
    int BillsCreated,
    int BillsUpdated,
    int BillsUnchanged,
    long TotalTaxSatang,
    string ResultHash,
    long ElapsedMilliseconds);

/// <summary>
/// Host commands for the land and building tax benchmark: generate a large municipality's parcels, and time the
/// annual assessment run of an LAO (the same service the page runs).
/// </summary>
public interface ILandTaxBenchmark
{
    /// <summary>Adds about <paramref name="parcels"/> parcels (with owners, uses and buildings) to the LAO; returns the parcels added (0 when already there).</summary>
    Task<int> GenerateAsync(string laoCode, int parcels, int randomSeed, CancellationToken cancellationToken = default);

    Task<LandTaxRunSummary> RunAssessmentAsync(string laoCode, int taxYear, CancellationToken cancellationToken = default);
}
