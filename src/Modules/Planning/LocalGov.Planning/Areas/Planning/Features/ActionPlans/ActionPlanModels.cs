using LocalGov.Organizations.Contracts;
using LocalGov.Planning.Contracts;
using LocalGov.Planning.Services.Monitoring;

namespace LocalGov.Planning.Areas.Planning.Features.ActionPlans;

internal sealed record ActionPlanIndexViewModel(LaoDto Lao, int FiscalYear, ActionPlanView View, bool CanManage);

internal sealed class BuildChoiceForm
{
    public int ProjectId { get; set; }
    public bool Selected { get; set; }
    public int StartMonth { get; set; } = 1;
    public int EndMonth { get; set; } = 12;
}

internal sealed class BuildForm
{
    public List<BuildChoiceForm> Projects { get; set; } = [];
}

internal sealed record BuildViewModel(LaoDto Lao, int FiscalYear, BuildOptions Options);

internal sealed class ProgressForm
{
    /// <summary>yyyy-MM-dd (the date input) or dd/MM/yyyy B.E.</summary>
    public string? RecordedOn { get; set; }

    public ProjectStatus? Status { get; set; }
    public string? Percent { get; set; }
    public string? Note { get; set; }
    public string? Problems { get; set; }
    public string? Remedies { get; set; }
    public Guid Stamp { get; set; }
}

/// <summary>The map's tile layer (<c>Planning:Map</c>): empty TileUrl means no tiles, the marker on a plain background.</summary>
internal sealed class MapOptions
{
    public const string Section = "Planning:Map";

    public string? TileUrl { get; set; }
    public string? Attribution { get; set; }
}

internal sealed record ProjectViewModel(LaoDto Lao, ProjectView Project, ProgressForm Form, bool CanManage, long MaxUploadBytes, MapOptions Map)
{
    public long MaxUploadMegabytes => Math.Max(1, MaxUploadBytes / (1024 * 1024));
}
