using LocalGov.OpenData.Contracts;
using LocalGov.OpenData.Domain;
using LocalGov.OpenData.Resources;
using LocalGov.OpenData.Services.Publishing;
using LocalGov.OpenData.Services.Transparency;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Time;
using LocalGov.SharedKernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LocalGov.OpenData.Areas.OpenData.Features.Publishing;

internal sealed record PublishingViewModel(LaoDto Lao, int FiscalYear, IReadOnlyList<int> Years, PublishingState State, int CurrentFiscalMonth);

internal sealed record PreviewViewModel(LaoDto Lao, PublicationKind Kind, int FiscalYear, int? Month, TransparencyDocument Document);

internal sealed record WithdrawViewModel(LaoDto Lao, Publication Publication, string? Error);

/// <summary>
/// Publishing (เผยแพร่ข้อมูล): per fiscal year, everything an LAO can put on the open data portal – its budget in
/// force, its action plan's projects and the ITA/OIT transparency documents – with each item's state, a preview of a
/// document before it is published, publishing (again) and withdrawal with a reason. LAO staff act on their own LAO
/// (another LAO's id is 404); an administrator chooses one.
/// </summary>
[Area("OpenData")]
[Authorize(Policy = OpenDataModule.PublishPolicy)]
internal sealed class PublishingController(
    PublishingAccess access, PublishingWorkflow workflow, TransparencyDocuments documents, TimeProvider clock, IStringLocalizer<Strings> l) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(int? year, int? laoId, string? code, CancellationToken cancellationToken)
    {
        var choice = await access.ChooseLaoAsync(laoId, code, cancellationToken);
        if (choice.Lao is null)
        {
            return choice.NotFound ? NotFound() : View("PublishingLaoPicker", choice);
        }

        var current = FiscalYear.Current(clock);
        var fiscalYear = year is >= FiscalYear.MinBuddhistYear and <= FiscalYear.MaxBuddhistYear ? year.Value : current.BuddhistYear;
        var years = Enumerable.Range(current.BuddhistYear - 3, 5).Append(fiscalYear).Distinct().OrderDescending().ToList();
        var state = await workflow.StateAsync(choice.Lao, fiscalYear, cancellationToken);
        var fiscalMonth = fiscalYear == current.BuddhistYear ? current.MonthIndexOf(ThaiDate.Today(clock)) : 12;
        return View(new PublishingViewModel(choice.Lao, fiscalYear, years, state, fiscalMonth));
    }

    [HttpGet]
    public async Task<IActionResult> Preview(PublicationKind kind, int year, int? month, int? laoId, CancellationToken cancellationToken)
    {
        var choice = await access.ChooseLaoAsync(laoId, null, cancellationToken);
        if (choice.Lao is not { } lao)
        {
            return choice.NotFound ? NotFound() : RedirectToAction(nameof(Index));
        }

        if (year is < FiscalYear.MinBuddhistYear or > FiscalYear.MaxBuddhistYear)
        {
            return NotFound();
        }

        var generated = await documents.GenerateAsync(lao, kind, year, month, cancellationToken);
        if (generated.Document is not { } document)
        {
            TempData.Flash(Message(generated.Error switch
            {
                DocumentError.BudgetNotInForce => PublishOutcome.BudgetNotInForce,
                DocumentError.NoProcurementPlan => PublishOutcome.NoProcurementPlan,
                DocumentError.BadMonth => PublishOutcome.BadMonth,
                _ => PublishOutcome.UnknownKind,
            }, kind, year), FlashKind.Danger);
            return RedirectToAction(nameof(Index), new { year, laoId = lao.Id });
        }

        return View(new PreviewViewModel(lao, kind, year, month, document));
    }

    [HttpPost]
    public async Task<IActionResult> Publish(PublicationKind kind, int year, int? month, int? laoId, CancellationToken cancellationToken)
    {
        var choice = await access.ChooseLaoAsync(laoId, null, cancellationToken);
        if (choice.Lao is not { } lao)
        {
            return NotFound();
        }

        if (year is < FiscalYear.MinBuddhistYear or > FiscalYear.MaxBuddhistYear || !Enum.IsDefined(kind))
        {
            return BadRequest();
        }

        var result = await workflow.PublishAsync(lao, kind, year, month, access.UserName, cancellationToken);
        TempData.Flash(
            result.Publication is { } p ? l["Pub.Published", l["Tr.Kind." + kind].Value, p.Version] : Message(result.Outcome, kind, year),
            result.Outcome == PublishOutcome.Published ? FlashKind.Success : FlashKind.Danger);
        return RedirectToAction(nameof(Index), new { year, laoId = lao.Id });
    }

    [HttpGet]
    public async Task<IActionResult> Withdraw(int id, int? laoId, CancellationToken cancellationToken)
    {
        var choice = await access.ChooseLaoAsync(laoId, null, cancellationToken);
        if (choice.Lao is not { } lao || await workflow.FindAsync(lao.Id, id, cancellationToken) is not { } publication)
        {
            return NotFound();
        }

        return View(new WithdrawViewModel(lao, publication, null));
    }

    [HttpPost]
    [ActionName("Withdraw")]
    public async Task<IActionResult> WithdrawPost(int id, int? laoId, string? reason, CancellationToken cancellationToken)
    {
        var choice = await access.ChooseLaoAsync(laoId, null, cancellationToken);
        if (choice.Lao is not { } lao || await workflow.FindAsync(lao.Id, id, cancellationToken) is not { } publication)
        {
            return NotFound();
        }

        var result = await workflow.WithdrawAsync(lao.Id, id, reason, access.UserName, cancellationToken);
        switch (result.Outcome)
        {
            case PublishOutcome.Withdrawn:
                TempData.Flash(l["Pub.WithdrawnMessage", l["Tr.Kind." + publication.Kind].Value]);
                return RedirectToAction(nameof(Index), new { year = publication.FiscalYear, laoId = lao.Id });
            case PublishOutcome.ReasonRequired:
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return View(new WithdrawViewModel(lao, publication, l["Pub.ReasonRequired"]));
            default:
                TempData.Flash(Message(result.Outcome, publication.Kind, publication.FiscalYear), FlashKind.Danger);
                return RedirectToAction(nameof(Index), new { year = publication.FiscalYear, laoId = lao.Id });
        }
    }

    private string Message(PublishOutcome outcome, PublicationKind kind, int year) => outcome switch
    {
        PublishOutcome.BudgetNotInForce => l["Pub.Error.BudgetNotInForce", year],
        PublishOutcome.NoProjects => l["Pub.Error.NoProjects", year],
        PublishOutcome.NoProcurementPlan => l["Pub.Error.NoProcurementPlan", year],
        PublishOutcome.BadMonth => l["Pub.Error.BadMonth"],
        PublishOutcome.AlreadyWithdrawn => l["Pub.Error.AlreadyWithdrawn"],
        PublishOutcome.NotFound => l["Pub.Error.NotFound"],
        _ => l["Pub.Error.UnknownKind", kind],
    };
}

/// <summary>One row of the publishing page: a dataset, a document, or one month's procurement summary.</summary>
internal sealed record PublishingItem(LaoDto Lao, int FiscalYear, PublicationKind Kind, int? Month, Publication? Publication, PublishableState Can, PublishingState State);
