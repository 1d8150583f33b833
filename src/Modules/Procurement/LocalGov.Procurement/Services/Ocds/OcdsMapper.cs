using System.Globalization;
using LocalGov.Organizations.Contracts;
using LocalGov.Procurement.Contracts;
using LocalGov.Procurement.Domain;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Procurement.Services.Ocds;

/// <summary>What one case's release is built from (loaded by <see cref="OcdsPublisher"/>).</summary>
internal sealed record OcdsCaseData(
    ProcurementCase Case,
    LaoDto Lao,
    IReadOnlyDictionary<int, Vendor> Vendors,
    PurchaseContract? Contract,
    Money? PublishReferencePriceAbove,
    string? BudgetLineName,
    DateOnly Today);

/// <summary>
/// Maps a procurement case to an OCDS 1.1 release. Pure: the same data gives the same document.
/// <para>
/// Identifiers. The ocid is <c>{prefix}-{laoCode}-{caseNo}</c>. The prefix comes from configuration
/// (<c>Procurement:OcidPrefix</c>, default "ocds-localgov"); a real publisher registers its own prefix with the
/// Open Contracting Partnership (https://standard.open-contracting.org/latest/en/guidance/build/#register-an-ocid-prefix)
/// and configures it, because an ocid must be globally unique. Organisations: the LAO is identified by the DLA's
/// LAO code (scheme "TH-DLA", party id "TH-DLA-{code}"), the authoritative national register of LAOs; vendors by
/// their 13-digit tax id from the Revenue Department (scheme "TH-RD", party id "TH-RD-{taxId}"), which covers companies
/// and persons alike. Neither scheme is listed on org-id.guide yet: they are this publisher's choices, stated here so
/// that a future registration can map them (a company could also be given its DBD registration number, which for a
/// juristic person equals the tax id).
/// </para>
/// </summary>
internal static class OcdsMapper
{
    public const string Currency = "THB";
    private static readonly TimeSpan ThailandOffset = TimeSpan.FromHours(7);

