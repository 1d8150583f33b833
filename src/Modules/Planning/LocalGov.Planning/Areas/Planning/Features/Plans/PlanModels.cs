using System.Globalization;
using FluentValidation;
using LocalGov.Organizations.Contracts;
using LocalGov.Planning.Domain;
using LocalGov.Planning.Resources;
using LocalGov.Planning.Services.Plans;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using Microsoft.Extensions.Localization;

namespace LocalGov.Planning.Areas.Planning.Features.Plans;

internal sealed record PlanListItem(int Id, int FirstYear, int LastYear, int CurrentVersionNo, PlanVersionStatus? LatestStatus, int LatestVersionNo);

internal sealed record PlanListViewModel(LaoDto Lao, IReadOnlyList<PlanListItem> Plans, bool CanManage, PlanCreateForm Form);

/// <summary>The plan page: the content as in force, or the open draft (<see cref="IsDraftView"/>).</summary>
internal sealed record PlanPageViewModel(LaoDto Lao, DevelopmentPlan Plan, PlanContent Content, bool IsDraftView, bool CanManage, bool CanApprove, StartVersionForm VersionForm);

internal sealed record PlanHistoryViewModel(LaoDto Lao, DevelopmentPlan Plan, IReadOnlyList<(PlanVersion Version, PlanVersionDiff Changes)> Versions);

internal sealed record StrategyFormViewModel(DevelopmentPlan Plan, int? StrategyId, StrategyForm Form);

internal sealed record ProjectFormViewModel(DevelopmentPlan Plan, int? ProjectId, ProjectForm Form, IReadOnlyList<Strategy> Strategies);

internal sealed record ApproveFormViewModel(DevelopmentPlan Plan, PlanVersion Draft, ApproveForm Form);

/// <summary>Typed text of the plan forms, parsed invariantly.</summary>
internal static class PlanText
{
    public const decimal MaxAmount = 10_000_000_000m;

    /// <summary>An amount ≥ 0 with at most two decimals; an empty box is zero (no budget that year).</summary>
    public static bool TryAmount(string? text, out Money money)
    {
        money = Money.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!BahtInput.TryParse(text, out var v) || !BahtInput.HasAtMostTwoDecimals(v) || v < 0 || v > MaxAmount)
        {
            return false;
        }

        money = Money.FromBaht(v);
        return true;
    }

    public static string Show(Money amount) => amount.Baht.ToString("0.00", CultureInfo.InvariantCulture);

    public static bool TryCoordinate(string? text, double min, double max, out double? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || double.IsNaN(v) || v < min || v > max)
        {
            return false;
        }

        value = v;
        return true;
    }

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

internal sealed class PlanCreateForm
{
    public int? FirstYear { get; set; }
    public string? Vision { get; set; }
    public string? Mission { get; set; }
}

internal sealed class PlanCreateFormValidator : AbstractValidator<PlanCreateForm>
{
    public PlanCreateFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.FirstYear).NotNull().WithMessage(_ => l["Plans.Error.Required"])
            .InclusiveBetween(FiscalYear.MinBuddhistYear, FiscalYear.MaxBuddhistYear - DevelopmentPlan.Years).WithMessage(_ => l["Plans.Error.YearInvalid"]);
        RuleFor(x => x.Vision).NotEmpty().WithMessage(_ => l["Plans.Error.Required"]).MaximumLength(1000).WithMessage(_ => l["Plans.Error.TooLong", 1000]);
        RuleFor(x => x.Mission).MaximumLength(2000).WithMessage(_ => l["Plans.Error.TooLong", 2000]);
    }
}

internal sealed class StrategyForm
{
    public int? No { get; set; }
    public string? Name { get; set; }
    public string? Goal { get; set; }
    public string? ProvinceStrategy { get; set; }
    public NationalStrategy? NationalStrategy { get; set; }
    public Guid ConcurrencyStamp { get; set; }

    public StrategyInput ToInput() => new(No!.Value, Name!.Trim(), PlanText.Clean(Goal), PlanText.Clean(ProvinceStrategy), NationalStrategy!.Value);
}

