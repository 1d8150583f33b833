using LocalGov.Budgeting.Contracts;
using LocalGov.OpenData.Contracts;
using LocalGov.Organizations.Contracts;
using LocalGov.Planning.Contracts;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.OpenData.Domain;

/// <summary>
/// One thing an LAO published (a dataset or a transparency document) for a fiscal year and period. Publishing again
/// replaces the content and adds one to <see cref="Version"/>; withdrawing keeps this row as history and deletes the
/// published copy, so public queries, which read only the copies, can never show it. One row per LAO, kind, year and
/// period start.
/// </summary>
internal sealed class Publication
{
    public int Id { get; set; }
    public int LaoId { get; set; }
    public PublicationKind Kind { get; set; }
    public int FiscalYear { get; set; }

    /// <summary>The period the content covers: the fiscal year, its first six months, or a month.</summary>
    public DateOnly PeriodFrom { get; set; }

    public DateOnly PeriodTo { get; set; }

    public int Version { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public required string PublishedBy { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
    public string? WithdrawnBy { get; set; }
    public string? WithdrawalReason { get; set; }

    /// <summary>A transparency document's content as generated at publication (JSON); null for the datasets, whose copies are rows.</summary>
    public string? Content { get; set; }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public bool IsPublic => WithdrawnAt is null;
}

/// <summary>The published copy of an LAO-year's budget in force: header and totals (one row per LAO and year).</summary>
internal sealed class PublishedBudget : IPublishedCopy
{
    public int Id { get; set; }
    public int PublicationId { get; set; }
    public int LaoId { get; set; }
    public int FiscalYear { get; set; }

    /// <summary>Copied from the organisation at publication, so that the API filters by province and type without another module.</summary>
    public int ProvinceId { get; set; }

    public LaoType LaoType { get; set; }

    /// <summary>Registered population at publication (per-resident figures).</summary>
    public int Population { get; set; }

    public BudgetStatus Status { get; set; }
    public DateOnly? PromulgatedOn { get; set; }
    public Money RevenueTotal { get; set; }
    public Money ExpenditureTotal { get; set; }
    public Money PersonnelTotal { get; set; }
    public Money CapitalTotal { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>A published budget line. Classification names are in <see cref="PublishedClassification"/> by kind and code.</summary>
internal sealed class PublishedBudgetLine : IPublishedCopy
{
    public long Id { get; set; }
    public int LaoId { get; set; }
    public int FiscalYear { get; set; }

    /// <summary>The organisation's province and type at publication (filters without another module).</summary>
    public int ProvinceId { get; set; }

    public LaoType LaoType { get; set; }

    /// <summary>1, 2, … in ordinance order (annual budget first, then supplementary budgets).</summary>
    public int LineNo { get; set; }

    public required string ProgrammeCode { get; set; }
    public required string WorkUnitCode { get; set; }
    public required string GroupCode { get; set; }
    public required string CategoryCode { get; set; }
    public required string ItemName { get; set; }
    public bool IsProject { get; set; }
    public string? PlanProjectCode { get; set; }

    /// <summary>As the ordinance set it.</summary>
    public Money OriginalAmount { get; set; }

    /// <summary>After transfers and amendments, at publication.</summary>
    public Money CurrentAmount { get; set; }
}

/// <summary>A published revenue estimate.</summary>
internal sealed class PublishedRevenueEstimate : IPublishedCopy
{
    public long Id { get; set; }
    public int LaoId { get; set; }
    public int FiscalYear { get; set; }

    /// <summary>The organisation's province and type at publication (filters without another module).</summary>
    public int ProvinceId { get; set; }

    public LaoType LaoType { get; set; }
    public int LineNo { get; set; }
    public required string CategoryCode { get; set; }
    public RevenueSource? Source { get; set; }
    public required string ItemName { get; set; }
    public Money Amount { get; set; }
}

/// <summary>What a classification code is called (national budget classification), kept with the copies it names.</summary>
internal sealed class PublishedClassification
{
    public ClassificationGroup Kind { get; set; }
    public required string Code { get; set; }
    public required string NameTh { get; set; }
    public required string NameEn { get; set; }
}

/// <summary>Which part of the budget classification a code belongs to.</summary>
internal enum ClassificationGroup
{
    /// <summary>แผนงาน</summary>
    Programme = 1,

    /// <summary>งาน</summary>
    WorkUnit = 2,

    /// <summary>งบ</summary>
    Group = 3,

    /// <summary>หมวด / ประเภท</summary>
    Category = 4,

    /// <summary>หมวดรายได้</summary>
    RevenueCategory = 5,
}

/// <summary>A published action-plan project with its progress, as at publication.</summary>
internal sealed class PublishedProject : IPublishedCopy
{
    public int Id { get; set; }
    public int LaoId { get; set; }
    public int FiscalYear { get; set; }

    /// <summary>The organisation's province and type at publication (filters without another module).</summary>
    public int ProvinceId { get; set; }

    public LaoType LaoType { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public int StrategyNo { get; set; }
    public required string StrategyName { get; set; }
    public int StartMonth { get; set; }
    public int EndMonth { get; set; }
    public ProjectStatus Status { get; set; }
    public int PercentComplete { get; set; }
    public Money Planned { get; set; }
    public Money Budgeted { get; set; }
    public Money Disbursed { get; set; }
    public DateOnly? LastUpdatedOn { get; set; }
}

/// <summary>What every published copy row carries, so one filter (year, province, type, LAO) serves every dataset.</summary>
internal interface IPublishedCopy
{
    int LaoId { get; }
    int FiscalYear { get; }
    int ProvinceId { get; }
    LaoType LaoType { get; }
}
