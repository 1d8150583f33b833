using System.Diagnostics;
using System.Globalization;
using LocalGov.Data;
using LocalGov.Organizations.Contracts;
using LocalGov.Procurement.Contracts;
using LocalGov.Procurement.Domain;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LocalGov.Procurement.Seeding;

/// <summary>
/// Writes synthetic procurement for every LAO of a province in one fiscal year: 20 vendors per LAO, then the cases
/// spread over the LAOs and the year (methods weighted like real LAOs: mostly specific, then e-market, e-bidding,
/// selection, price quotation), each with one to three items and two or three bids; 85 % awarded, of which most are
/// under contract with one to three instalments (some delivered late, some paid), 5 % cancelled, the rest announced.
/// Every case is published. One transaction with prepared INSERTs and explicit ids (SQLite only), like Finance's
/// benchmark generator: benchmark data, written below the audit interceptor.
/// </summary>
internal sealed class ProcurementBenchmarkGenerator(LocalGovDbContext db, SqlNames names, IOrganizationDirectory directory) : IProcurementBenchmark
{
    private const int VendorsPerLao = 20;

    public async Task<ProcurementBenchmarkResult> GenerateAsync(string provinceCode, int fiscalYear, int cases, int randomSeed, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsSqlite())
        {
            throw new InvalidOperationException("The procurement benchmark generator writes SQLite databases only.");
        }

        if (cases < 1 || cases > 2_000_000)
        {
            throw new InvalidOperationException("The number of cases must be between 1 and 2,000,000.");
        }

        var watch = Stopwatch.StartNew();
        var province = (await directory.GetProvincesAsync(cancellationToken)).FirstOrDefault(p => p.Code == provinceCode)
            ?? throw new InvalidOperationException($"No province with code {provinceCode}.");
        var laoIds = (await directory.GetLaoIdsInProvinceAsync(province.Id, cancellationToken)).Order().ToArray();
        if (laoIds.Length == 0)
        {
            throw new InvalidOperationException($"Province {provinceCode} has no LAOs.");
        }

        if (await db.Set<ProcurementCase>().AnyAsync(c => c.FiscalYear == fiscalYear && c.CaseNo.StartsWith("BM"), cancellationToken))
        {
            throw new InvalidOperationException($"Benchmark cases of {fiscalYear} exist already.");
        }

        var year = new FiscalYear(fiscalYear);
        var random = new Random(randomSeed);
        var now = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string Stamp()
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            return new Guid(bytes).ToString().ToUpperInvariant();
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        var transaction = tx.GetDbTransaction();
        var vendorId = (await db.Set<Vendor>().MaxAsync(v => (int?)v.Id, cancellationToken) ?? 0) + 1;
        var caseId = (await db.Set<ProcurementCase>().MaxAsync(c => (int?)c.Id, cancellationToken) ?? 0) + 1;
        var contractId = (await db.Set<PurchaseContract>().MaxAsync(k => (int?)k.Id, cancellationToken) ?? 0) + 1;

