using LocalGov.Data.Identity;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Security;
using LocalGov.SharedKernel.Seeding;
using Microsoft.AspNetCore.Identity;

namespace LocalGov.Web.Features.Account;

/// <summary>
/// One demo account per role, created only by the demo seed (never in production): LAO staff belong to the
/// demo town municipality, the provincial officer to the demo province. All share <see cref="Password"/>.
/// </summary>
public sealed class DemoAccountsSeeder(UserManager<AppUser> users, IOrganizationDirectory directory, ILogger<DemoAccountsSeeder> logger) : IDemoSeeder
{
    public const string Password = "LocalGov2569";

    private static readonly (string UserName, string Role, string DisplayName)[] Accounts =
    [
        ("admin", Roles.SystemAdministrator, "ผู้ดูแลระบบ (สาธิต)"),
        ("finance", Roles.LaoFinanceOfficer, "สมใจ ใจดี (การเงิน)"),
        ("planning", Roles.LaoPlanningOfficer, "วิชัย วางแผน (แผนงาน)"),
        ("revenue", Roles.LaoRevenueOfficer, "มาลี เก็บดี (รายได้)"),
        ("procurement", Roles.LaoProcurementOfficer, "สมชาย พัสดุ (พัสดุ)"),
        ("executive", Roles.LaoExecutive, "นายกเทศมนตรี (สาธิต)"),
        ("province", Roles.ProvincialDlaOfficer, "ท้องถิ่นจังหวัด (สาธิต)"),
        ("dla", Roles.DlaCentralOfficer, "เจ้าหน้าที่ สถ. (สาธิต)"),
        ("dlaexec", Roles.DlaExecutive, "ผู้บริหาร สถ. (สาธิต)"),
    ];

    public int Order => 100;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var lao = await directory.FindLaoByCodeAsync(DemoData.DemoLaoCode, cancellationToken);
        var province = (await directory.GetProvincesAsync(cancellationToken)).FirstOrDefault(p => p.Code == DemoData.DemoProvinceCode);
        if (lao is null || province is null)
        {
            logger.LogWarning("Demo organisations missing; demo accounts not created");
            return;
        }

        foreach (var (userName, role, displayName) in Accounts)
        {
            if (await users.FindByNameAsync(userName) is not null)
            {
                continue;
            }

            var level = Roles.RequiredScope(role);
            var user = new AppUser
            {
                UserName = userName,
                DisplayName = displayName,
                ScopeLevel = level,
                LaoId = level == ScopeLevel.Lao ? lao.Id : null,
                ProvinceId = level switch { ScopeLevel.Lao => lao.ProvinceId, ScopeLevel.Province => province.Id, _ => null },
                CreatedUtc = DateTime.UtcNow,
            };
            var result = await users.CreateAsync(user, Password);
            if (result.Succeeded)
            {
                result = await users.AddToRoleAsync(user, role);
            }

            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {userName}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
            }
        }
    }
}
