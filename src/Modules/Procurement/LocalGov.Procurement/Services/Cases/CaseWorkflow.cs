using System.Globalization;
using LocalGov.Budgeting.Contracts;
using LocalGov.Data;
using LocalGov.Procurement.Contracts;
using LocalGov.Procurement.Domain;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LocalGov.Procurement.Services.Cases;

/// <summary>
/// A procurement case from requisition to award: Requisitioned (budget reserved in the same transaction) → Approved
/// (by the executive, once reference price, method and committees are set) → Announced (public from then) → Awarded
/// (the reservation follows the award amount), or Cancelled (the reservation given back). Every change runs in ONE
/// transaction of its own and checks the concurrency stamp the user saw. The caller checks policy and LAO scope.
/// </summary>
internal sealed class CaseWorkflow(
    LocalGovDbContext db,
    IBudgetControl control,
    IBudgetLineDirectory lines,
    ProcurementRules rules,
    TimeProvider clock)
{
    public async Task<CaseResult> CreateAsync(int laoId, RequisitionInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var (errors, line) = await CheckRequisitionAsync(laoId, input, cancellationToken);
        if (errors.Count > 0)
        {
            return Refuse(errors);
        }

        var total = CaseTotals.Total(input.Items.Select(i => (i.Quantity, i.UnitPrice)));
        var caseNo = await NextCaseNoAsync(laoId, line!.FiscalYear, cancellationToken);
        var @case = new ProcurementCase
        {
            LaoId = laoId,
            FiscalYear = line.FiscalYear,
            CaseNo = caseNo,
            Title = "",
            Justification = "",
            RequestedBy = actor,
            CreatedUtc = Now,
            UpdatedUtc = Now,
        };
        ApplyRequisition(@case, input);
        @case.RequisitionAmount = total;
        @case.Reserved = total;
        @case.Events.Add(Event(CaseStage.Requisition, input.RequestedOn, caseNo, actor, null));
        db.Set<ProcurementCase>().Add(@case);
        var reserved = await control.ReserveAsync(Request(@case, total), cancellationToken);
        if (!reserved.Succeeded)
        {
            return await RollBackAsync(tx, [ControlError(reserved, total)], cancellationToken);
        }

        return await CommitAsync(tx, @case, cancellationToken);
    }

    /// <summary>Edits the requisition while Requisitioned; the reservation follows the new total (more reserved or the difference given back).</summary>
    public async Task<CaseResult> UpdateRequisitionAsync(int id, Guid stamp, RequisitionInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var @case = await LoadAsync(id, stamp, cancellationToken);
        if (@case is null || @case.Status != ProcurementCaseStatus.Requisitioned)
        {
            return Refuse([StatusError(@case)]);
        }

        var (errors, _) = await CheckRequisitionAsync(@case.LaoId, input, cancellationToken);
        if (input.BudgetLineId != @case.BudgetLineId)
        {
            errors.Add(new CaseError("BudgetLineId", "Case.Error.LineFixed"));
        }

        if (errors.Count > 0)
        {
            return Refuse(errors);
        }

        var total = CaseTotals.Total(input.Items.Select(i => (i.Quantity, i.UnitPrice)));
        var difference = total - @case.Reserved;
        if (difference != Money.Zero)
        {
            var result = difference > Money.Zero
                ? await control.ReserveAsync(Request(@case, difference), cancellationToken)
                : await control.ReleaseAsync(Request(@case, -difference), cancellationToken);
            if (!result.Succeeded)
            {
                return await RollBackAsync(tx, [ControlError(result, difference)], cancellationToken);
            }
        }

        ApplyRequisition(@case, input);
        @case.RequisitionAmount = total;
        @case.Reserved = total;
        @case.UpdatedUtc = Now;
        @case.Events.Add(Event(CaseStage.Requisition, input.RequestedOn, @case.CaseNo, actor, "edited"));
        return await CommitAsync(tx, @case, cancellationToken);
    }

    /// <summary>Reference price, method and committees while Requisitioned (each may be set in several passes).</summary>
    public async Task<CaseResult> PrepareAsync(int id, Guid stamp, PreparationInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var @case = await LoadAsync(id, stamp, cancellationToken);
        if (@case is null || @case.Status != ProcurementCaseStatus.Requisitioned)
        {
            return Refuse([StatusError(@case)]);
        }

        var errors = new List<CaseError>();
        if (input.ReferencePrice is { } price && price <= Money.Zero)
        {
            errors.Add(new CaseError("ReferencePrice", "Case.Error.AmountPositive"));
        }

        if (input.ReferencePrice is not null && string.IsNullOrWhiteSpace(input.ReferencePriceBasis))
        {
            errors.Add(new CaseError("ReferencePriceBasis", "Case.Error.BasisRequired"));
        }

        if (input.ReferencePrice is not null && input.ReferencePriceOn is null)
        {
            errors.Add(new CaseError("ReferencePriceOn", "Case.Error.DateRequired"));
        }

        var on = input.ReferencePriceOn ?? @case.RequestedOn;
        var value = input.ReferencePrice ?? @case.RequisitionAmount;
        if (input.Method is { } method)
        {
            errors.AddRange(await CheckMethodAsync(value, @case.InCatalogue, on, method, input.MethodReason, cancellationToken));
        }

        errors.AddRange(await CheckCommitteesAsync(input.Members, value, on, requireAll: false, cancellationToken));
        if (errors.Count > 0)
        {
            return Refuse(errors);
        }

        var priceChanged = input.ReferencePrice != @case.ReferencePrice || input.ReferencePriceOn != @case.ReferencePriceOn;
        @case.ReferencePrice = input.ReferencePrice;
        @case.ReferencePriceBasis = Clean(input.ReferencePriceBasis);
        @case.ReferencePriceOn = input.ReferencePriceOn;
        @case.Method = input.Method;
        @case.MethodReason = Clean(input.MethodReason);
        db.Set<CommitteeMember>().RemoveRange(@case.CommitteeMembers);
        @case.CommitteeMembers.Clear();
        var order = 0;
        foreach (var m in input.Members)
        {
            @case.CommitteeMembers.Add(new CommitteeMember { Committee = m.Committee, Name = m.Name.Trim(), Position = Clean(m.Position), Role = m.Role, SortOrder = ++order });
        }

        @case.UpdatedUtc = Now;
        if (priceChanged && @case.ReferencePrice is { } rp)
        {
            @case.Events.Add(Event(CaseStage.ReferencePrice, on, null, actor, BahtFormat.Format(rp)));
        }

        if (input.Members.Count > 0)
        {
            @case.Events.Add(Event(CaseStage.Committees, on, null, actor, null));
        }

        return await CommitAsync(tx, @case, cancellationToken);
    }

    /// <summary>The executive approves the requisition report, only when it is complete.</summary>
    public async Task<CaseResult> ApproveAsync(int id, Guid stamp, DateOnly approvedOn, string actor, CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var @case = await LoadAsync(id, stamp, cancellationToken);
        if (@case is null || @case.Status != ProcurementCaseStatus.Requisitioned)
        {
            return Refuse([StatusError(@case)]);
        }

        var errors = await CompletenessAsync(@case, cancellationToken);
        if (approvedOn < @case.RequestedOn)
        {
            errors.Add(new CaseError("", "Case.Error.BeforeRequisition"));
        }

        if (errors.Count > 0)
        {
            return Refuse(errors);
        }

        @case.Status = ProcurementCaseStatus.Approved;
        @case.ApprovedBy = actor;
        @case.ApprovedOn = approvedOn;
        @case.UpdatedUtc = Now;
        @case.Events.Add(Event(CaseStage.Approval, approvedOn, null, actor, null));
        return await CommitAsync(tx, @case, cancellationToken);
    }

    /// <summary>What the requisition report still lacks before approval (empty when complete).</summary>
    public async Task<List<CaseError>> CompletenessAsync(ProcurementCase @case, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var errors = new List<CaseError>();
        if (@case.ReferencePrice is null)
        {
            errors.Add(new CaseError("ReferencePrice", "Case.Error.ReferencePriceMissing"));
        }

        var on = @case.ReferencePriceOn ?? @case.RequestedOn;
        var value = @case.ReferencePrice ?? @case.RequisitionAmount;
        if (@case.Method is not { } method)
        {
            errors.Add(new CaseError("Method", "Case.Error.MethodMissing"));
        }
        else
        {
            errors.AddRange(await CheckMethodAsync(value, @case.InCatalogue, on, method, @case.MethodReason, cancellationToken));
        }

        var members = @case.CommitteeMembers.Select(m => new MemberInput(m.Committee, m.Name, m.Position, m.Role)).ToList();
        errors.AddRange(await CheckCommitteesAsync(members, value, on, requireAll: true, cancellationToken));
        return errors;
    }

    public async Task<CaseResult> AnnounceAsync(int id, Guid stamp, AnnouncementInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var @case = await LoadAsync(id, stamp, cancellationToken);
        if (@case is null || @case.Status != ProcurementCaseStatus.Approved)
        {
            return Refuse([StatusError(@case)]);
        }

        var errors = new List<CaseError>();
        if (string.IsNullOrWhiteSpace(input.AnnouncementNo))
        {
            errors.Add(new CaseError("AnnouncementNo", "Case.Error.Required"));
        }

        if (@case.ApprovedOn is { } approved && input.AnnouncedOn < approved)
        {
            errors.Add(new CaseError("AnnouncedOn", "Case.Error.BeforeApproval"));
        }

        if (input.BidsCloseOn < input.AnnouncedOn)
        {
            errors.Add(new CaseError("BidsCloseOn", "Case.Error.CloseBeforeAnnounce"));
        }

        if (errors.Count > 0)
        {
            return Refuse(errors);
        }

        @case.AnnouncementNo = input.AnnouncementNo.Trim();
        @case.AnnouncedOn = input.AnnouncedOn;
        @case.BidsCloseOn = input.BidsCloseOn;
        @case.PublishedOn = input.AnnouncedOn;
        @case.Status = ProcurementCaseStatus.Announced;
        @case.UpdatedUtc = Now;
        @case.Events.Add(Event(CaseStage.Announcement, input.AnnouncedOn, @case.AnnouncementNo, actor, null));
        return await CommitAsync(tx, @case, cancellationToken);
    }

    public async Task<CaseResult> AddBidAsync(int id, Guid stamp, BidInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var @case = await LoadAsync(id, stamp, cancellationToken);
        if (@case is null || @case.Status != ProcurementCaseStatus.Announced)
        {
            return Refuse([StatusError(@case)]);
        }

        var errors = new List<CaseError>();
        if (input.Price <= Money.Zero)
        {
            errors.Add(new CaseError("Price", "Case.Error.AmountPositive"));
        }

        if (@case.AnnouncedOn is { } announced && input.SubmittedOn < announced)
        {
            errors.Add(new CaseError("SubmittedOn", "Case.Error.BidBeforeAnnouncement"));
        }

        errors.AddRange(await CheckVendorAsync(@case.LaoId, input.VendorId, input.SubmittedOn, "VendorId", cancellationToken));
        if (@case.Bids.Any(b => b.VendorId == input.VendorId))
        {
            errors.Add(new CaseError("VendorId", "Case.Error.DuplicateBid"));
        }

        if (errors.Count > 0)
        {
            return Refuse(errors);
        }

        @case.Bids.Add(new Bid { VendorId = input.VendorId, SubmittedOn = input.SubmittedOn, Price = input.Price, Note = Clean(input.Note) });
        @case.UpdatedUtc = Now;
        @case.Events.Add(Event(CaseStage.Bids, input.SubmittedOn, null, actor, BahtFormat.Format(input.Price)));
        return await CommitAsync(tx, @case, cancellationToken);
    }

    public async Task<CaseResult> RemoveBidAsync(int id, Guid stamp, int bidId, CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var @case = await LoadAsync(id, stamp, cancellationToken);
        if (@case is null || @case.Status != ProcurementCaseStatus.Announced)
        {
            return Refuse([StatusError(@case)]);
        }

        var bid = @case.Bids.FirstOrDefault(b => b.Id == bidId);
        if (bid is null)
        {
            return Refuse([new CaseError("", "Case.Error.BidNotFound")]);
        }

        db.Set<Bid>().Remove(bid);
        @case.UpdatedUtc = Now;
        return await CommitAsync(tx, @case, cancellationToken);
    }

    /// <summary>Records the evaluation committee's findings: responsive or not, and the rank of each bid.</summary>
    public async Task<CaseResult> EvaluateAsync(int id, Guid stamp, IReadOnlyList<EvaluationInput> input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var @case = await LoadAsync(id, stamp, cancellationToken);
        if (@case is null || @case.Status != ProcurementCaseStatus.Announced)
        {
            return Refuse([StatusError(@case)]);
        }

        var errors = new List<CaseError>();
        foreach (var e in input)
        {
            var bid = @case.Bids.FirstOrDefault(b => b.Id == e.BidId);
            if (bid is null)
            {
                errors.Add(new CaseError("", "Case.Error.BidNotFound"));
                continue;
            }

            if (e.Rank is < 1 or > 1000)
            {
                errors.Add(new CaseError("", "Case.Error.Rank"));
                continue;
            }

            bid.IsResponsive = e.IsResponsive;
            bid.Rank = e.IsResponsive == true ? e.Rank : null;
        }

        if (errors.Count > 0)
        {
            return Refuse(errors);
        }

        @case.UpdatedUtc = Now;
        return await CommitAsync(tx, @case, cancellationToken);
    }

    /// <summary>
    /// Awards the case to a responsive bid: the award amount is the bid's price; above the reference price it needs a
    /// reason; the reservation follows the award (the difference released, or the extra reserved) in the same transaction.
    /// </summary>
    public async Task<CaseResult> AwardAsync(int id, Guid stamp, AwardInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var @case = await LoadAsync(id, stamp, cancellationToken);
        if (@case is null || @case.Status != ProcurementCaseStatus.Announced)
        {
            return Refuse([StatusError(@case)]);
        }

        var bid = @case.Bids.FirstOrDefault(b => b.Id == input.BidId);
        if (bid is null)
        {
            return Refuse([new CaseError("BidId", "Case.Error.BidNotFound")]);
        }

        var errors = new List<CaseError>();
        if (bid.IsResponsive != true)
        {
            errors.Add(new CaseError("BidId", "Case.Error.BidNotResponsive"));
        }

        if (input.AwardedOn < bid.SubmittedOn || (@case.AnnouncedOn is { } announced && input.AwardedOn < announced))
        {
            errors.Add(new CaseError("AwardedOn", "Case.Error.AwardBeforeBid"));
        }

        errors.AddRange(await CheckVendorAsync(@case.LaoId, bid.VendorId, input.AwardedOn, "BidId", cancellationToken));
        if (@case.ReferencePrice is { } reference && bid.Price > reference && string.IsNullOrWhiteSpace(input.Reason))
        {
            errors.Add(new CaseError("Reason", "Case.Error.AwardAboveReference", BahtFormat.Format(bid.Price), BahtFormat.Format(reference)));
        }

        if (errors.Count > 0)
        {
            return Refuse(errors);
        }

        var difference = bid.Price - @case.Reserved;
        if (difference != Money.Zero)
        {
            var result = difference > Money.Zero
                ? await control.ReserveAsync(Request(@case, difference), cancellationToken)
                : await control.ReleaseAsync(Request(@case, -difference), cancellationToken);
            if (!result.Succeeded)
            {
                return await RollBackAsync(tx, [ControlError(result, difference, "BidId")], cancellationToken);
            }
        }

        @case.Reserved = bid.Price;
        @case.AwardAmount = bid.Price;
        @case.AwardedVendorId = bid.VendorId;
        @case.AwardedOn = input.AwardedOn;
        @case.AwardReason = Clean(input.Reason);
        @case.Status = ProcurementCaseStatus.Awarded;
        @case.UpdatedUtc = Now;
        @case.Events.Add(Event(CaseStage.Award, input.AwardedOn, null, actor, @case.AwardReason));
        return await CommitAsync(tx, @case, cancellationToken);
    }

    /// <summary>Cancels a case before its contract: everything still reserved goes back to the budget line.</summary>
    public async Task<CaseResult> CancelAsync(int id, Guid stamp, string? reason, DateOnly cancelledOn, string actor, CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var @case = await LoadAsync(id, stamp, cancellationToken);
        if (@case is null || !CanCancel(@case.Status))
        {
            return Refuse([StatusError(@case)]);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Refuse([new CaseError("Reason", "Case.Error.ReasonRequired")]);
        }

        if (@case.Reserved > Money.Zero)
        {
            var released = await control.ReleaseAsync(Request(@case, @case.Reserved), cancellationToken);
            if (!released.Succeeded)
            {
                return await RollBackAsync(tx, [ControlError(released, @case.Reserved)], cancellationToken);
            }
        }

        @case.Reserved = Money.Zero;
        @case.Status = ProcurementCaseStatus.Cancelled;
        @case.CancelledOn = cancelledOn;
        @case.CancelReason = reason.Trim();
        @case.UpdatedUtc = Now;
        @case.Events.Add(Event(CaseStage.Cancellation, cancelledOn, null, actor, @case.CancelReason));
        return await CommitAsync(tx, @case, cancellationToken);
    }

    public static bool CanCancel(ProcurementCaseStatus status) =>
        status is ProcurementCaseStatus.Requisitioned or ProcurementCaseStatus.Approved or ProcurementCaseStatus.Announced or ProcurementCaseStatus.Awarded;

    /// <summary>The methods allowed for the value on the date, for the form's select.</summary>
    public Task<IReadOnlyList<AllowedMethod>> AllowedAsync(Money value, bool inCatalogue, DateOnly on, CancellationToken cancellationToken) =>
        rules.AllowedMethodsAsync(value, inCatalogue, on, cancellationToken);

    private async Task<List<CaseError>> CheckMethodAsync(Money value, bool inCatalogue, DateOnly on, ProcurementMethod method, string? reason, CancellationToken cancellationToken)
    {
        var allowed = await rules.AllowedMethodsAsync(value, inCatalogue, on, cancellationToken);
        var rule = allowed.FirstOrDefault(a => a.Method == method);
        if (rule is null)
        {
            return [new CaseError("Method", "Case.Error.MethodNotAllowed", method, BahtFormat.Format(value))];
        }

        return rule.RequiresReason && string.IsNullOrWhiteSpace(reason) ? [new CaseError("MethodReason", "Case.Error.MethodReasonRequired", method)] : [];
    }

    private async Task<List<CaseError>> CheckCommitteesAsync(IReadOnlyList<MemberInput> members, Money value, DateOnly on, bool requireAll, CancellationToken cancellationToken)
    {
        var errors = new List<CaseError>();
        foreach (var kind in Enum.GetValues<CommitteeKind>())
        {
            var list = members.Where(m => m.Committee == kind).ToList();
            if (list.Any(m => string.IsNullOrWhiteSpace(m.Name) || m.Name.Trim().Length > 200 || (m.Position?.Length ?? 0) > 200))
            {
                errors.Add(new CaseError($"Committee.{kind}", "Case.Error.MemberName"));
            }

            if (list.Count == 0)
            {
                continue;
            }

            if (kind == CommitteeKind.Inspection)
            {
                var limit = await rules.LimitAsync(LimitKind.InspectionCommitteeAbove, on, cancellationToken);
                if (limit is { } l && value > l && list.Count < 3)
                {
                    errors.Add(new CaseError($"Committee.{kind}", "Case.Error.InspectionThree", BahtFormat.Format(l)));
                    continue;
                }

                if (list.Count == 1)
                {
                    continue;
                }
            }

            if (!list.Any(m => m.Role == CommitteeRole.Chair))
            {
                errors.Add(new CaseError($"Committee.{kind}", "Case.Error.ChairRequired"));
            }
        }

        if (requireAll)
        {
            if (!members.Any(m => m.Committee is CommitteeKind.Tor or CommitteeKind.ReferencePrice))
            {
                errors.Add(new CaseError("Committee.Tor", "Case.Error.TorCommitteeMissing"));
            }

            if (!members.Any(m => m.Committee == CommitteeKind.Inspection))
            {
                errors.Add(new CaseError("Committee.Inspection", "Case.Error.InspectionMissing"));
            }
        }

        return errors;
    }

    private async Task<List<CaseError>> CheckVendorAsync(int laoId, int vendorId, DateOnly on, string field, CancellationToken cancellationToken)
    {
        var vendor = await db.Set<Vendor>().AsNoTracking().Include(v => v.Blacklistings)
            .FirstOrDefaultAsync(v => v.Id == vendorId && v.LaoId == laoId, cancellationToken);
        if (vendor is null)
        {
            return [new CaseError(field, "Case.Error.UnknownVendor")];
        }

        var listing = vendor.Blacklistings.FirstOrDefault(b => b.Covers(on));
        return listing is null ? [] : [new CaseError(field, "Case.Error.VendorBlacklisted", vendor.Name, listing.Reason)];
    }

    private async Task<(List<CaseError> Errors, BudgetLineInfo? Line)> CheckRequisitionAsync(int laoId, RequisitionInput input, CancellationToken cancellationToken)
    {
        var errors = new List<CaseError>();
        var line = await lines.FindLineAsync(input.BudgetLineId, cancellationToken);
        if (line is null || line.LaoId != laoId || !line.IsInForce)
        {
            errors.Add(new CaseError("BudgetLineId", "Case.Error.LineNotInForce"));
            line = null;
        }
        else if (!new FiscalYear(line.FiscalYear).Contains(input.RequestedOn))
        {
            errors.Add(new CaseError("RequestedOn", "Case.Error.DateOutsideYear", line.FiscalYear));
        }

        if (input.PlanItemId is { } planItemId)
        {
            var year = line?.FiscalYear;
            var ok = await db.Set<ProcurementPlanItem>().AsNoTracking()
                .Where(i => i.Id == planItemId)
                .Join(db.Set<ProcurementPlan>(), i => i.PlanId, p => p.Id, (i, p) => p)
                .AnyAsync(p => p.LaoId == laoId && p.FiscalYear == year, cancellationToken);
            if (!ok)
            {
                errors.Add(new CaseError("PlanItemId", "Case.Error.PlanItem"));
            }
        }

        if (input.Items.Count == 0)
        {
            errors.Add(new CaseError("Items", "Case.Error.NoItems"));
        }

        if (errors.Count == 0 && CaseTotals.Total(input.Items.Select(i => (i.Quantity, i.UnitPrice))) <= Money.Zero)
        {
            errors.Add(new CaseError("Items", "Case.Error.NoItems"));
        }

        return (errors, line);
    }

    /// <summary>Copies the form onto the case; existing item rows are reused by position (line numbers stay unique), extra rows removed.</summary>
    private void ApplyRequisition(ProcurementCase @case, RequisitionInput input)
    {
        @case.Title = input.Title.Trim();
        @case.Category = input.Category;
        @case.Justification = input.Justification.Trim();
        @case.PlanItemId = input.PlanItemId;
        @case.BudgetLineId = input.BudgetLineId;
        @case.InCatalogue = input.InCatalogue;
        @case.RequestedOn = input.RequestedOn;
        var existing = @case.Items.OrderBy(i => i.LineNo).ToList();
        for (var n = 0; n < input.Items.Count; n++)
        {
            var item = input.Items[n];
            var row = n < existing.Count ? existing[n] : new CaseItem { Description = "", Unit = "" };
            row.LineNo = n + 1;
            row.Description = item.Description.Trim();
            row.Quantity = item.Quantity;
            row.Unit = item.Unit.Trim();
            row.UnitPrice = item.UnitPrice;
            row.Total = CaseTotals.ItemTotal(item.Quantity, item.UnitPrice);
            row.IsDurable = item.IsDurable;
            row.UsefulLifeYears = item.IsDurable ? item.UsefulLifeYears : null;
            row.AssetCategory = item.IsDurable ? Clean(item.AssetCategory) : null;
            if (n >= existing.Count)
            {
                @case.Items.Add(row);
            }
        }

        foreach (var surplus in existing.Skip(input.Items.Count))
        {
            @case.Items.Remove(surplus);
            db.Set<CaseItem>().Remove(surplus);
        }
    }

    /// <summary>PR{year}-{0001}: the next number of the LAO's year, inside the case's transaction (no gaps).</summary>
    private async Task<string> NextCaseNoAsync(int laoId, int fiscalYear, CancellationToken cancellationToken)
    {
        var prefix = $"PR{fiscalYear.ToString(CultureInfo.InvariantCulture)}-";
        var existing = await db.Set<ProcurementCase>().AsNoTracking()
            .Where(c => c.LaoId == laoId && c.FiscalYear == fiscalYear && c.CaseNo.StartsWith(prefix))
            .Select(c => c.CaseNo).ToListAsync(cancellationToken);
        var max = existing.Select(n => int.TryParse(n.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0).DefaultIfEmpty(0).Max();
        return prefix + (max + 1).ToString("0000", CultureInfo.InvariantCulture);
    }

    private async Task<ProcurementCase?> LoadAsync(int id, Guid stamp, CancellationToken cancellationToken)
    {
        var @case = await db.Set<ProcurementCase>()
            .Include(c => c.Items).Include(c => c.CommitteeMembers).Include(c => c.Bids)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (@case is not null)
        {
            // Optimistic concurrency: the case must still be the one the user saw.
            db.Entry(@case).Property(c => c.ConcurrencyStamp).OriginalValue = stamp;
            @case.ConcurrencyStamp = Guid.NewGuid();
        }

        return @case;
    }

    private static BudgetControlRequest Request(ProcurementCase @case, Money amount) =>
        new(@case.LaoId, @case.BudgetLineId, amount, ProcurementModule.SourceModule, @case.CaseNo);

    private static CaseError ControlError(BudgetControlResult result, Money amount, string field = "BudgetLineId") => result.Error switch
    {
        BudgetControlError.InsufficientBalance => new CaseError(field, "Case.Error.InsufficientBalance",
            BahtFormat.Format(amount), BahtFormat.Format(result.Balance?.Available ?? Money.Zero)),
        BudgetControlError.NothingToRelease => new CaseError("", "Case.Error.NothingToRelease"),
        BudgetControlError.BudgetNotInForce or BudgetControlError.LineNotFound or BudgetControlError.NotInScope =>
            new CaseError("BudgetLineId", "Case.Error.LineNotInForce"),
        _ => new CaseError("Items", "Case.Error.AmountPositive"),
    };

    private static CaseError StatusError(ProcurementCase? @case) =>
        @case is null ? new CaseError("", "Case.Error.NotFound") : new CaseError("", "Case.Error.WrongStatus", @case.Status);

    private CaseEvent Event(CaseStage stage, DateOnly on, string? documentNo, string actor, string? note) =>
        new() { Stage = stage, OccurredOn = on, DocumentNo = documentNo, UserName = actor, RecordedUtc = Now, Note = note };

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<CaseResult> CommitAsync(IDbContextTransaction tx, ProcurementCase @case, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await RollBackAsync(tx, [new CaseError("", "Case.Error.Conflict")], cancellationToken);
        }
        catch (DbUpdateException)
        {
            return await RollBackAsync(tx, [new CaseError("", "Case.Error.Conflict")], cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
        return new CaseResult(@case, []);
    }

    /// <summary>Nothing half-written: the transaction goes, and so do the changes the context was tracking.</summary>
    private async Task<CaseResult> RollBackAsync(IDbContextTransaction tx, IEnumerable<CaseError> errors, CancellationToken cancellationToken)
    {
        var list = errors.ToList();
        await tx.RollbackAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return CaseResult.Fail(list);
    }

    private CaseResult Refuse(IEnumerable<CaseError> errors)
    {
        var list = errors.ToList();
        db.ChangeTracker.Clear();
        return CaseResult.Fail(list);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