        await using var vendorInsert = names.PrepareInsert<Vendor>(connection, transaction,
            nameof(Vendor.Id), nameof(Vendor.LaoId), nameof(Vendor.TaxId), nameof(Vendor.Kind), nameof(Vendor.Name), nameof(Vendor.CreatedUtc),
            nameof(Vendor.CreatedBy), nameof(Vendor.ConcurrencyStamp));
        await using var caseInsert = names.PrepareInsert<ProcurementCase>(connection, transaction,
            nameof(ProcurementCase.Id), nameof(ProcurementCase.LaoId), nameof(ProcurementCase.FiscalYear), nameof(ProcurementCase.CaseNo),
            nameof(ProcurementCase.Title), nameof(ProcurementCase.Category), nameof(ProcurementCase.Justification), nameof(ProcurementCase.BudgetLineId),
            nameof(ProcurementCase.RequisitionAmount), nameof(ProcurementCase.Reserved), nameof(ProcurementCase.InCatalogue), nameof(ProcurementCase.RequestedOn),
            nameof(ProcurementCase.RequestedBy), nameof(ProcurementCase.Status), nameof(ProcurementCase.ReferencePrice), nameof(ProcurementCase.ReferencePriceOn),
            nameof(ProcurementCase.Method), nameof(ProcurementCase.MethodReason), nameof(ProcurementCase.ApprovedBy), nameof(ProcurementCase.ApprovedOn),
            nameof(ProcurementCase.AnnouncementNo), nameof(ProcurementCase.AnnouncedOn), nameof(ProcurementCase.BidsCloseOn),
            nameof(ProcurementCase.AwardedVendorId), nameof(ProcurementCase.AwardAmount), nameof(ProcurementCase.AwardedOn),
            nameof(ProcurementCase.CancelledOn), nameof(ProcurementCase.CancelReason), nameof(ProcurementCase.PublishedOn),
            nameof(ProcurementCase.CreatedUtc), nameof(ProcurementCase.UpdatedUtc), nameof(ProcurementCase.ConcurrencyStamp));
        await using var itemInsert = names.PrepareInsert<CaseItem>(connection, transaction,
            nameof(CaseItem.CaseId), nameof(CaseItem.LineNo), nameof(CaseItem.Description), nameof(CaseItem.Quantity), nameof(CaseItem.Unit),
            nameof(CaseItem.UnitPrice), nameof(CaseItem.Total), nameof(CaseItem.IsDurable));
        await using var bidInsert = names.PrepareInsert<Bid>(connection, transaction,
            nameof(Bid.CaseId), nameof(Bid.VendorId), nameof(Bid.SubmittedOn), nameof(Bid.Price), nameof(Bid.IsResponsive), nameof(Bid.Rank));
        await using var contractInsert = names.PrepareInsert<PurchaseContract>(connection, transaction,
            nameof(PurchaseContract.Id), nameof(PurchaseContract.CaseId), nameof(PurchaseContract.LaoId), nameof(PurchaseContract.Kind),
            nameof(PurchaseContract.ContractNo), nameof(PurchaseContract.VendorId), nameof(PurchaseContract.SignedOn), nameof(PurchaseContract.Amount),
            nameof(PurchaseContract.StartOn), nameof(PurchaseContract.DueOn), nameof(PurchaseContract.GuaranteeKind), nameof(PurchaseContract.GuaranteeAmount),
            nameof(PurchaseContract.PenaltyBasisPointsPerDay), nameof(PurchaseContract.PenaltyBase), nameof(PurchaseContract.MinimumPenaltyPerDay),
            nameof(PurchaseContract.SignedBy), nameof(PurchaseContract.CreatedUtc), nameof(PurchaseContract.ConcurrencyStamp));
        await using var instalmentInsert = names.PrepareInsert<ContractInstalment>(connection, transaction,
            nameof(ContractInstalment.ContractId), nameof(ContractInstalment.No), nameof(ContractInstalment.Description), nameof(ContractInstalment.Amount),
            nameof(ContractInstalment.DueOn), nameof(ContractInstalment.DeliveredOn), nameof(ContractInstalment.InspectedOn), nameof(ContractInstalment.Accepted),
            nameof(ContractInstalment.LateDays), nameof(ContractInstalment.Penalty), nameof(ContractInstalment.PaymentVoucherNo), nameof(ContractInstalment.PaymentRequestedOn));

        var vendorsOf = new Dictionary<int, int[]>();
        foreach (var lao in laoIds)
        {
            var ids = new int[VendorsPerLao];
            for (var v = 0; v < VendorsPerLao; v++)
            {
                ids[v] = vendorId;
                var taxId = "0" + (105500000000L + (vendorId * 7L % 9_000_000_000L)).ToString("D12", CultureInfo.InvariantCulture);
                SqlNames.SetValues(vendorInsert, vendorId, lao, taxId, (int)VendorKind.Company,
                    $"บริษัท ทดสอบ {vendorId.ToString(CultureInfo.InvariantCulture)} จำกัด", now, "benchmark", Stamp());
                await vendorInsert.ExecuteNonQueryAsync(cancellationToken);
                vendorId++;
            }

            vendorsOf[lao] = ids;
        }

