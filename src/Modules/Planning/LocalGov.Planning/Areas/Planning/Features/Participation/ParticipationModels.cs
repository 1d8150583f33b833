using FluentValidation;
using LocalGov.Organizations.Contracts;
using LocalGov.Planning.Areas.Planning.Features.Participate;
using LocalGov.Planning.Domain;
using LocalGov.Planning.Resources;
using LocalGov.SharedKernel.Time;
using Microsoft.Extensions.Localization;

namespace LocalGov.Planning.Areas.Planning.Features.Participation;

internal sealed record ProcessRow(ParticipationProcess Process, ParticipationPhase Phase, int Proposals, int Supports);

internal sealed record RepresentativeRow(string Name, string? Village, string Email, bool Verified);

internal sealed record ParticipationIndexViewModel(LaoDto Lao, IReadOnlyList<ProcessRow> Processes, IReadOnlyList<RepresentativeRow> Representatives);

/// <summary>The process form; dates as yyyy-MM-dd.</summary>
internal sealed class ProcessForm
{
    public int FiscalYear { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? ProposalsFrom { get; set; }
    public string? ProposalsUntil { get; set; }
    public string? ReviewUntil { get; set; }
    public string? SupportUntil { get; set; }
    public string? ResultsOn { get; set; }
    public string? FollowUpFrom { get; set; }
    public int SupportsPerPerson { get; set; } = 3;
    public Guid ConcurrencyStamp { get; set; }

    public static DateOnly? Date(string? text) => ThaiDate.TryParseIsoOrShort(text, out var d) ? d : null;

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public void ApplyTo(ParticipationProcess process)
    {
        process.Title = Title!.Trim();
        process.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        process.ProposalsFrom = Date(ProposalsFrom)!.Value;
        process.ProposalsUntil = Date(ProposalsUntil)!.Value;
        process.ReviewUntil = Date(ReviewUntil)!.Value;
        process.SupportUntil = Date(SupportUntil)!.Value;
        process.ResultsOn = Date(ResultsOn)!.Value;
        process.FollowUpFrom = Date(FollowUpFrom)!.Value;
        process.SupportsPerPerson = SupportsPerPerson;
    }

    public static ProcessForm From(ParticipationProcess p) => new()
    {
        FiscalYear = p.FiscalYear,
        Title = p.Title,
        Description = p.Description,
        ProposalsFrom = Iso(p.ProposalsFrom),
        ProposalsUntil = Iso(p.ProposalsUntil),
        ReviewUntil = Iso(p.ReviewUntil),
        SupportUntil = Iso(p.SupportUntil),
        ResultsOn = Iso(p.ResultsOn),
        FollowUpFrom = Iso(p.FollowUpFrom),
        SupportsPerPerson = p.SupportsPerPerson,
        ConcurrencyStamp = p.ConcurrencyStamp,
    };
}

internal sealed class ProcessFormValidator : AbstractValidator<ProcessForm>
{
    public ProcessFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.FiscalYear).InclusiveBetween(FiscalYear.MinBuddhistYear, FiscalYear.MaxBuddhistYear).WithMessage(_ => l["Part.Error.Year"]);
        RuleFor(x => x.Title).NotEmpty().WithMessage(_ => l["Part.Error.Required"]).MaximumLength(300).WithMessage(_ => l["Part.Error.TooLong", 300]);
        RuleFor(x => x.Description).MaximumLength(4000).WithMessage(_ => l["Part.Error.TooLong", 4000]);
        foreach (var (field, get) in new (string, Func<ProcessForm, string?>)[]
        {
            (nameof(ProcessForm.ProposalsFrom), x => x.ProposalsFrom), (nameof(ProcessForm.ProposalsUntil), x => x.ProposalsUntil),
            (nameof(ProcessForm.ReviewUntil), x => x.ReviewUntil), (nameof(ProcessForm.SupportUntil), x => x.SupportUntil),
            (nameof(ProcessForm.ResultsOn), x => x.ResultsOn), (nameof(ProcessForm.FollowUpFrom), x => x.FollowUpFrom),
        })
        {
            RuleFor(x => get(x)).Must(d => ProcessForm.Date(d) is not null).WithMessage(_ => l["Part.Error.Date"]).OverridePropertyName(field);
        }

