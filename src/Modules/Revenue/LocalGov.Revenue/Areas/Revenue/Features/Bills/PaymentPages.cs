using System.Globalization;
using LocalGov.Organizations.Contracts;
using LocalGov.Revenue.Services;
using Microsoft.AspNetCore.Mvc;

namespace LocalGov.Revenue.Areas.Revenue.Features.Bills;

/// <summary>Scope answers shared by the payment pages: read another LAO's row → 404; change it → 403.</summary>
internal static class PaymentPages
{
    public const int PageSize = 25;

    /// <summary>Null when the user may read the LAO's rows; otherwise 404.</summary>
    public static async Task<IActionResult?> CheckReadAsync(this Controller controller, RevenueAccess access, int laoId, CancellationToken cancellationToken) =>
        await access.CanReadAsync(laoId, cancellationToken) ? null : controller.NotFound();

    /// <summary>Null when the user may change the LAO's rows; 404 when they may not even read them, else 403.</summary>
    public static async Task<IActionResult?> CheckChangeAsync(this Controller controller, RevenueAccess access, int laoId, CancellationToken cancellationToken)
    {
        if (!await access.CanReadAsync(laoId, cancellationToken))
        {
            return controller.NotFound();
        }

        return await access.CanChangeAsync(laoId, cancellationToken) ? null : controller.Forbid();
    }

    public static async Task<string> LaoNameAsync(IOrganizationDirectory directory, int laoId, CancellationToken cancellationToken)
    {
        var lao = await directory.FindLaoAsync(laoId, cancellationToken);
        return lao is null ? "" : IsThai ? lao.NameTh : lao.NameEn;
    }

    public static bool IsThai => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "th";
}
