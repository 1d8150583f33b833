using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Procurement.Contracts;

/// <summary>
/// The procurement methods of the Public Procurement Act B.E. 2560. Which are allowed for a case depends on its value
/// and whether the item is in the e-catalogue, by effective-dated rules kept as data (never constants in code).
/// </summary>
public enum ProcurementMethod
{
    /// <summary>ตลาดอิเล็กทรอนิกส์ (e-market): items in the e-catalogue. OCDS: open.</summary>
    EMarket = 1,

    /// <summary>ประกวดราคาอิเล็กทรอนิกส์ (e-bidding). OCDS: open.</summary>
    EBidding = 2,

    /// <summary>สอบราคา (price quotation), where internet access is too limited, with a stated reason. OCDS: open.</summary>
    PriceQuotation = 3,

    /// <summary>วิธีคัดเลือก (selection). OCDS: selective.</summary>
    Selection = 4,

    /// <summary>วิธีเฉพาะเจาะจง (specific). OCDS: limited.</summary>
    Specific = 5,
}

/// <summary>What is bought; OCDS mainProcurementCategory goods / services / works.</summary>
public enum ProcurementCategory
{
    Goods = 1,
    Services = 2,
    Works = 3,
}

/// <summary>Where a procurement case stands.</summary>
public enum ProcurementCaseStatus
{
    /// <summary>ขอซื้อขอจ้าง: the requisition is made and the budget reserved.</summary>
    Requisitioned = 1,

    /// <summary>The head of the LAO approved the requisition report (รายงานขอซื้อขอจ้าง): reference price, committees, method.</summary>
    Approved = 2,

    /// <summary>ประกาศเชิญชวน / หนังสือเชิญ: bids are invited.</summary>
    Announced = 3,

    /// <summary>ประกาศผู้ชนะ: the winner is chosen.</summary>
    Awarded = 4,

    /// <summary>ลงนามสัญญา / ใบสั่งซื้อสั่งจ้าง.</summary>
    Contracted = 5,

    /// <summary>Every instalment delivered and accepted.</summary>
    Completed = 6,

    /// <summary>ยกเลิก: the reservation is given back.</summary>
    Cancelled = 9,
}

/// <summary>One LAO's procurement in a fiscal year, for benchmarking and open data (non-cancelled cases).</summary>
public sealed record LaoProcurementSummary(
    int LaoId,
    int FiscalYear,
    int Cases,
    int ContractedCases,
    Money ContractedValue,
    Money SpecificMethodValue,
    int LateContracts);

/// <summary>Implemented by Procurement: per-LAO figures for other modules; the caller checks the user's scope.</summary>
public interface IProcurementSummaries
{
    Task<IReadOnlyList<LaoProcurementSummary>> GetAsync(int fiscalYear, IReadOnlyCollection<int>? laoIds, CancellationToken cancellationToken = default);
}

/// <summary>What the procurement benchmark generator wrote.</summary>
public sealed record ProcurementBenchmarkResult(int ProvinceId, int Laos, int FiscalYear, int Cases, int Contracts, int Instalments, long ElapsedMilliseconds);

/// <summary>
/// Implemented by Procurement: writes synthetic published cases (items, bids, awards, contracts and instalments) for
/// every LAO of a province in one fiscal year, set-based, for the open data and DLA report benchmarks (SQLite only).
/// </summary>
public interface IProcurementBenchmark
{
    Task<ProcurementBenchmarkResult> GenerateAsync(string provinceCode, int fiscalYear, int cases, int randomSeed, CancellationToken cancellationToken = default);
}

/// <summary>A bid of a published case: who offered what (the monthly procurement summary lists every bidder).</summary>
public sealed record PublishedBidInfo(string VendorName, Money Price);

/// <summary>
/// A published procurement case as the public sees it (Open data's LAO page and the ITA procurement summaries): what,
/// how, the reference price, the bids, the winner and the contract. Never internal notes or committee members.
/// </summary>
public sealed record PublishedCaseInfo(
    int Id,
    int LaoId,
    int FiscalYear,
    string CaseNo,
    string Ocid,
    string Title,
    ProcurementCategory Category,
    ProcurementMethod? Method,
    ProcurementCaseStatus Status,
    DateOnly PublishedOn,
    Money RequisitionAmount,
    Money? ReferencePrice,
    IReadOnlyList<PublishedBidInfo> Bids,
    string? WinnerName,
    Money? AwardAmount,
    DateOnly? AwardedOn,
    string? AwardReason,
    string? ContractNo,
    DateOnly? ContractSignedOn,
    Money? ContractAmount,
    DateOnly? CancelledOn);

/// <summary>An item of a published annual procurement plan (แผนการจัดซื้อจัดจ้าง).</summary>
/// <param name="ExpectedOn">The first day of the month the LAO expects to announce.</param>
public sealed record PublishedPlanItemInfo(int LineNo, string Title, ProcurementCategory Category, Money EstimatedAmount, ProcurementMethod Method, DateOnly ExpectedOn, string? Note);

/// <summary>An LAO-year's published procurement plan, its latest published revision.</summary>
public sealed record PublishedPlanInfo(int LaoId, int FiscalYear, int Revision, DateOnly PublishedOn, IReadOnlyList<PublishedPlanItemInfo> Items);

/// <summary>
/// Implemented by Procurement: what it has made public (cases from their announcement, published plans), for Open data.
/// Everything returned is already public; nothing here needs a user's scope.
/// </summary>
public interface IPublicProcurement
{
    /// <summary>The LAO-year's published cases (cancelled ones too, marked), by publication date then case number.</summary>
    Task<IReadOnlyList<PublishedCaseInfo>> GetPublishedCasesAsync(int laoId, int fiscalYear, CancellationToken cancellationToken = default);

    /// <summary>The LAO-year's published procurement plan, or null when none is published.</summary>
    Task<PublishedPlanInfo?> GetPublishedPlanAsync(int laoId, int fiscalYear, CancellationToken cancellationToken = default);
}

/// <summary>One page of an LAO-year's OCDS 1.1 release package, already serialized with OCDS field names.</summary>
/// <param name="Json">The release package (UTF-8 JSON text).</param>
/// <param name="Page">The page returned (1-based).</param>
/// <param name="PageCount">How many pages there are (at least 1).</param>
/// <param name="Total">How many published releases the LAO-year has.</param>
public sealed record OcdsReleasePackagePage(string Json, int Page, int PageCount, int Total);

/// <summary>
/// Implemented by Procurement: the OCDS release package of an LAO-year's published cases, a page at a time, exactly as
/// its own endpoint serves it (Open data's API v1 republishes it unchanged).
/// </summary>
public interface IOcdsReleasePackages
{
    /// <summary>Releases per page of <see cref="GetLaoYearAsync"/>.</summary>
    int PageSize { get; }

    /// <summary>The page of the LAO-year's releases; <paramref name="uri"/> is the package's own address, <paramref name="baseUri"/> the publisher's.</summary>
    Task<OcdsReleasePackagePage> GetLaoYearAsync(int laoId, int fiscalYear, int page, string uri, string baseUri, CancellationToken cancellationToken = default);
}
