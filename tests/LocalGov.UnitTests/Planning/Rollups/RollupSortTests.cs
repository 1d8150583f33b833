using LocalGov.Organizations.Contracts;
using LocalGov.Planning.Services.Rollups;

namespace LocalGov.UnitTests.Planning.Rollups;

public sealed class RollupSortTests
{
    private static readonly LaoRollupRow[] Rows =
    [
        new(1, "300", "ค", "C", LaoType.SubdistrictAdministrativeOrganisation, new RollupFigures { Budgeted = 1_000, Disbursed = 500, ProjectsInActionPlan = 2, PercentCompleteTotal = 90 }),
        new(2, "100", "ก", "A", LaoType.TownMunicipality, null),
        new(3, "200", "ข", "B", LaoType.SubdistrictMunicipality, new RollupFigures { Budgeted = 0, Disbursed = 0, ProjectsInActionPlan = 1, ProjectsCancelled = 1 }),
        new(4, "400", "ง", "D", LaoType.TownMunicipality, new RollupFigures { Budgeted = 4_000, Disbursed = 3_000 }),
    ];

    [Fact]
    public void Sorting_by_a_figure_puts_LAOs_without_data_last_in_either_direction()
    {
        Assert.Equal([3, 1, 4, 2], RollupSort.Parse("rate", false).Apply(Rows).Select(r => r.LaoId));
        Assert.Equal([4, 1, 3, 2], RollupSort.Parse("rate", true).Apply(Rows).Select(r => r.LaoId));
    }

    [Fact]
    public void Unknown_column_falls_back_to_the_code()
    {
        Assert.Equal([2, 3, 1, 4], RollupSort.Parse("drop table", true).Apply(Rows).Select(r => r.LaoId));
        Assert.Equal([4, 1, 3, 2], RollupSort.Parse("code", true).Apply(Rows).Select(r => r.LaoId));
    }

    [Fact]
    public void Disbursement_rate_and_progress_are_empty_when_nothing_is_budgeted_or_counted()
    {
        Assert.Equal(50.0m, Rows[0].Figures!.DisbursementRate);
        Assert.Equal(45.0m, Rows[0].Figures!.Progress);
        Assert.Null(Rows[2].Figures!.DisbursementRate);
        Assert.Null(Rows[2].Figures!.Progress);
        Assert.Equal(75.0m, Rows[3].Figures!.DisbursementRate);
    }
}