internal sealed class StrategyFormValidator : AbstractValidator<StrategyForm>
{
    public StrategyFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.No).NotNull().WithMessage(_ => l["Plans.Error.Required"]).InclusiveBetween(1, 99).WithMessage(_ => l["Plans.Error.StrategyNoRange"]);
        RuleFor(x => x.Name).NotEmpty().WithMessage(_ => l["Plans.Error.Required"]).MaximumLength(300).WithMessage(_ => l["Plans.Error.TooLong", 300]);
        RuleFor(x => x.Goal).MaximumLength(1000).WithMessage(_ => l["Plans.Error.TooLong", 1000]);
        RuleFor(x => x.ProvinceStrategy).MaximumLength(300).WithMessage(_ => l["Plans.Error.TooLong", 300]);
        RuleFor(x => x.NationalStrategy).NotNull().WithMessage(_ => l["Plans.Error.Required"]).IsInEnum().WithMessage(_ => l["Plans.Error.Required"]);
    }
}

internal sealed class ProjectForm
{
    public string? Code { get; set; }
    public int? StrategyId { get; set; }
    public string? Name { get; set; }
    public string? Objective { get; set; }
    public string? Target { get; set; }
    public string? Indicator { get; set; }
    public string? ExpectedResult { get; set; }
    public string? ResponsibleUnit { get; set; }
    public string? Location { get; set; }
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }
    public string? Amount1 { get; set; }
    public string? Amount2 { get; set; }
    public string? Amount3 { get; set; }
    public string? Amount4 { get; set; }
    public string? Amount5 { get; set; }
    public Guid ConcurrencyStamp { get; set; }

    public string?[] Amounts => [Amount1, Amount2, Amount3, Amount4, Amount5];

    public static ProjectForm From(PlanProject project, PlanProjectRevision r, Guid stamp) => new()
    {
        Code = project.Code,
        StrategyId = r.StrategyId,
        Name = r.Name,
        Objective = r.Objective,
        Target = r.Target,
        Indicator = r.Indicator,
        ExpectedResult = r.ExpectedResult,
        ResponsibleUnit = r.ResponsibleUnit,
        Location = r.Location,
        Latitude = r.Latitude?.ToString(CultureInfo.InvariantCulture),
        Longitude = r.Longitude?.ToString(CultureInfo.InvariantCulture),
        Amount1 = PlanText.Show(r.Year1Amount),
        Amount2 = PlanText.Show(r.Year2Amount),
        Amount3 = PlanText.Show(r.Year3Amount),
        Amount4 = PlanText.Show(r.Year4Amount),
        Amount5 = PlanText.Show(r.Year5Amount),
        ConcurrencyStamp = stamp,
    };

    public ProjectInput ToInput()
    {
        PlanText.TryCoordinate(Latitude, -90, 90, out var lat);
        PlanText.TryCoordinate(Longitude, -180, 180, out var lng);
        return new ProjectInput(
            Code!.Trim(), StrategyId!.Value, Name!.Trim(), PlanText.Clean(Objective), PlanText.Clean(Target), PlanText.Clean(Indicator),
            PlanText.Clean(ExpectedResult), PlanText.Clean(ResponsibleUnit), PlanText.Clean(Location), lat, lng,
            [.. Amounts.Select(a => PlanText.TryAmount(a, out var m) ? m : Money.Zero)]);
    }
}

