using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LocalGov.Data;
using LocalGov.Revenue.Contracts;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Domain.LandTax;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Auditing;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Revenue.Services.LandTax;

/// <summary>What an assessment run did.</summary>
internal sealed record LandTaxRunResult(
    int TaxYear,
    int Parcels,
    int Taxpayers,
    int AssessmentsCreated,
    int AssessmentsChanged,
    int AssessmentsUnchanged,
    BillingOutcome Bills,
    int ParcelsPricedLater,
    Money TotalTax,
    string ResultHash,
    long ElapsedMilliseconds);

/// <summary>The run cannot start: reference data missing or a building type without a price.</summary>
internal sealed class LandTaxRunRefusedException(string reason, string? detail = null) : InvalidOperationException(reason + (detail is null ? "" : ": " + detail))
{
    public string Reason { get; } = reason;

    public string? Detail { get; } = detail;
}

/// <summary>
/// The annual assessment run of one LAO and tax year: values every parcel and building, assesses every taxpayer
/// (<see cref="LandTaxCalculator"/>), stores one <see cref="Assessment"/> per taxpayer with its explanation lines
/// and bills it through <see cref="BillingService"/> under the source key <c>LBT:{year}:T{taxpayerId}</c>.
/// Idempotent: an assessment whose result is unchanged (same <see cref="Assessment.ResultHash"/>) is not
/// touched, a bill is never issued twice, and a bill with a payment on it is left alone. One transaction;
/// the revenue summaries are refreshed before it commits. Set-based: four queries load the LAO's parcels,
/// uses, buildings and building uses; change tracking is detected once per save.
/// </summary>
internal sealed class LandTaxAssessmentRun(
    LocalGovDbContext db,
    LandTaxReferenceData reference,
    BillingService billing,
    AssessmentLineWriter lineWriter,
    RevenueSummaryUpdater summaries,
    TimeProvider clock)
{
    /// <summary>Bill description, stored in the official language of the documents (Thai).</summary>
    public const string BillDescriptionPrefix = "ภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี ";

    public static string SourceKey(int taxYear, int taxpayerId) => string.Create(CultureInfo.InvariantCulture, $"LBT:{taxYear}:T{taxpayerId}");

    public async Task<LandTaxRunResult> RunAsync(int laoId, int taxYear, string userName, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var data = await reference.LoadAsync(laoId, taxYear, cancellationToken);
        if (data.MissingBuckets.Count > 0)
        {
            throw new LandTaxRunRefusedException("NoRates", string.Join(", ", data.MissingBuckets));
        }

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var (inputs, pricedLater) = await LoadParcelsAsync(laoId, taxYear, cancellationToken);
            var owners = await OwnerResolverAsync(laoId, cancellationToken);
            var parts = new List<ValuedPart>();
            try
            {
                foreach (var parcel in inputs)
                {
                    parts.AddRange(LandTaxCalculator.Value(parcel, taxYear, data.Rates).Select(p => p with { TaxpayerId = owners(p.TaxpayerId) }));
                }
            }
            catch (LandTaxValuationException ex)
            {
                throw new LandTaxRunRefusedException("NoBuildingPrice", $"{ex.BuildingTypeCode} ({ex.PartLabel})");
            }

            var results = parts.GroupBy(p => p.TaxpayerId)
                .Select(g => LandTaxCalculator.Assess(g.Key, g, data.Rates))
                .ToDictionary(r => r.TaxpayerId);

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var (created, changed, unchanged, assessments) = await StoreAsync(laoId, taxYear, userName, results, cancellationToken);

            var issuedOn = ThaiDate.Today(clock);
            var dueOn = data.Calendar.DueDate(taxYear);
            if (dueOn < issuedOn)
            {
                // A notice issued after the usual last payment day still leaves the taxpayer 30 days to pay.
                dueOn = issuedOn.AddDays(30);
            }

            var description = BillDescriptionPrefix + taxYear.ToString(CultureInfo.InvariantCulture);
            var drafts = assessments.Values
                .Where(a => a.Tax.Satang > 0 || a.HadTax)
                .OrderBy(a => a.Assessment.TaxpayerId)
                .Select(a => new BillDraft(a.Assessment.TaxpayerId, RevenueKind.LandAndBuildingTax, taxYear, a.Assessment.SourceKey, description, a.Tax, issuedOn, dueOn))
                .ToList();
            var bills = await billing.UpsertAsync(laoId, drafts, cancellationToken);
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(cancellationToken);

            await ResplitInstalmentsAsync(laoId, taxYear, data.Calendar, cancellationToken);
            var fiscalYears = await db.Set<Bill>().AsNoTracking()
                .Where(b => b.LaoId == laoId && b.Kind == RevenueKind.LandAndBuildingTax && b.TaxYear == taxYear)
                .Select(b => b.FiscalYear).Distinct().ToListAsync(cancellationToken);
            foreach (var fiscalYear in fiscalYears)
            {
                await summaries.RefreshAsync(laoId, fiscalYear, cancellationToken);
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);

            var hash = Hash(assessments.Values.OrderBy(a => a.Assessment.TaxpayerId).Select(a => $"{a.Assessment.TaxpayerId}:{a.Assessment.ResultHash}:{a.Tax.Satang}"));
            return new LandTaxRunResult(
                taxYear, inputs.Count, results.Count, created, changed, unchanged, bills, pricedLater,
                Money.Sum(assessments.Values.Select(a => a.Tax)), hash, watch.ElapsedMilliseconds);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    private sealed record Stored(Assessment Assessment, Money Tax, bool HadTax);

    /// <summary>Adds new assessments, replaces the lines of changed ones, zeroes those whose taxpayer no longer has parts.</summary>
    private async Task<(int Created, int Changed, int Unchanged, Dictionary<int, Stored> All)> StoreAsync(
        int laoId, int taxYear, string userName, Dictionary<int, TaxpayerResult> results, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await db.Set<Assessment>().Where(a => a.LaoId == laoId && a.TaxYear == taxYear).ToDictionaryAsync(a => a.TaxpayerId, cancellationToken);
        var all = new Dictionary<int, Stored>();
        var replaced = new List<int>();
        var pending = new List<(Assessment Assessment, List<AssessmentLine> Lines)>();
        var added = new List<Assessment>();
        int created = 0, changed = 0, unchanged = 0;
        foreach (var taxpayerId in results.Keys.Concat(existing.Keys).Distinct().Order())
        {
            var result = results.GetValueOrDefault(taxpayerId);
            var lines = result is null ? [] : ToLines(result);
            var tax = result?.Tax ?? Money.Zero;
            var hash = Hash(lines.Select(LineText).Append(tax.Satang.ToString(CultureInfo.InvariantCulture)));
            if (existing.TryGetValue(taxpayerId, out var assessment))
            {
                all[taxpayerId] = new Stored(assessment, tax, assessment.Tax.Satang != 0);
                if (assessment.ResultHash == hash)
                {
                    unchanged++;
                    continue;
                }

                replaced.Add(assessment.Id);
                Fill(assessment, result, tax, hash, now, userName);
                db.Entry(assessment).State = EntityState.Modified;
                pending.Add((assessment, lines));
                changed++;
                continue;
            }

            assessment = new Assessment { LaoId = laoId, TaxYear = taxYear, TaxpayerId = taxpayerId, SourceKey = SourceKey(taxYear, taxpayerId) };
            Fill(assessment, result, tax, hash, now, userName);
            added.Add(assessment);
            pending.Add((assessment, lines));
            all[taxpayerId] = new Stored(assessment, tax, false);
            created++;
        }

        // Changed assessments through EF (audited); new ones set-based, their ids read back with one query; then
        // the explanation lines set-based; one audit entry records the run.
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        await lineWriter.InsertAsync(added, cancellationToken);
        if (added.Count > 0)
        {
            var ids = await db.Set<Assessment>().AsNoTracking().Where(a => a.LaoId == laoId && a.TaxYear == taxYear)
                .Select(a => new { a.TaxpayerId, a.Id }).ToDictionaryAsync(a => a.TaxpayerId, a => a.Id, cancellationToken);
            added.ForEach(a => a.Id = ids[a.TaxpayerId]);
        }

        await lineWriter.DeleteAsync(replaced, cancellationToken);
        foreach (var (assessment, lines) in pending)
        {
            lines.ForEach(l => l.AssessmentId = assessment.Id);
        }

        await lineWriter.InsertAsync([.. pending.SelectMany(p => p.Lines)], cancellationToken);
        if (created + changed > 0)
        {
            db.Add(new AuditEntry
            {
                TimestampUtc = now,
                UserName = userName,
                EntityType = "LandTaxAssessmentRun",
                EntityKey = string.Create(CultureInfo.InvariantCulture, $"{laoId}:{taxYear}"),
                Action = AuditAction.Added,
                Changes = JsonSerializer.Serialize(new { created, changed, unchanged, newAssessments = added.Count, linesWritten = pending.Sum(p => p.Lines.Count) }),
            });
            await db.SaveChangesAsync(cancellationToken);
        }
        return (created, changed, unchanged, all);
    }

    private static void Fill(Assessment assessment, TaxpayerResult? result, Money tax, string hash, DateTime now, string userName)
    {
        assessment.ParcelCount = result?.ParcelCount ?? 0;
        assessment.BuildingCount = result?.BuildingCount ?? 0;
        assessment.TotalValue = Money.FromBaht(MoneyRounding.ToSatang(result?.TotalValue ?? 0m));
        assessment.Tax = tax;
        assessment.ResultHash = hash;
        assessment.ComputedUtc = now;
        assessment.ComputedBy = userName;
    }

    private static List<AssessmentLine> ToLines(TaxpayerResult result)
    {
        var no = 0;
        return result.Lines.Select(l => new AssessmentLine
        {
            No = ++no,
            Kind = l.Kind,
            Bucket = l.Bucket,
            ParcelId = l.ParcelId,
            Label = l.Label,
            Quantity = l.Quantity,
            UnitPrice = l.UnitPrice is { } price ? Money.FromBaht(MoneyRounding.ToSatang(price)) : null,
            Percent = l.Percent is { } percent ? decimal.Round(percent, 4, MidpointRounding.AwayFromZero) : null,
            Base = Money.FromBaht(MoneyRounding.ToSatang(l.Base)),
            Amount = Money.FromBaht(MoneyRounding.ToSatang(l.Amount)),
        }).ToList();
    }

    private static string LineText(AssessmentLine l) => string.Create(
        CultureInfo.InvariantCulture,
        $"{l.No}|{(int)l.Kind}|{(int)l.Bucket}|{l.ParcelId}|{l.Label}|{l.Quantity}|{l.UnitPrice?.Satang}|{l.Percent}|{l.Base.Satang}|{l.Amount.Satang}");

    private static string Hash(IEnumerable<string> parts)
    {
        var text = string.Join('\n', parts);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }

    /// <summary>The LAO's parcels as calculator input, loaded with four set-based queries.</summary>
    private async Task<(List<ParcelInput> Parcels, int PricedLater)> LoadParcelsAsync(int laoId, int taxYear, CancellationToken cancellationToken)
    {
        var parcels = await db.Set<Parcel>().AsNoTracking().Where(p => p.LaoId == laoId)
            .Select(p => new { p.Id, p.OwnerTaxpayerId, p.DeedType, p.DeedNumber, p.PricePerSquareWah, p.PriceEffectiveYear })
            .OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var uses = (await (from u in db.Set<ParcelUse>().AsNoTracking()
                           join p in db.Set<Parcel>() on u.ParcelId equals p.Id
                           where p.LaoId == laoId
                           select u).ToListAsync(cancellationToken))
            .ToLookup(u => u.ParcelId);
        var buildings = (await (from b in db.Set<Building>().AsNoTracking()
                                join p in db.Set<Parcel>() on b.ParcelId equals p.Id
                                where p.LaoId == laoId
                                select b).ToListAsync(cancellationToken))
            .ToLookup(b => b.ParcelId);
        var buildingUses = (await (from u in db.Set<BuildingUse>().AsNoTracking()
                                   join b in db.Set<Building>() on u.BuildingId equals b.Id
                                   join p in db.Set<Parcel>() on b.ParcelId equals p.Id
                                   where p.LaoId == laoId
                                   select u).ToListAsync(cancellationToken))
            .ToLookup(u => u.BuildingId);

        var inputs = parcels.Select(p => new ParcelInput(
            p.Id,
            p.OwnerTaxpayerId,
            ParcelLabel(p.DeedType, p.DeedNumber),
            p.PricePerSquareWah.Baht,
            uses[p.Id].OrderBy(u => u.Id).Select(u => new UsePartInput(u.Kind, u.AreaSquareWah, u.VacantSinceYear, u.IndividualFarmer)).ToList(),
            buildings[p.Id].OrderBy(b => b.Id).Select(b => new BuildingInput(
                b.Id, b.OwnerTaxpayerId, b.BuildingTypeCode, b.YearBuilt, $"{ParcelLabel(p.DeedType, p.DeedNumber)} / {b.BuildingTypeCode}#{b.Id}",
                buildingUses[b.Id].OrderBy(u => u.Id).Select(u => new UsePartInput(u.Kind, u.FloorAreaSquareMetres, u.VacantSinceYear, u.IndividualFarmer)).ToList()))
                .ToList()))
            .ToList();
        return (inputs, parcels.Count(p => p.PriceEffectiveYear > taxYear));
    }

    /// <summary>Short deed label as printed on the notice: the official abbreviation and the number.</summary>
    public static string ParcelLabel(DeedType type, string number) => type switch
    {
        DeedType.Chanote => "โฉนด " + number,
        DeedType.NorSor3Kor => "น.ส.3ก " + number,
        DeedType.NorSor3 => "น.ส.3 " + number,
        DeedType.SorPorKor => "ส.ป.ก. " + number,
        _ => number,
    };

    /// <summary>Maps a taxpayer to the record it was merged into (following the chain), so merged duplicates are not billed.</summary>
    private async Task<Func<int, int>> OwnerResolverAsync(int laoId, CancellationToken cancellationToken)
    {
        var merged = await db.Set<Taxpayer>().AsNoTracking().Where(t => t.LaoId == laoId && t.MergedIntoId != null)
            .Select(t => new { t.Id, Into = t.MergedIntoId!.Value }).ToDictionaryAsync(t => t.Id, t => t.Into, cancellationToken);
        return id =>
        {
            for (var hops = 0; hops < 20 && merged.TryGetValue(id, out var into); hops++)
            {
                id = into;
            }

            return id;
        };
    }

    /// <summary>Instalments already requested follow a changed bill amount; below the minimum they are removed.</summary>
    private async Task ResplitInstalmentsAsync(int laoId, int taxYear, LandTaxCalendar calendar, CancellationToken cancellationToken)
    {
        var withInstalments = await db.Set<Bill>()
            .Where(b => b.LaoId == laoId && b.Kind == RevenueKind.LandAndBuildingTax && b.TaxYear == taxYear && b.Instalments.Any())
            .Include(b => b.Instalments).ToListAsync(cancellationToken);
        foreach (var bill in withInstalments)
        {
            if (Money.Sum(bill.Instalments.Select(i => i.Amount)) == bill.Amount || bill.PaidPrincipal.Satang != 0)
            {
                continue;
            }

            db.RemoveRange(bill.Instalments);
            if (bill.Amount >= calendar.InstalmentMinimum)
            {
                foreach (var instalment in LandTaxInstalments.Split(bill.Id, bill.Amount, taxYear, calendar))
                {
                    db.Add(instalment);
                }
            }
        }
    }
}
