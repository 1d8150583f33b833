namespace LocalGov.OpenData.Contracts;

/// <summary>What an LAO publishes on the open data portal: datasets (budget, projects) and the transparency documents of the ITA/OIT.</summary>
public enum PublicationKind
{
    /// <summary>The budget ordinance in force (ข้อบัญญัติ/เทศบัญญัติงบประมาณ): lines and revenue estimates, as at publication.</summary>
    Budget = 1,

    /// <summary>The action plan's projects with their progress and money, as at publication.</summary>
    Projects = 2,

    /// <summary>แผนการใช้จ่ายงบประมาณประจำปี: the annual spending plan.</summary>
    SpendingPlan = 10,

    /// <summary>รายงานการกำกับติดตามการดำเนินงานและการใช้จ่ายงบประมาณ ประจำปี รอบ 6 เดือน.</summary>
    SixMonthProgressReport = 11,

    /// <summary>รายงานผลการดำเนินงานและการใช้จ่ายงบประมาณประจำปี.</summary>
    AnnualSpendingReport = 12,

    /// <summary>แผนการจัดซื้อจัดจ้างประจำปี.</summary>
    ProcurementPlan = 13,

    /// <summary>สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร. 1).</summary>
    ProcurementMonthlySummary = 14,

    /// <summary>รายงานผลการจัดซื้อจัดจ้างประจำปี.</summary>
    ProcurementAnnualSummary = 15,
}

/// <summary>A publication of an LAO as others may show it (for example a module's page saying "published on the portal on ...").</summary>
public sealed record PublicationInfo(
    int Id,
    int LaoId,
    PublicationKind Kind,
    int FiscalYear,
    DateOnly PeriodFrom,
    DateOnly PeriodTo,
    int Version,
    DateTimeOffset PublishedAt,
    bool Withdrawn);

/// <summary>Read access to what an LAO has published on the open data portal.</summary>
public interface IPublications
{
    Task<IReadOnlyList<PublicationInfo>> GetAsync(int laoId, int? fiscalYear, CancellationToken cancellationToken = default);
}
