using LocalGov.Finance.Contracts;
using LocalGov.Organizations.Contracts;
using LocalGov.Procurement.Contracts;
using LocalGov.Procurement.Domain;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Web;

namespace LocalGov.Procurement.Areas.Procurement.Features.Contracts;

/// <summary>Which contracts the list shows.</summary>
internal enum ContractFilter
{
    All = 0,
    Open = 1,
    Late = 2,
    Completed = 3,
}

internal sealed class ContractSearch
{
    public string? Q { get; set; }
    public ContractFilter Filter { get; set; }
    public int Page { get; set; } = 1;
    public int? LaoId { get; set; }
    public string? Code { get; set; }
}

internal sealed record ContractListItem(
    int CaseId, string ContractNo, AgreementKind Kind, string CaseNo, string Title, string VendorName, Money Amount, DateOnly DueOn,
    ProcurementCaseStatus Status, int Instalments, int Accepted, bool IsLate);

internal sealed record AwaitingContract(int CaseId, string CaseNo, string Title, Money AwardAmount, DateOnly? AwardedOn);

internal sealed record ContractListViewModel(
    LaoDto Lao, IReadOnlyList<ContractListItem> Items, IReadOnlyList<AwaitingContract> Awaiting, ContractSearch Search, int Total, Pager Pager, bool CanManage);

internal sealed class InstalmentFormModel
{
    public string? Description { get; set; }
    public string? Amount { get; set; }
    public DateOnly? DueOn { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(Amount) && DueOn is null;
}

/// <summary>The contract form: amounts typed in baht, the penalty rate in percent a day (two decimals at most).</summary>
internal sealed class ContractFormModel
{
    public AgreementKind Kind { get; set; } = AgreementKind.Contract;
    public string? ContractNo { get; set; }
    public DateOnly? SignedOn { get; set; }
    public DateOnly? StartOn { get; set; }
    public string? Amount { get; set; }
    public GuaranteeKind GuaranteeKind { get; set; }
    public string? GuaranteeAmount { get; set; }
    public string? GuaranteeReference { get; set; }
    public string? PenaltyRate { get; set; }
    public PenaltyBase PenaltyBase { get; set; }
    public string? MinimumPenaltyPerDay { get; set; }
    public List<InstalmentFormModel> Instalments { get; set; } = [];
}

internal sealed record ContractFormViewModel(ProcurementCase Case, string VendorName, ContractFormModel Form, Money SuggestedGuarantee, Money? WrittenContractLimit);

internal sealed record InstalmentRow(ContractInstalment Instalment, PaymentRequestStatus? Payment, bool IsLate);

internal sealed record ContractDetailsViewModel(
    LaoDto Lao, ProcurementCase Case, PurchaseContract Contract, Vendor Vendor, IReadOnlyList<InstalmentRow> Instalments,
    IReadOnlyList<CommitteeMember> Inspectors, Money TotalPenalty, Money SuggestedGuarantee, bool PenaltyAboveTenPercent, bool CanManage);

internal sealed class DeliveryFormModel
{
    public DateOnly? DeliveredOn { get; set; }
    public string? Note { get; set; }
}

internal sealed class InspectionFormModel
{
    public DateOnly? InspectedOn { get; set; }
    public bool? Accepted { get; set; }
    public string? Note { get; set; }
}

/// <summary>The delivery or inspection page of one instalment.</summary>
internal sealed record InstalmentFormViewModel<TForm>(ProcurementCase Case, PurchaseContract Contract, ContractInstalment Instalment, string VendorName, TForm Form, LatePenaltyResult? Penalty);

/// <summary>ใบตรวจรับพัสดุ: the printable inspection report of one instalment.</summary>
internal sealed record InspectionReportViewModel(LaoDto Lao, ProcurementCase Case, PurchaseContract Contract, ContractInstalment Instalment, Vendor Vendor, IReadOnlyList<CommitteeMember> Inspectors);