internal sealed class ProjectFormValidator : AbstractValidator<ProjectForm>
{
    public ProjectFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.Code).NotEmpty().WithMessage(_ => l["Plans.Error.Required"]).MaximumLength(50).WithMessage(_ => l["Plans.Error.TooLong", 50]);
        RuleFor(x => x.StrategyId).NotNull().WithMessage(_ => l["Plans.Error.Required"]);
        RuleFor(x => x.Name).NotEmpty().WithMessage(_ => l["Plans.Error.Required"]).MaximumLength(300).WithMessage(_ => l["Plans.Error.TooLong", 300]);
        RuleFor(x => x.Objective).MaximumLength(2000).WithMessage(_ => l["Plans.Error.TooLong", 2000]);
        RuleFor(x => x.Target).MaximumLength(1000).WithMessage(_ => l["Plans.Error.TooLong", 1000]);
        RuleFor(x => x.Indicator).MaximumLength(500).WithMessage(_ => l["Plans.Error.TooLong", 500]);
        RuleFor(x => x.ExpectedResult).MaximumLength(1000).WithMessage(_ => l["Plans.Error.TooLong", 1000]);
        RuleFor(x => x.ResponsibleUnit).MaximumLength(200).WithMessage(_ => l["Plans.Error.TooLong", 200]);
        RuleFor(x => x.Location).MaximumLength(300).WithMessage(_ => l["Plans.Error.TooLong", 300]);
        RuleFor(x => x.Latitude).Must(v => PlanText.TryCoordinate(v, -90, 90, out _)).WithMessage(_ => l["Plans.Error.Latitude"]);
        RuleFor(x => x.Longitude).Must(v => PlanText.TryCoordinate(v, -180, 180, out _)).WithMessage(_ => l["Plans.Error.Longitude"]);
        RuleFor(x => x).Must(x => string.IsNullOrWhiteSpace(x.Latitude) == string.IsNullOrWhiteSpace(x.Longitude))
            .WithName(nameof(ProjectForm.Longitude)).OverridePropertyName(nameof(ProjectForm.Longitude)).WithMessage(_ => l["Plans.Error.BothCoordinates"]);
        RuleFor(x => x.Amount1).Must(a => PlanText.TryAmount(a, out _)).WithMessage(_ => l["Plans.Error.Amount"]);
        RuleFor(x => x.Amount2).Must(a => PlanText.TryAmount(a, out _)).WithMessage(_ => l["Plans.Error.Amount"]);
        RuleFor(x => x.Amount3).Must(a => PlanText.TryAmount(a, out _)).WithMessage(_ => l["Plans.Error.Amount"]);
        RuleFor(x => x.Amount4).Must(a => PlanText.TryAmount(a, out _)).WithMessage(_ => l["Plans.Error.Amount"]);
        RuleFor(x => x.Amount5).Must(a => PlanText.TryAmount(a, out _)).WithMessage(_ => l["Plans.Error.Amount"]);
    }
}

internal sealed class StartVersionForm
{
    public PlanVersionKind? Kind { get; set; }
    public string? Title { get; set; }
    public string? Reason { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}

internal sealed class StartVersionFormValidator : AbstractValidator<StartVersionForm>
{
    public StartVersionFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.Kind).NotNull().WithMessage(_ => l["Plans.Error.Required"])
            .Must(k => k is PlanVersionKind.Amendment or PlanVersionKind.Supplement).WithMessage(_ => l["Plans.Error.KindInvalid"]);
        RuleFor(x => x.Title).NotEmpty().WithMessage(_ => l["Plans.Error.Required"]).MaximumLength(300).WithMessage(_ => l["Plans.Error.TooLong", 300]);
        RuleFor(x => x.Reason).NotEmpty().WithMessage(_ => l["Plans.Error.Required"]).MaximumLength(2000).WithMessage(_ => l["Plans.Error.TooLong", 2000]);
    }
}

internal sealed class ApproveForm
{
    /// <summary>yyyy-MM-dd (a date input) or dd/MM/yyyy in B.E.</summary>
    public string? ApprovedOn { get; set; }

    public string? ApprovedBy { get; set; }
    public Guid ConcurrencyStamp { get; set; }

    public DateOnly? Date => ThaiDate.TryParseIsoOrShort(ApprovedOn, out var d) ? d : null;
}

internal sealed class ApproveFormValidator : AbstractValidator<ApproveForm>
{
    public ApproveFormValidator(IStringLocalizer<Strings> l)
    {
        RuleFor(x => x.ApprovedOn).Must(v => ThaiDate.TryParseIsoOrShort(v, out _)).WithMessage(_ => l["Plans.Error.Date"]);
        RuleFor(x => x.ApprovedBy).NotEmpty().WithMessage(_ => l["Plans.Error.Required"]).MaximumLength(300).WithMessage(_ => l["Plans.Error.TooLong", 300]);
    }
}
