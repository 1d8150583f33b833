namespace LocalGov.SharedKernel.Security;

/// <summary>Role names stored in ASP.NET Core Identity. Thai display names live in the UI resources.</summary>
public static class Roles
{
    public const string SystemAdministrator = "SystemAdministrator";
    public const string LaoFinanceOfficer = "LaoFinanceOfficer";
    public const string LaoPlanningOfficer = "LaoPlanningOfficer";
    public const string LaoRevenueOfficer = "LaoRevenueOfficer";
    public const string LaoProcurementOfficer = "LaoProcurementOfficer";
    public const string LaoExecutive = "LaoExecutive";
    public const string ProvincialDlaOfficer = "ProvincialDlaOfficer";
    public const string DlaCentralOfficer = "DlaCentralOfficer";
    public const string DlaExecutive = "DlaExecutive";

    public static readonly IReadOnlyList<string> All =
    [
        SystemAdministrator, LaoFinanceOfficer, LaoPlanningOfficer, LaoRevenueOfficer, LaoProcurementOfficer,
        LaoExecutive, ProvincialDlaOfficer, DlaCentralOfficer, DlaExecutive,
    ];

    /// <summary>Roles that work inside one LAO.</summary>
    public static readonly IReadOnlyList<string> LaoStaff =
        [LaoFinanceOfficer, LaoPlanningOfficer, LaoRevenueOfficer, LaoProcurementOfficer, LaoExecutive];

    /// <summary>The scope level a role requires: LAO staff belong to an LAO, provincial officers to a province.</summary>
    public static ScopeLevel RequiredScope(string role) => role switch
    {
        ProvincialDlaOfficer => ScopeLevel.Province,
        DlaCentralOfficer or DlaExecutive or SystemAdministrator => ScopeLevel.National,
        _ when LaoStaff.Contains(role) => ScopeLevel.Lao,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role."),
    };
}
