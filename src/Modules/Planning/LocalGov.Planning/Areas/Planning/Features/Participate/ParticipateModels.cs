using System.Globalization;
using FluentValidation;
using LocalGov.Organizations.Contracts;
using LocalGov.Planning.Domain;
using LocalGov.Planning.Resources;
using LocalGov.Planning.Services.Participation;
using LocalGov.SharedKernel.Amounts;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace LocalGov.Planning.Areas.Planning.Features.Participate;

internal sealed record LaoWithProcess(LaoDto Lao, string ProvinceName, int ProcessId, int FiscalYear, string Title, ParticipationPhase Phase);

internal sealed record ParticipateIndexViewModel(string? Q, IReadOnlyList<LaoWithProcess> Items);

/// <summary>What the public sees of a proposal: never who made it.</summary>
internal sealed record PublicProposal(
    int Id, string Title, ProposalCategory Category, string? Location, Money EstimatedCost, Money? ReviewedCost, ProposalStatus Status, int SupportCount, int? ThumbnailId);

internal sealed record ProcessViewModel(
    ParticipationProcess Process, LaoDto Lao, ParticipationPhase Phase, IReadOnlyList<PublicProposal> Proposals, ProposalCategory? Category, string Sort,
    bool SignedIn, bool MayAct, IReadOnlySet<int> Supported, int SupportsLeft);

internal sealed record PublicComment(DateTimeOffset At, string Text);

/// <summary>What became of an accepted proposal: the plan project, and its progress once it is in the action plan.</summary>
internal sealed record ProposalOutcome(string Code, string Name, bool Approved, LocalGov.Planning.Contracts.ProjectStatus? Status, int? Percent);

internal sealed record ProposalViewModel(
    ParticipationProcess Process, LaoDto Lao, ParticipationPhase Phase, Proposal Proposal, IReadOnlyList<int> PhotoIds, IReadOnlyList<PublicComment> Comments,
    ProposalOutcome? Outcome, bool SignedIn, bool MayAct, bool Supports, string? MergedIntoTitle);

internal sealed record ResultsViewModel(ParticipationProcess Process, LaoDto Lao, ParticipationPhase Phase, IReadOnlyList<PublicProposal> Ranked);

internal sealed class RegisterForm
{
    public int? LaoId { get; set; }
    public string? Email { get; set; }
    public string? DisplayName { get; set; }
    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }
    public bool Consent { get; set; }
}

internal sealed record RegisterViewModel(RegisterForm Form, IReadOnlyList<LaoDto> Laos);

internal sealed class RegisterFormValidator : AbstractValidator<RegisterForm>
{
    public RegisterFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.LaoId).NotNull().WithMessage(_ => l["Pub.Error.Required"]);
        RuleFor(x => x.Email).NotEmpty().WithMessage(_ => l["Pub.Error.Required"]).MaximumLength(256).WithMessage(_ => l["Pub.Error.TooLong", 256])
            .EmailAddress().WithMessage(_ => l["Pub.Error.Email"]);
        RuleFor(x => x.DisplayName).NotEmpty().WithMessage(_ => l["Pub.Error.Required"]).MaximumLength(100).WithMessage(_ => l["Pub.Error.TooLong", 100]);
        RuleFor(x => x.Password).Must(ParticipantAccounts.IsAcceptablePassword).WithMessage(_ => l["Pub.Error.Password", ParticipantAccounts.MinPasswordLength]);
        RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage(_ => l["Pub.Error.PasswordMismatch"]);
        RuleFor(x => x.Consent).Equal(true).WithMessage(_ => l["Pub.Error.Consent"]);
    }
}

internal sealed class SignInForm
{
    public string? Email { get; set; }
    public string? Password { get; set; }
    public string? ReturnUrl { get; set; }
}

internal sealed class SetPasswordForm
{
    public string? Token { get; set; }
    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }
}

internal sealed class SetPasswordFormValidator : AbstractValidator<SetPasswordForm>
{
    public SetPasswordFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.Password).Must(ParticipantAccounts.IsAcceptablePassword).WithMessage(_ => l["Pub.Error.Password", ParticipantAccounts.MinPasswordLength]);
        RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage(_ => l["Pub.Error.PasswordMismatch"]);
    }
}

internal sealed class ProposeForm
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public ProposalCategory? Category { get; set; }
    public string? Location { get; set; }
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }
    public string? EstimatedCost { get; set; }
    public List<IFormFile> Photos { get; set; } = [];

    public static bool TryCost(string? text, out Money cost)
    {
        cost = Money.Zero;
        if (!BahtInput.TryParse(text, out var baht) || baht < 0 || baht > 10_000_000_000m || !BahtInput.HasAtMostTwoDecimals(baht))
        {
            return false;
        }

        cost = Money.FromBaht(baht);
        return true;
    }

    public static bool TryCoordinate(string? text, double limit, out double? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && Math.Abs(v) <= limit)
        {
            value = v;
            return true;
        }

        return false;
    }
}

internal sealed class ProposeFormValidator : AbstractValidator<ProposeForm>
{
    public ProposeFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage(_ => l["Pub.Error.Required"]).MaximumLength(200).WithMessage(_ => l["Pub.Error.TooLong", 200]);
        RuleFor(x => x.Description).NotEmpty().WithMessage(_ => l["Pub.Error.Required"]).MaximumLength(4000).WithMessage(_ => l["Pub.Error.TooLong", 4000]);
        RuleFor(x => x.Category).NotNull().WithMessage(_ => l["Pub.Error.Required"]).IsInEnum().WithMessage(_ => l["Pub.Error.Required"]);
        RuleFor(x => x.Location).MaximumLength(300).WithMessage(_ => l["Pub.Error.TooLong", 300]);
        RuleFor(x => x.EstimatedCost).Must(c => ProposeForm.TryCost(c, out _)).WithMessage(_ => l["Pub.Error.Cost"]);
        RuleFor(x => x.Latitude).Must(v => ProposeForm.TryCoordinate(v, 90, out _)).WithMessage(_ => l["Pub.Error.Coordinate"]);
        RuleFor(x => x.Longitude).Must(v => ProposeForm.TryCoordinate(v, 180, out _)).WithMessage(_ => l["Pub.Error.Coordinate"]);
        RuleFor(x => x.Photos).Must(p => p.Count <= ParticipationWorkflow.MaxPhotos).WithMessage(_ => l["Pub.Error.TooManyPhotos", ParticipationWorkflow.MaxPhotos]);
    }
}

internal sealed record ProposeViewModel(ParticipationProcess Process, LaoDto Lao, ProposeForm Form);