    /// <summary>The OCDS method code: e-market, e-bidding and price quotation are open; selection selective; specific limited.</summary>
    public static string MethodCode(ProcurementMethod method) => method switch
    {
        ProcurementMethod.EMarket or ProcurementMethod.EBidding or ProcurementMethod.PriceQuotation => "open",
        ProcurementMethod.Selection => "selective",
        ProcurementMethod.Specific => "limited",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>The method's name in Thai law (procurementMethodDetails; the release language is Thai).</summary>
    public static string MethodDetails(ProcurementMethod method) => method switch
    {
        ProcurementMethod.EMarket => "วิธีตลาดอิเล็กทรอนิกส์ (e-market)",
        ProcurementMethod.EBidding => "วิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
        ProcurementMethod.PriceQuotation => "วิธีสอบราคา",
        ProcurementMethod.Selection => "วิธีคัดเลือก",
        ProcurementMethod.Specific => "วิธีเฉพาะเจาะจง",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    public static string CategoryCode(ProcurementCategory category) => category switch
    {
        ProcurementCategory.Goods => "goods",
        ProcurementCategory.Services => "services",
        ProcurementCategory.Works => "works",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    public static string Ocid(string prefix, string laoCode, string caseNo) => $"{prefix}-{laoCode}-{caseNo}";

    /// <summary>RFC 3339 with the Thailand offset: the start of the day in Thailand.</summary>
    public static string Date(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), ThailandOffset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? date) => date is { } d ? Date(d) : null;

    public static OcdsValue Value(Money money) => new(money.Baht, Currency);

    /// <summary>The date of the case's latest stage: the release date.</summary>
    public static DateOnly ReleaseDate(ProcurementCase c, PurchaseContract? contract)
    {
        var dates = new List<DateOnly> { c.RequestedOn };
        void Add(DateOnly? d)
        {
            if (d is { } v)
            {
                dates.Add(v);
            }
        }

        Add(c.ApprovedOn);
        Add(c.PublishedOn);
        Add(c.AnnouncedOn);
        Add(c.AwardedOn);
        Add(c.CancelledOn);
        if (contract is not null)
        {
            dates.Add(contract.SignedOn);
            foreach (var i in contract.Instalments)
            {
                Add(i.DeliveredOn);
                Add(i.InspectedOn);
                Add(i.PaymentRequestedOn);
            }
        }

        return dates.Max();
    }

    /// <summary>The release tag of the case's current stage.</summary>
    public static string Tag(ProcurementCase c, PurchaseContract? contract)
    {
        if (c.Status == ProcurementCaseStatus.Cancelled)
        {
            return "tenderCancellation";
        }

        if (contract is not null)
        {
            return contract.Instalments.Any(i => i.DeliveredOn is not null || i.InspectedOn is not null || i.PaymentRequestedOn is not null)
                ? "implementation"
                : "contract";
        }

        if (c.AwardedVendorId is not null && c.AwardedOn is not null)
        {
            return "award";
        }

        return c.AnnouncedOn is not null ? "tender" : "planning";
    }

    public static OcdsRelease Map(OcdsCaseData data, string prefix)
    {
        ArgumentNullException.ThrowIfNull(data);
        var c = data.Case;
        var contract = data.Contract;
        var ocid = Ocid(prefix, data.Lao.Code, c.CaseNo);
        var releaseDate = ReleaseDate(c, contract);
        var releaseId = ocid + "-" + new DateTimeOffset(releaseDate.ToDateTime(TimeOnly.MinValue), ThailandOffset).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

        var buyer = new OcdsOrganizationReference("TH-DLA-" + data.Lao.Code, data.Lao.NameTh);
        var parties = new List<OcdsParty>
        {
            new(buyer.Id, buyer.Name, new OcdsIdentifier("TH-DLA", data.Lao.Code, data.Lao.NameTh), ["buyer", "procuringEntity"]),
        };
        var roles = new Dictionary<int, List<string>>();
        void Role(int vendorId, string role)
        {
            if (!data.Vendors.ContainsKey(vendorId))
            {
                return;
            }

            if (!roles.TryGetValue(vendorId, out var list))
            {
                roles[vendorId] = list = [];
            }

            if (!list.Contains(role))
            {
                list.Add(role);
            }
        }

        var announced = c.AnnouncedOn is not null;
        var bids = announced ? c.Bids.OrderBy(b => b.Id).ToList() : [];
        foreach (var b in bids)
        {
            Role(b.VendorId, "tenderer");
        }

        var awarded = c.AwardedVendorId is { } winner && c.AwardedOn is not null;
        if (awarded)
        {
            Role(c.AwardedVendorId!.Value, "supplier");
        }

        if (contract is not null)
        {
            Role(contract.VendorId, "supplier");
            if (contract.Instalments.Any(i => i.PaymentRequestedOn is not null))
            {
                Role(contract.VendorId, "payee");
            }
        }

        if (contract?.Instalments.Any(i => i.PaymentRequestedOn is not null) == true)
        {
            parties[0] = parties[0] with { Roles = ["buyer", "procuringEntity", "payer"] };
        }

        foreach (var (vendorId, list) in roles.OrderBy(r => r.Key))
        {
            var v = data.Vendors[vendorId];
            parties.Add(new OcdsParty(VendorPartyId(v), v.Name, new OcdsIdentifier("TH-RD", v.TaxId, v.Name), list));
        }

        OcdsOrganizationReference VendorRef(int vendorId) => data.Vendors.TryGetValue(vendorId, out var v)
            ? new OcdsOrganizationReference(VendorPartyId(v), v.Name)
            : new OcdsOrganizationReference("vendor-" + vendorId.ToString(CultureInfo.InvariantCulture), "-");

        var items = c.Items.OrderBy(i => i.LineNo)
            .Select(i => new OcdsItem(i.LineNo.ToString(CultureInfo.InvariantCulture), i.Description, i.Quantity, new OcdsUnit(i.Unit, Value(i.UnitPrice))))
            .ToList();

        var publishValue = c.ReferencePrice is { } price && data.PublishReferencePriceAbove is { } limit && price > limit;
        var tenderStatus = c.Status switch
        {
            ProcurementCaseStatus.Cancelled => "cancelled",
            ProcurementCaseStatus.Awarded or ProcurementCaseStatus.Contracted or ProcurementCaseStatus.Completed => "complete",
            _ => announced ? "active" : "planning",
        };
        var tender = new OcdsTender(
            Id: c.CaseNo,
            Title: c.Title,
            Description: c.Justification,
            Status: tenderStatus,
            Items: items.Count == 0 ? null : items,
            Value: publishValue ? Value(c.ReferencePrice!.Value) : null,
            ProcurementMethod: c.Method is { } m ? MethodCode(m) : null,
            ProcurementMethodDetails: c.Method is { } m2 ? MethodDetails(m2) : null,
            ProcurementMethodRationale: string.IsNullOrWhiteSpace(c.MethodReason) ? null : c.MethodReason,
            MainProcurementCategory: CategoryCode(c.Category),
            DatePublished: Date(c.PublishedOn),
            TenderPeriod: announced ? new OcdsPeriod(Date(c.AnnouncedOn), Date(c.BidsCloseOn)) : null,
            NumberOfTenderers: announced && bids.Count > 0 ? bids.Count : null,
            Tenderers: bids.Count == 0 ? null : [.. bids.Select(b => b.VendorId).Distinct().Select(VendorRef)]);

        var awardId = c.CaseNo + "-award";
        List<OcdsAward>? awards = null;
        if (awarded)
        {
            awards =
            [
                new OcdsAward(awardId, c.Status == ProcurementCaseStatus.Cancelled ? "cancelled" : "active", Date(c.AwardedOn),
                    c.AwardAmount is { } a ? Value(a) : null, [VendorRef(c.AwardedVendorId!.Value)]),
            ];
        }

        List<OcdsContract>? contracts = null;
        if (contract is not null)
        {
            var instalments = contract.Instalments.OrderBy(i => i.No).ToList();
            var payee = VendorRef(contract.VendorId);
            var transactions = instalments.Where(i => i.PaymentRequestedOn is not null)
                .Select(i => new OcdsTransaction(
                    i.PaymentVoucherNo ?? $"{contract.ContractNo}-{i.No.ToString(CultureInfo.InvariantCulture)}",
                    Date(i.PaymentRequestedOn), Value(i.Amount - i.Penalty), buyer, payee))
                .ToList();
            var milestones = instalments.Select(i => new OcdsMilestone(
                    "instalment-" + i.No.ToString(CultureInfo.InvariantCulture), i.Description, "delivery", Date(i.DueOn),
                    i.Accepted == true ? Date(i.DeliveredOn ?? i.InspectedOn) : null,
                    i.Accepted == true ? "met" : i.DueOn < data.Today ? "notMet" : "scheduled",
                    Value(i.Amount)))
                .ToList();
            var done = instalments.Count > 0 && instalments.All(i => i.Accepted == true);
            contracts =
            [
                new OcdsContract(contract.ContractNo, awardId, c.Title,
                    c.Status == ProcurementCaseStatus.Cancelled ? "cancelled" : done ? "terminated" : "active",
                    new OcdsPeriod(Date(contract.StartOn), Date(contract.DueOn)), Date(contract.SignedOn), Value(contract.Amount),
                    items.Count == 0 ? null : items,
                    new OcdsImplementation(transactions.Count == 0 ? null : transactions, milestones.Count == 0 ? null : milestones)),
            ];

            // A contract needs its award (awardID): one made before the award stage was recorded still gets one.
            awards ??= [new OcdsAward(awardId, "active", Date(c.AwardedOn ?? contract.SignedOn), Value(c.AwardAmount ?? contract.Amount), [payee])];
        }

        var planning = new OcdsPlanning(
            c.Justification,
            new OcdsBudget(
                data.BudgetLineName ?? $"Budget line {c.BudgetLineId.ToString(CultureInfo.InvariantCulture)}, FY {c.FiscalYear.ToString(CultureInfo.InvariantCulture)}",
                Value(c.RequisitionAmount),
                c.BudgetLineId.ToString(CultureInfo.InvariantCulture)));

        return new OcdsRelease(ocid, releaseId, Date(releaseDate), [Tag(c, contract)], "tender", "th", parties, buyer, planning, tender, awards, contracts);
    }

    /// <summary>The compiled release of a record (one release per case: the compiled release is that release, tagged compiled).</summary>
    public static OcdsRelease Compiled(OcdsRelease release) => release with { Tag = ["compiled"] };

    private static string VendorPartyId(Vendor v) => "TH-RD-" + v.TaxId;
}
