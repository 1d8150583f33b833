using LocalGov.Planning.Contracts;

namespace LocalGov.Planning.Services.Monitoring;

/// <summary>What a progress update is made of (the form, already parsed).</summary>
internal sealed record ProgressInput(DateOnly RecordedOn, ProjectStatus Status, int PercentComplete, string? Note, string? Problems, string? Remedies);

/// <summary>A rule a progress update breaks: the form field and the resource key of the message.</summary>
internal sealed record ProgressProblem(string Field, string MessageKey);

/// <summary>
/// The consistency rules of a progress update: a project that is done is 100 % complete and a project 100 % complete is
/// done (so the counts by status and the average percent agree), and cancelling a project needs its reason written.
/// </summary>
internal static class ProgressRules
{
    public const int MaxTextLength = 2000;

    public static IReadOnlyList<ProgressProblem> Check(ProgressInput input, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<ProgressProblem>();
        if (!Enum.IsDefined(input.Status))
        {
            problems.Add(new("Status", "Action.Progress.StatusRequired"));
        }

        if (input.PercentComplete is < 0 or > 100)
        {
            problems.Add(new("Percent", "Action.Progress.PercentRange"));
        }
        else if (input.Status == ProjectStatus.Done && input.PercentComplete != 100)
        {
            problems.Add(new("Percent", "Action.Progress.DoneNeeds100"));
        }
        else if (input.PercentComplete == 100 && input.Status != ProjectStatus.Done)
        {
            problems.Add(new("Status", "Action.Progress.HundredNeedsDone"));
        }

        if (input.Status == ProjectStatus.Cancelled && string.IsNullOrWhiteSpace(input.Problems))
        {
            problems.Add(new("Problems", "Action.Progress.CancelNeedsReason"));
        }

        if (input.RecordedOn > today)
        {
            problems.Add(new("RecordedOn", "Action.Progress.DateInFuture"));
        }

        foreach (var (field, text) in new[] { ("Note", input.Note), ("Problems", input.Problems), ("Remedies", input.Remedies) })
        {
            if (text?.Trim().Length > MaxTextLength)
            {
                problems.Add(new(field, "Action.Progress.TooLong"));
            }
        }

        return problems;
    }
}
