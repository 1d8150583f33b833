namespace LocalGov.Procurement.Domain;

/// <summary>Whether a vendor is a company or a person, read from its tax id.</summary>
internal static class VendorKinds
{
    /// <summary>Juristic persons' tax ids start with 0 (นิติบุคคล); every other id is a person's (บุคคลธรรมดา).</summary>
    public static VendorKind FromTaxId(string taxId)
    {
        ArgumentException.ThrowIfNullOrEmpty(taxId);
        return taxId[0] == '0' ? VendorKind.Company : VendorKind.Person;
    }
}
