using LocalGov.Procurement.Domain;

namespace LocalGov.Procurement.Services;

/// <summary>Durable goods of an accepted instalment, to enter the asset register.</summary>
internal sealed record AcceptedGoods(ProcurementCase Case, PurchaseContract Contract, ContractInstalment Instalment, IReadOnlyList<CaseItem> DurableItems, DateOnly AcceptedOn);

/// <summary>
/// Implemented by the asset register; called by the inspection's acceptance inside its transaction so that the
/// acceptance and the new assets commit together. Returns the asset codes it created.
/// </summary>
internal interface IAssetIntake
{
    Task<IReadOnlyList<string>> RegisterAsync(AcceptedGoods goods, CancellationToken cancellationToken);
}
