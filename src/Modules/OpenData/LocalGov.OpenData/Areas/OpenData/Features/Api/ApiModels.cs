using System.Text.Json.Serialization;
using LocalGov.OpenData.Services.Api;

namespace LocalGov.OpenData.Areas.OpenData.Features.Api;

/// <summary>An organisation (LAO) with the fiscal years it has published a budget for.</summary>
internal sealed record OrganisationDto(
    string Code,
    string NameTh,
    string NameEn,
    string Type,
    string TypeNameTh,
    string TypeNameEn,
    string ProvinceCode,
    string ProvinceNameTh,
    string ProvinceNameEn,
    int Population,
    decimal AreaSquareKm,
    IReadOnlyList<int> PublishedBudgetYears,
    OrganisationLinks Links);

internal sealed record OrganisationLinks(string Self, string Budgets, string Portal);

/// <summary>A published budget (header and totals, baht).</summary>
internal sealed record BudgetDto(
    string LaoCode,
    string LaoNameTh,
    string LaoNameEn,
    string LaoType,
    string ProvinceCode,
    int FiscalYear,
    string Status,
    DateOnly? PromulgatedOn,
    [property: JsonConverter(typeof(BahtJsonConverter))] decimal RevenueTotal,
    [property: JsonConverter(typeof(BahtJsonConverter))] decimal ExpenditureTotal,
    [property: JsonConverter(typeof(BahtJsonConverter))] decimal PersonnelTotal,
    [property: JsonConverter(typeof(BahtJsonConverter))] decimal CapitalTotal,
    int Population,
    [property: JsonConverter(typeof(NullableBahtJsonConverter))] decimal? ExpenditurePerResident,
    DateTimeOffset PublishedAt,
    int Version,
    BudgetLinks Links);

internal sealed record BudgetLinks(string Self, string BudgetLines, string RevenueEstimates, string Portal);

/// <summary>The budget lines summed by one classification code (programme or group).</summary>
internal sealed record BudgetTotalDto(
    string Code,
    string NameTh,
    string NameEn,
    int Lines,
    [property: JsonConverter(typeof(BahtJsonConverter))] decimal OriginalAmount,
    [property: JsonConverter(typeof(BahtJsonConverter))] decimal CurrentAmount);

/// <summary>One published budget with its totals by แผนงาน (programme) and by งบ (group).</summary>
internal sealed record BudgetDetailDto(BudgetDto Budget, IReadOnlyList<BudgetTotalDto> ByProgramme, IReadOnlyList<BudgetTotalDto> ByGroup);

internal sealed record BudgetLineDto(
    string LaoCode,
    int FiscalYear,
    int LineNo,
    string ProgrammeCode,
    string ProgrammeNameTh,
    string ProgrammeNameEn,
    string WorkUnitCode,
    string WorkUnitNameTh,
    string WorkUnitNameEn,
    string GroupCode,
    string GroupNameTh,
    string GroupNameEn,
    string CategoryCode,
    string CategoryNameTh,
    string CategoryNameEn,
    string ItemName,
    bool IsProject,
    string? PlanProjectCode,
    [property: JsonConverter(typeof(BahtJsonConverter))] decimal OriginalAmount,
    [property: JsonConverter(typeof(BahtJsonConverter))] decimal CurrentAmount);

internal sealed record RevenueEstimateDto(
    string LaoCode,
    int FiscalYear,
    int LineNo,
    string CategoryCode,
    string CategoryNameTh,
    string CategoryNameEn,
    string? Source,
    string ItemName,
    [property: JsonConverter(typeof(BahtJsonConverter))] decimal Amount);

internal sealed record ProjectDto(
    string LaoCode,
    int FiscalYear,
    string Code,
    string Name,
    int StrategyNo,
    string StrategyName,
    int StartMonth,
    int EndMonth,
    string Status,
    int PercentComplete,
    [property: JsonConverter(typeof(BahtJsonConverter))] decimal Planned,
    [property: JsonConverter(typeof(BahtJsonConverter))] decimal Budgeted,
    [property: JsonConverter(typeof(BahtJsonConverter))] decimal Disbursed,
    DateOnly? LastUpdatedOn);

internal sealed record IndicatorDto(
    string Code,
    string NameTh,
    string NameEn,
    string Formula,
    string Unit,
    int Decimals,
    string Direction,
    string SourceModule,
    int FromYear,
    int? ToYear);

internal sealed record IndicatorValueDto(
    string IndicatorCode,
    string LaoCode,
    string LaoNameTh,
    string LaoNameEn,
    string LaoType,
    string ProvinceCode,
    int FiscalYear,
    decimal? Value,
    IReadOnlyList<string> MissingInputs,
    int? NationalRank,
    int? ProvinceRank,
    int? PeerRank,
    decimal? PeerPercentile);
