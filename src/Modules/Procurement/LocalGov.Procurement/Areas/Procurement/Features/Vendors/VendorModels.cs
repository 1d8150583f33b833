using LocalGov.Organizations.Contracts;
using LocalGov.Procurement.Domain;
using LocalGov.SharedKernel.Web;

namespace LocalGov.Procurement.Areas.Procurement.Features.Vendors;

internal sealed record VendorRow(int Id, string TaxId, VendorKind Kind, string Name, string? Phone, bool BlacklistedToday);

internal sealed record VendorListViewModel(LaoDto Lao, string? Query, IReadOnlyList<VendorRow> Items, int Total, Pager Pager, bool CanManage);

internal sealed record VendorDetailsViewModel(Vendor Vendor, LaoDto Lao, DateOnly Today, bool CanManage);

internal sealed class VendorForm
{
    public int? Id { get; set; }
    public string? TaxId { get; set; }
    public string? Name { get; set; }
    public string? BranchNo { get; set; }
    public string? Address { get; set; }
    public string? ContactName { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? BankName { get; set; }
    public string? BankAccountNo { get; set; }
    public string? BankAccountName { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}

internal sealed class BlacklistForm
{
    public string? FromDate { get; set; }
    public string? ToDate { get; set; }
    public string? Reason { get; set; }
}

internal sealed record BlacklistViewModel(Vendor Vendor, BlacklistForm Form);
