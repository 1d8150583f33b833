using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Planning.Domain;

/// <summary>The kind of a plan version: the original plan, an amendment (แก้ไข) or a supplement (เพิ่มเติม).</summary>
internal enum PlanVersionKind
{
    Original = 1,
    Amendment = 2,
    Supplement = 3,
}

internal enum PlanVersionStatus
{
    /// <summary>Being prepared: its changes are visible only in the draft view.</summary>
    Draft = 1,

    /// <summary>Approved (ประกาศใช้): its changes are the plan in force from then on.</summary>
    Approved = 2,
}

/// <summary>The six pillars of the 20-year National Strategy (ยุทธศาสตร์ชาติ 20 ปี พ.ศ. 2561–2580) a local strategy links to.</summary>
internal enum NationalStrategy
{
    Security = 1,
    Competitiveness = 2,
    HumanCapital = 3,
    SocialEquality = 4,
    GreenGrowth = 5,
    PublicSectorRebalancing = 6,
}

/// <summary>
/// แผนพัฒนาท้องถิ่น: an LAO's five-year development plan. Its content is versioned: every change is made in a draft
/// version (the original, an amendment or a supplement) and becomes the plan in force when that version is approved.
/// <see cref="CurrentVersionNo"/> is the last approved version (0 before the first approval).
/// </summary>
internal sealed class DevelopmentPlan
{
    public const int Years = 5;

    public int Id { get; set; }
    public int LaoId { get; set; }

    /// <summary>First fiscal year (B.E.) the plan covers; it covers <see cref="Years"/> years.</summary>
    public int FirstYear { get; set; }

    public int LastYear => FirstYear + Years - 1;

