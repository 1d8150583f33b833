namespace LocalGov.OpenData.Contracts;

/// <summary>What a national publication of one fiscal year did (budgets and projects newly published; the rest were already published or had no lines).</summary>
public sealed record NationalPublicationResult(int FiscalYear, int Budgets, long Lines, long Estimates, int ProjectLaos, int Projects, int Skipped, long ElapsedMilliseconds);

/// <summary>
/// Publishes, for one fiscal year, the budget in force and the action-plan projects of every LAO that has not published
/// them yet (the national dataset, the host command <c>publish national</c>). Never publishes a draft.
/// </summary>
public interface INationalPublication
{
    Task<NationalPublicationResult> PublishYearAsync(int fiscalYear, string publishedBy, CancellationToken cancellationToken = default);
}
