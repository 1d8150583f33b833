using LocalGov.Organizations.Contracts;
using LocalGov.Procurement.Domain;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Web;

namespace LocalGov.Procurement.Areas.Procurement.Features.Assets;

internal sealed record AssetSearch(AssetStatus? Status, string? Category, string? Location, string? Custodian);

internal sealed record AssetRow(int Id, string AssetCode, string Name, string Category, string Location, string Custodian, AssetStatus Status, Money Cost, Money BookValue);

internal sealed record AssetListViewModel(LaoDto Lao, AssetSearch Search, IReadOnlyList<string> Categories, IReadOnlyList<AssetRow> Items, int Total, Pager Pager, bool CanManage);

internal sealed record AssetDetailsViewModel(Asset Asset, LaoDto Lao, DepreciationState Today, bool CanManage);

internal sealed record ScheduleRow(int Id, string AssetCode, string Name, string Category, DateOnly AcquiredOn, AssetStatus Status, Money Cost, Money ThisYear, Money Accumulated, Money BookValue);

internal sealed record ScheduleViewModel(LaoDto Lao, int FiscalYear, IReadOnlyList<ScheduleRow> Rows, bool CanManage)
{
    public Money Total(Func<ScheduleRow, Money> pick) => Money.Sum(Rows.Select(pick));
}

/// <summary>An asset entered by hand (older assets, donations).</summary>
internal sealed class AssetForm
{
    public string? Name { get; set; }
    public string? Category { get; set; }
    public string? AcquiredOn { get; set; }
    public string? Cost { get; set; }
    public string? SalvageValue { get; set; }
    public int? UsefulLifeYears { get; set; }
    public string? Location { get; set; }
    public string? Custodian { get; set; }
}

/// <summary>The date, and for the action: location/custodian (transfer), cost (repair), method and proceeds (disposal), note or reason.</summary>
internal sealed class AssetActionForm
{
    public string? OccurredOn { get; set; }
    public string? Location { get; set; }
    public string? Custodian { get; set; }
    public string? Amount { get; set; }
    public DisposalMethod? Method { get; set; }
    public string? Note { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}

internal sealed record AssetActionViewModel(Asset Asset, string Action, AssetActionForm Form);