    public required string Vision { get; set; }
    public string? Mission { get; set; }
    public int CurrentVersionNo { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<PlanVersion> Versions { get; set; } = [];
    public List<Strategy> Strategies { get; set; } = [];
    public List<PlanProject> Projects { get; set; } = [];

    public bool Covers(int fiscalYear) => fiscalYear >= FirstYear && fiscalYear <= LastYear;

    /// <summary>The 0-based index of a fiscal year in the plan's yearly amounts.</summary>
    public int YearIndex(int fiscalYear) => Covers(fiscalYear)
        ? fiscalYear - FirstYear
        : throw new ArgumentOutOfRangeException(nameof(fiscalYear), fiscalYear, "Outside the plan's years.");

    /// <summary>The draft version being prepared, if any (there is at most one).</summary>
    public PlanVersion? Draft => Versions.FirstOrDefault(v => v.Status == PlanVersionStatus.Draft);

    /// <summary>Opens a draft version; refused (null) while another draft is open.</summary>
    public PlanVersion? StartVersion(PlanVersionKind kind, string title, string? reason, string userName, DateTimeOffset now)
    {
        if (Draft is not null)
        {
            return null;
        }

        var version = new PlanVersion
        {
            Number = Versions.Count == 0 ? 1 : Versions.Max(v => v.Number) + 1,
            Kind = Versions.Count == 0 ? PlanVersionKind.Original : kind,
            Title = title,
            Reason = reason,
            CreatedBy = userName,
            CreatedAt = now,
        };
        Versions.Add(version);
        ConcurrencyStamp = Guid.NewGuid();
        return version;
    }

    /// <summary>Approves the draft: from now on its changes are the plan in force. False when there is no draft.</summary>
    public bool ApproveDraft(DateOnly approvedOn, string approvedBy, string recordedBy, DateTimeOffset now)
    {
        if (Draft is not { } draft)
        {
            return false;
        }

        draft.Status = PlanVersionStatus.Approved;
        draft.ApprovedOn = approvedOn;
        draft.ApprovedBy = approvedBy;
        draft.RecordedBy = recordedBy;
        draft.RecordedAt = now;
        CurrentVersionNo = draft.Number;
        ConcurrencyStamp = Guid.NewGuid();
        return true;
    }

    /// <summary>
    /// Adds a project in the draft version with <paramref name="content"/> as its first revision. Null when there is no
    /// draft or the code is already used in this plan (by any version, so a code never means two projects).
    /// </summary>
    public PlanProject? AddProject(string code, PlanProjectRevision content)
    {
        if (Draft is not { } draft || Projects.Any(p => string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        content.FromVersion = draft.Number;
        content.ToVersion = null;
        var project = new PlanProject { LaoId = LaoId, Code = code, AddedInVersion = draft.Number, Revisions = [content] };
        Projects.Add(project);
        ConcurrencyStamp = Guid.NewGuid();
        return project;
    }

    /// <summary>
    /// Changes a project in the draft: the draft's own revision is edited in place; otherwise the revision in force is
    /// ended at the draft and a copy starts there. False when there is no draft or the project is not in the draft plan.
    /// </summary>
    public bool ChangeProject(PlanProject project, Action<PlanProjectRevision> change)
    {
        if (Draft is not { } draft || !project.IsInPlanAt(draft.Number) || project.RevisionAt(draft.Number) is not { } current)
        {
            return false;
        }

        if (current.FromVersion == draft.Number)
        {
            change(current);
        }
        else
        {
            var next = current.CopyFor(draft.Number);
            change(next);
            current.ToVersion = draft.Number;
            project.Revisions.Add(next);
        }

        ConcurrencyStamp = Guid.NewGuid();
        return true;
    }

    /// <summary>Takes a project out of the plan in the draft (a project the draft itself added is simply dropped).</summary>
    public bool RemoveProject(PlanProject project)
    {
        if (Draft is not { } draft || !project.IsInPlanAt(draft.Number))
        {
            return false;
        }

        if (project.AddedInVersion == draft.Number)
        {
            Projects.Remove(project);
        }
        else
        {
            project.RemovedInVersion = draft.Number;
        }

        ConcurrencyStamp = Guid.NewGuid();
        return true;
    }

    /// <summary>Throws the draft away with everything it changed; the plan in force is untouched.</summary>
    public bool DiscardDraft()
    {
        if (Draft is not { } draft)
        {
            return false;
        }

        var n = draft.Number;
        Projects.RemoveAll(p => p.AddedInVersion == n);
        foreach (var project in Projects)
        {
            project.Revisions.RemoveAll(r => r.FromVersion == n);
            foreach (var revision in project.Revisions.Where(r => r.ToVersion == n))
            {
                revision.ToVersion = null;
            }

            if (project.RemovedInVersion == n)
            {
                project.RemovedInVersion = null;
            }
        }

        Strategies.RemoveAll(s => s.AddedInVersion == n);
        Versions.Remove(draft);
        ConcurrencyStamp = Guid.NewGuid();
        return true;
    }
}

/// <summary>A numbered version of a plan: what it changed is read from the revisions and projects it added or ended.</summary>
internal sealed class PlanVersion
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int Number { get; set; }
    public PlanVersionKind Kind { get; set; }
    public PlanVersionStatus Status { get; set; } = PlanVersionStatus.Draft;
    public required string Title { get; set; }
    public string? Reason { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The date of the approval (the executive's announcement after the council's or committee's say).</summary>
    public DateOnly? ApprovedOn { get; set; }

    /// <summary>Whose approval, as written in the announcement (e.g. "นายกองค์การบริหารส่วนตำบล ...").</summary>
    public string? ApprovedBy { get; set; }

    /// <summary>Who recorded the approval in the system, and when.</summary>
    public string? RecordedBy { get; set; }

    public DateTimeOffset? RecordedAt { get; set; }
}

/// <summary>ยุทธศาสตร์การพัฒนา: a strategy of the plan, linked to the province's strategy and the national strategy.</summary>
internal sealed class Strategy
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int No { get; set; }
    public required string Name { get; set; }
    public string? Goal { get; set; }

    /// <summary>The province's development strategy it serves (ยุทธศาสตร์จังหวัด), as the province names it.</summary>
    public string? ProvinceStrategy { get; set; }

    public NationalStrategy NationalStrategy { get; set; }

    /// <summary>The version that added it; it counts once that version is approved.</summary>
    public int AddedInVersion { get; set; }
}

/// <summary>
/// A project of the plan: a stable identity (its code, which budget lines refer to) whose content lives in
/// revisions. A version that changes the project ends the previous revision and starts a new one.
/// </summary>
internal sealed class PlanProject
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int LaoId { get; set; }

    /// <summary>Unique within the plan and fixed once approved: budget lines link to it by this code.</summary>
    public required string Code { get; set; }

    public int AddedInVersion { get; set; }

    /// <summary>The version that took it out of the plan, if any.</summary>
    public int? RemovedInVersion { get; set; }

    public List<PlanProjectRevision> Revisions { get; set; } = [];

    /// <summary>Part of the plan as of version <paramref name="versionNo"/>.</summary>
    public bool IsInPlanAt(int versionNo) => AddedInVersion <= versionNo && (RemovedInVersion is null || RemovedInVersion > versionNo);

    /// <summary>The content as of version <paramref name="versionNo"/> (null when the project did not exist yet).</summary>
    public PlanProjectRevision? RevisionAt(int versionNo) =>
        Revisions.Where(r => r.FromVersion <= versionNo && (r.ToVersion is null || r.ToVersion > versionNo))
            .OrderByDescending(r => r.FromVersion).FirstOrDefault();
}

/// <summary>The content of a project from version <see cref="FromVersion"/> until (excluding) <see cref="ToVersion"/>.</summary>
internal sealed class PlanProjectRevision
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public int FromVersion { get; set; }
    public int? ToVersion { get; set; }
    public int StrategyId { get; set; }
    public required string Name { get; set; }
    public string? Objective { get; set; }

    /// <summary>เป้าหมาย (ผลผลิตของโครงการ).</summary>
    public string? Target { get; set; }

    /// <summary>ตัวชี้วัด (KPI).</summary>
    public string? Indicator { get; set; }

    /// <summary>ผลที่คาดว่าจะได้รับ.</summary>
    public string? ExpectedResult { get; set; }

    /// <summary>หน่วยงานรับผิดชอบหลัก.</summary>
    public string? ResponsibleUnit { get; set; }

    /// <summary>Where the project is, in words.</summary>
    public string? Location { get; set; }

    /// <summary>WGS 84 position for the map (optional).</summary>
    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>The budget planned for each of the plan's five years (งบประมาณและที่มา), year 1 first.</summary>
    public Money Year1Amount { get; set; }

    public Money Year2Amount { get; set; }
    public Money Year3Amount { get; set; }
    public Money Year4Amount { get; set; }
    public Money Year5Amount { get; set; }

    public Money AmountForYearIndex(int index) => index switch
    {
        0 => Year1Amount,
        1 => Year2Amount,
        2 => Year3Amount,
        3 => Year4Amount,
        4 => Year5Amount,
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "A plan has five years."),
    };

    public void SetAmountForYearIndex(int index, Money amount)
    {
        switch (index)
        {
            case 0: Year1Amount = amount; break;
            case 1: Year2Amount = amount; break;
            case 2: Year3Amount = amount; break;
            case 3: Year4Amount = amount; break;
            case 4: Year5Amount = amount; break;
            default: throw new ArgumentOutOfRangeException(nameof(index), index, "A plan has five years.");
        }
    }

    public Money Total => Year1Amount + Year2Amount + Year3Amount + Year4Amount + Year5Amount;

    /// <summary>A copy for a new version (the caller sets what changes).</summary>
    public PlanProjectRevision CopyFor(int versionNo) => new()
    {
        ProjectId = ProjectId,
        FromVersion = versionNo,
        StrategyId = StrategyId,
        Name = Name,
        Objective = Objective,
        Target = Target,
        Indicator = Indicator,
        ExpectedResult = ExpectedResult,
        ResponsibleUnit = ResponsibleUnit,
        Location = Location,
        Latitude = Latitude,
        Longitude = Longitude,
        Year1Amount = Year1Amount,
        Year2Amount = Year2Amount,
        Year3Amount = Year3Amount,
        Year4Amount = Year4Amount,
        Year5Amount = Year5Amount,
    };
}