        RuleFor(x => x.SupportsPerPerson).InclusiveBetween(1, 50).WithMessage(_ => l["Part.Error.SupportsPerPerson"]);
        RuleFor(x => x).Must(DatesInOrder).WithMessage(_ => l["Part.Error.DatesOrder"]).OverridePropertyName("")
            .When(x => new[] { x.ProposalsFrom, x.ProposalsUntil, x.ReviewUntil, x.SupportUntil, x.ResultsOn, x.FollowUpFrom }.All(d => ProcessForm.Date(d) is not null));
    }

    private static bool DatesInOrder(ProcessForm f) => new ParticipationProcess
    {
        Title = "-",
        CreatedBy = "-",
        ProposalsFrom = ProcessForm.Date(f.ProposalsFrom)!.Value,
        ProposalsUntil = ProcessForm.Date(f.ProposalsUntil)!.Value,
        ReviewUntil = ProcessForm.Date(f.ReviewUntil)!.Value,
        SupportUntil = ProcessForm.Date(f.SupportUntil)!.Value,
        ResultsOn = ProcessForm.Date(f.ResultsOn)!.Value,
        FollowUpFrom = ProcessForm.Date(f.FollowUpFrom)!.Value,
    }.DatesAreInOrder;
}

internal sealed record ProcessEditViewModel(LaoDto Lao, int? ProcessId, ProcessForm Form);

internal sealed class ModerationSearch
{
    public ProposalStatus? Status { get; set; }
    public ProposalCategory? Category { get; set; }
    public string? Q { get; set; }
}

internal sealed record ModerationRow(int Id, string Title, ProposalCategory Category, ProposalStatus Status, int SupportCount, DateTimeOffset CreatedAt);

internal sealed record ModerationViewModel(LaoDto Lao, ParticipationProcess Process, ParticipationPhase Phase, ModerationSearch Search, IReadOnlyList<ModerationRow> Rows);

internal sealed record StaffComment(int Id, string Author, DateTimeOffset At, string Text, bool IsHidden, string? HiddenReason);

internal sealed record StrategyChoice(int Id, string Label);

internal sealed record ReviewViewModel(
    LaoDto Lao, ParticipationProcess Process, Proposal Proposal, string ProposerName, string? ProposerVillage, IReadOnlyList<StaffComment> Comments,
    IReadOnlyList<ModerationRow> MergeTargets, IReadOnlyList<StrategyChoice> Strategies, int? PlanFirstYear, string SuggestedCode, string? PlanProjectCode);

internal sealed class RepresentativeForm
{
    public string? Name { get; set; }
    public string? Village { get; set; }
    public string? Email { get; set; }
}

internal sealed class RepresentativeFormValidator : AbstractValidator<RepresentativeForm>
{
    public RepresentativeFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage(_ => l["Part.Error.Required"]).MaximumLength(100).WithMessage(_ => l["Part.Error.TooLong", 100]);
        RuleFor(x => x.Village).NotEmpty().WithMessage(_ => l["Part.Error.Required"]).MaximumLength(200).WithMessage(_ => l["Part.Error.TooLong", 200]);
        RuleFor(x => x.Email).NotEmpty().WithMessage(_ => l["Part.Error.Required"]).MaximumLength(256).WithMessage(_ => l["Part.Error.TooLong", 256])
            .EmailAddress().WithMessage(_ => l["Pub.Error.Email"]);
    }
}

internal sealed record RepresentativeViewModel(LaoDto Lao, RepresentativeForm Form);

/// <summary>Typed amounts of the staff forms (baht, two decimals at most, zero or more).</summary>
internal static class StaffAmount
{
    public static bool TryParse(string? text, out LocalGov.SharedKernel.Amounts.Money money) => ProposeForm.TryCost(text, out money);
}