        var sequence = laoIds.ToDictionary(l => l, _ => 0);
        string[] units = ["ชิ้น", "ชุด", "เครื่อง", "งาน", "รายการ"];
        int contracts = 0, instalments = 0;
        var days = year.End.DayNumber - year.Start.DayNumber + 1;
        for (var n = 0; n < cases; n++)
        {
            var lao = laoIds[random.Next(laoIds.Length)];
            var number = ++sequence[lao];
            var id = caseId++;
            var pick = random.Next(100);
            var method = pick < 60 ? ProcurementMethod.Specific : pick < 78 ? ProcurementMethod.EMarket : pick < 92 ? ProcurementMethod.EBidding : pick < 97 ? ProcurementMethod.Selection : ProcurementMethod.PriceQuotation;
            var category = (ProcurementCategory)(1 + random.Next(3));
            var requested = year.Start.AddDays(random.Next(Math.Max(1, days - 120)));
            var itemCount = 1 + random.Next(3);
            var items = new List<(decimal Quantity, long Unit, long Total)>();
            for (var i = 0; i < itemCount; i++)
            {
                var quantity = 1 + random.Next(20);
                var unit = (method == ProcurementMethod.Specific ? 500 + random.Next(20_000) : 20_000 + random.Next(400_000)) * 100L;
                items.Add((quantity, unit, unit * quantity));
            }

            var total = items.Sum(i => i.Total);
            var reference = total;
            var stage = random.Next(100);
            var cancelled = stage < 5;
            var awarded = stage >= 15;
            var contracted = stage >= 25;
            var announced = requested.AddDays(7 + random.Next(10));
            var closes = announced.AddDays(7 + random.Next(14));
            var awardedOn = closes.AddDays(3 + random.Next(10));
            var vendors = vendorsOf[lao];
            var bidders = new List<(int Vendor, long Price)>();
            var bidCount = 2 + random.Next(2);
            var start = random.Next(VendorsPerLao);
            for (var b = 0; b < bidCount; b++)
            {
                bidders.Add((vendors[(start + b) % VendorsPerLao], reference - (reference * random.Next(10) / 100)));
            }

            var winner = bidders.MinBy(b => b.Price);
            var status = cancelled ? ProcurementCaseStatus.Cancelled : contracted ? ProcurementCaseStatus.Contracted : awarded ? ProcurementCaseStatus.Awarded : ProcurementCaseStatus.Announced;
            var caseNo = $"BM{fiscalYear.ToString(CultureInfo.InvariantCulture)}-{number.ToString("D5", CultureInfo.InvariantCulture)}";
            SqlNames.SetValues(caseInsert, id, lao, fiscalYear, caseNo, $"จัดซื้อจัดจ้างทดสอบ {caseNo}", (int)category, "ข้อมูลทดสอบประสิทธิภาพ", 1,
                total, cancelled ? 0 : awarded ? winner.Price : total, method == ProcurementMethod.EMarket ? 1 : 0, D(requested), "benchmark", (int)status,
                reference, D(requested), (int)method, method is ProcurementMethod.Selection or ProcurementMethod.PriceQuotation ? "ข้อมูลทดสอบ" : null,
                "benchmark", D(requested.AddDays(3)), "ANN-" + caseNo, D(announced), D(closes),
                awarded && !cancelled ? winner.Vendor : null, awarded && !cancelled ? winner.Price : null, awarded && !cancelled ? D(awardedOn) : null,
                cancelled ? D(closes) : null, cancelled ? "ข้อมูลทดสอบ" : null, D(announced), now, now, Stamp());
            await caseInsert.ExecuteNonQueryAsync(cancellationToken);
            for (var i = 0; i < items.Count; i++)
            {
                SqlNames.SetValues(itemInsert, id, i + 1, $"รายการทดสอบ {(i + 1).ToString(CultureInfo.InvariantCulture)}", items[i].Quantity, units[random.Next(units.Length)],
                    items[i].Unit, items[i].Total, 0);
                await itemInsert.ExecuteNonQueryAsync(cancellationToken);
            }

            for (var b = 0; b < bidders.Count; b++)
            {
                SqlNames.SetValues(bidInsert, id, bidders[b].Vendor, D(closes.AddDays(-1)), bidders[b].Price, 1, null);
                await bidInsert.ExecuteNonQueryAsync(cancellationToken);
            }

            if (!contracted || cancelled)
            {
                continue;
            }

            var k = contractId++;
            contracts++;
            var signed = awardedOn.AddDays(2 + random.Next(14));
            var parts = 1 + random.Next(3);
            var due = signed;
            var rows = new List<(long Amount, DateOnly Due)>();
            var left = winner.Price;
            for (var p = 1; p <= parts; p++)
            {
                due = due.AddDays(15 + random.Next(45));
                var amount = p == parts ? left : winner.Price / parts;
                left -= amount;
                rows.Add((amount, due));
            }

            SqlNames.SetValues(contractInsert, k, id, lao, (int)(winner.Price > 10_000_000 ? AgreementKind.Contract : AgreementKind.PurchaseOrder),
                $"BM-{lao.ToString(CultureInfo.InvariantCulture)}-{number.ToString("D5", CultureInfo.InvariantCulture)}", winner.Vendor, D(signed), winner.Price,
                D(signed), D(due), 0, 0, 10, (int)(category == ProcurementCategory.Works ? PenaltyBase.ContractValue : PenaltyBase.UndeliveredValue), 0, "benchmark", now, Stamp());
            await contractInsert.ExecuteNonQueryAsync(cancellationToken);
            for (var p = 0; p < rows.Count; p++)
            {
                var (amount, dueOn) = rows[p];
                var outcome = random.Next(100);
                DateOnly? delivered = outcome < 55 ? dueOn.AddDays(-random.Next(5)) : outcome < 70 ? dueOn.AddDays(1 + random.Next(20)) : null;
                var late = delivered is { } d && d > dueOn ? d.DayNumber - dueOn.DayNumber : 0;
                var penalty = Math.Min(amount, amount * 10 / 10_000 * late);
                var paid = delivered is not null && random.Next(2) == 0;
                SqlNames.SetValues(instalmentInsert, k, p + 1, $"งวดที่ {(p + 1).ToString(CultureInfo.InvariantCulture)}", amount, D(dueOn),
                    delivered is { } dd ? D(dd) : null, delivered is { } di ? D(di.AddDays(2)) : null, delivered is null ? null : 1, late, penalty,
                    paid ? $"BMPV{k.ToString(CultureInfo.InvariantCulture)}-{(p + 1).ToString(CultureInfo.InvariantCulture)}" : null,
                    paid ? D(delivered!.Value.AddDays(5)) : null);
                await instalmentInsert.ExecuteNonQueryAsync(cancellationToken);
                instalments++;
            }
        }

        await tx.CommitAsync(cancellationToken);
        return new ProcurementBenchmarkResult(province.Id, laoIds.Length, fiscalYear, cases, contracts, instalments, watch.ElapsedMilliseconds);
    }
}
