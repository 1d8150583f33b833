using LocalGov.Revenue.Contracts;
using LocalGov.Revenue.Resources;
using LocalGov.Revenue.Services;
using LocalGov.Revenue.Services.Payments;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LocalGov.Revenue.Areas.Revenue.Features.BankImport;

internal sealed record BankImportViewModel(PaymentMethod Method, StatementImportResult? Result, string? FileName);

/// <summary>Imports a bank statement (CSV): matched lines become receipts; see <see cref="BankStatementImport"/> for the policy.</summary>
[Area("Revenue")]
[Authorize(Policy = RevenueModule.ManagePolicy)]
internal sealed class BankImportController(RevenueAccess access, BankStatementImport import, IStringLocalizer<Strings> l) : Controller
{
    public const long MaxFileBytes = 5 * 1024 * 1024;

    [HttpGet]
    public IActionResult Index() => access.OwnLaoId is null ? Forbid() : View(new BankImportViewModel(PaymentMethod.ThaiQr, null, null));

    [HttpPost]
    [RequestSizeLimit(MaxFileBytes + 64 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxFileBytes + 64 * 1024)]
    public async Task<IActionResult> Index(IFormFile? file, PaymentMethod method, CancellationToken cancellationToken)
    {
        if (access.OwnLaoId is not { } laoId || !await access.CanChangeAsync(laoId, cancellationToken))
        {
            return Forbid();
        }

        if (method is not (PaymentMethod.ThaiQr or PaymentMethod.BankTransfer))
        {
            ModelState.AddModelError("method", l["Pay.Import.MethodInvalid"]);
        }

        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", l["Pay.Import.FileRequired"]);
        }
        else if (file.Length > MaxFileBytes)
        {
            ModelState.AddModelError("file", l["Pay.Import.FileTooLarge"]);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new BankImportViewModel(method, null, file?.FileName));
        }

        await using var stream = file!.OpenReadStream();
        var result = await import.ImportAsync(laoId, stream, file.FileName, method, access.UserName, cancellationToken);
        if (result.Refusal is { } refusal)
        {
            ModelState.AddModelError(string.Empty, l[$"Pay.Error.{refusal.Error}"]);
        }

        return View(new BankImportViewModel(method, result, file.FileName));
    }
}
