using LocalGov.Budgeting.Contracts;
using LocalGov.Data;
using LocalGov.Finance.Contracts;
using LocalGov.Procurement.Contracts;
using LocalGov.Procurement.Domain;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Text;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace LocalGov.Procurement.Services.Contracts;

/// <summary>A rule a change breaks: the form field ("" for the whole form), the message's resource key and its arguments.</summary>
internal sealed record ContractError(string Field, string Key, params object[] Args);

/// <summary>The outcome of a change: the errors (nothing written) or the warnings to show after it was saved.</summary>
internal sealed record ContractResult(IReadOnlyList<ContractError> Errors, IReadOnlyList<ContractError> Warnings)
{
    public bool Succeeded => Errors.Count == 0;

    public static ContractResult Ok(params ContractError[] warnings) => new([], warnings);

    public static ContractResult Fail(params ContractError[] errors) => new(errors, []);

    public static ContractResult Fail(IEnumerable<ContractError> errors) => new([.. errors], []);
}

internal sealed record InstalmentInput(string Description, Money Amount, DateOnly DueOn);

/// <summary>The contract or purchase order as the officer typed it (amounts already parsed).</summary>
internal sealed record ContractInput(
    AgreementKind Kind,
    string ContractNo,
    DateOnly SignedOn,
    DateOnly StartOn,
    Money Amount,
    GuaranteeKind GuaranteeKind,
    Money GuaranteeAmount,
    string? GuaranteeReference,
    int PenaltyBasisPointsPerDay,
    PenaltyBase PenaltyBase,
    Money MinimumPenaltyPerDay,
    IReadOnlyList<InstalmentInput> Instalments);

/// <summary>
/// The contract stage of an awarded case: the contract or purchase order with its delivery schedule, deliveries, and
/// the inspection committee's decision per instalment (acceptance computes the late penalty, hands durable goods to
/// the asset register and sends the payment request to Finance). Every change runs in ONE transaction; the caller
/// checks the policy and that the user may change the case's LAO.
/// </summary>
internal sealed class ContractWorkflow(
    LocalGovDbContext db,
    ProcurementRules rules,
    IBudgetControl control,
    IPaymentRequests payments,
    IServiceProvider services,
    TimeProvider clock)
{
    /// <summary>A penalty rate above this share of the contract value suggests termination (ข้อ 182 ระเบียบกระทรวงการคลังฯ).</summary>
    public const int TerminationWarningPercent = 10;

    public static PenaltyBase DefaultPenaltyBase(ProcurementCategory category) =>
        category == ProcurementCategory.Works ? PenaltyBase.ContractValue : PenaltyBase.UndeliveredValue;

    public static Money DefaultMinimumPerDay(ProcurementCategory category) =>
        category == ProcurementCategory.Works ? Money.FromBaht(100m) : Money.Zero;

    /// <summary>Finance's withholding income type of a case's category.</summary>
    public static string IncomeTypeOf(ProcurementCategory category) => category switch
    {
        ProcurementCategory.Works => "HIRE",
        ProcurementCategory.Services => "SERVICE",
        _ => "GOODS",
    };

    /// <summary>Signs the contract or purchase order of an awarded case; a contract below the award gives the difference back.</summary>
    public async Task<ContractResult> CreateAsync(int caseId, ContractInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var pcase = await db.Set<ProcurementCase>().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (pcase is null)
        {
            return Refuse(new ContractError("", "Contract.Error.CaseNotFound"));
        }

        if (pcase.Status != ProcurementCaseStatus.Awarded || pcase.AwardAmount is not { } award || pcase.AwardedVendorId is not { } vendorId)
        {
            return Refuse(new ContractError("", "Contract.Error.NotAwarded"));
        }

        if (await db.Set<PurchaseContract>().AnyAsync(k => k.CaseId == caseId, cancellationToken))
        {
            return Refuse(new ContractError("", "Contract.Error.AlreadyContracted"));
        }

        var errors = await CheckAsync(pcase, award, input, cancellationToken);
        if (errors.Count > 0)
        {
            return Refuse(errors);
        }

        var difference = award - input.Amount;
        if (difference > Money.Zero)
        {
            var released = await control.ReleaseAsync(new BudgetControlRequest(pcase.LaoId, pcase.BudgetLineId, difference, ProcurementModule.SourceModule, input.ContractNo.Trim()), cancellationToken);
            if (!released.Succeeded)
            {
                return await RollBackAsync(tx, new ContractError("Amount", "Contract.Error.Budget." + released.Error));
            }

            pcase.Reserved = pcase.Reserved > difference ? pcase.Reserved - difference : Money.Zero;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var contract = new PurchaseContract
        {
            CaseId = pcase.Id,
            LaoId = pcase.LaoId,
            Kind = input.Kind,
            ContractNo = input.ContractNo.Trim(),
            VendorId = vendorId,
            SignedOn = input.SignedOn,
            StartOn = input.StartOn,
            Amount = input.Amount,
            DueOn = input.Instalments[^1].DueOn,
            GuaranteeKind = input.GuaranteeKind,
            GuaranteeAmount = input.GuaranteeKind == GuaranteeKind.None ? Money.Zero : input.GuaranteeAmount,
            GuaranteeReference = Clean(input.GuaranteeReference),
            PenaltyBasisPointsPerDay = input.PenaltyBasisPointsPerDay,
            PenaltyBase = input.PenaltyBase,
            MinimumPenaltyPerDay = input.MinimumPenaltyPerDay,
            SignedBy = actor,
            CreatedUtc = now,
        };
        var no = 1;
        foreach (var i in input.Instalments)
        {
            contract.Instalments.Add(new ContractInstalment { No = no++, Description = i.Description.Trim(), Amount = i.Amount, DueOn = i.DueOn });
        }

        db.Set<PurchaseContract>().Add(contract);
        pcase.Status = ProcurementCaseStatus.Contracted;
        pcase.UpdatedUtc = now;
        pcase.ConcurrencyStamp = Guid.NewGuid();
        pcase.Events.Add(Event(CaseStage.Contract, input.SignedOn, contract.ContractNo, actor,
            difference > Money.Zero ? $"{BahtFormat.Format(input.Amount)} (−{BahtFormat.Format(difference)})" : BahtFormat.Format(input.Amount)));
        return await CommitAsync(tx, ContractResult.Ok(), cancellationToken);
    }

    /// <summary>Records the vendor's delivery of an instalment (again, after a rejection).</summary>
    public async Task<ContractResult> DeliverAsync(int instalmentId, DateOnly? deliveredOn, string? note, string actor, CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var (pcase, contract, instalment) = await LoadAsync(instalmentId, cancellationToken);
        if (pcase is null || contract is null || instalment is null)
        {
            return Refuse(new ContractError("", "Contract.Error.InstalmentNotFound"));
        }

        if (pcase.Status != ProcurementCaseStatus.Contracted || instalment.Accepted == true)
        {
            return Refuse(new ContractError("", "Contract.Error.AlreadyAccepted"));
        }

        if (instalment.DeliveredOn is not null && instalment.Accepted is null)
        {
            return Refuse(new ContractError("", "Contract.Error.AwaitingInspection"));
        }

        var errors = new List<ContractError>();
        if (deliveredOn is not { } on)
        {
            errors.Add(new ContractError("DeliveredOn", "Contract.Error.DateRequired"));
        }
        else if (on < contract.SignedOn)
        {
            errors.Add(new ContractError("DeliveredOn", "Contract.Error.DeliveredBeforeSigned", ThaiDate.Format(contract.SignedOn, ThaiDateStyle.Medium)));
        }
        else if (instalment.InspectedOn is { } rejectedOn && on < rejectedOn)
        {
            errors.Add(new ContractError("DeliveredOn", "Contract.Error.DeliveredBeforeRejection", ThaiDate.Format(rejectedOn, ThaiDateStyle.Medium)));
        }

        if (Clean(note) is { Length: > 500 })
        {
            errors.Add(new ContractError("Note", "Contract.Error.TooLong", 500));
        }

        if (errors.Count > 0)
        {
            return Refuse(errors);
        }

        instalment.DeliveredOn = deliveredOn;
        instalment.DeliveryNote = Clean(note);
        instalment.Accepted = null;
        instalment.InspectedOn = null;
        instalment.InspectedBy = null;
        instalment.InspectionNote = null;
        pcase.Events.Add(Event(CaseStage.Delivery, deliveredOn!.Value, $"{contract.ContractNo}/{instalment.No}", actor, Clean(note)));
        pcase.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        return await CommitAsync(tx, ContractResult.Ok(), cancellationToken);
    }

    /// <summary>
    /// The inspection committee's decision on a delivered instalment. Acceptance computes the late penalty, registers
    /// durable goods (last instalment of a goods contract), requests the payment from Finance, lowers the case's
    /// reservation, and completes the case when every instalment is accepted.
    /// </summary>
    public async Task<ContractResult> InspectAsync(int instalmentId, DateOnly? inspectedOn, bool? accepted, string? note, string actor, CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var (pcase, contract, instalment) = await LoadAsync(instalmentId, cancellationToken);
        if (pcase is null || contract is null || instalment is null)
        {
            return Refuse(new ContractError("", "Contract.Error.InstalmentNotFound"));
        }

        if (pcase.Status != ProcurementCaseStatus.Contracted || instalment.Accepted == true)
        {
            return Refuse(new ContractError("", "Contract.Error.AlreadyAccepted"));
        }

        if (instalment.DeliveredOn is not { } deliveredOn || instalment.Accepted == false)
        {
            return Refuse(new ContractError("", "Contract.Error.NotDelivered", instalment.No));
        }

        var errors = new List<ContractError>();
        if (inspectedOn is not { } on)
        {
            errors.Add(new ContractError("InspectedOn", "Contract.Error.DateRequired"));
        }
        else if (on < deliveredOn)
        {
            errors.Add(new ContractError("InspectedOn", "Contract.Error.InspectedBeforeDelivered", ThaiDate.Format(deliveredOn, ThaiDateStyle.Medium)));
        }

        if (accepted is null)
        {
            errors.Add(new ContractError("Accepted", "Contract.Error.DecisionRequired"));
        }

        if (Clean(note) is { Length: > 1000 })
        {
            errors.Add(new ContractError("Note", "Contract.Error.TooLong", 1000));
        }

        var members = pcase.CommitteeMembers.Count(m => m.Committee == CommitteeKind.Inspection);
        var limit = await rules.LimitAsync(LimitKind.InspectionCommitteeAbove, inspectedOn ?? deliveredOn, cancellationToken);
        var required = limit is { } l && contract.Amount > l ? 3 : 1;
        if (members < required)
        {
            errors.Add(new ContractError("", "Contract.Error.Committee", required, members));
        }

        if (errors.Count > 0)
        {
            return Refuse(errors);
        }

        var date = inspectedOn!.Value;
        var document = $"{contract.ContractNo}/{instalment.No}";
        instalment.InspectedOn = date;
        instalment.InspectionNote = Clean(note);
        instalment.InspectedBy = actor;
        pcase.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        pcase.ConcurrencyStamp = Guid.NewGuid();
        if (accepted == false)
        {
            instalment.Accepted = false;
            instalment.LateDays = 0;
            instalment.Penalty = Money.Zero;
            pcase.Events.Add(Event(CaseStage.Inspection, date, document, actor, Join("ไม่รับมอบ (rejected)", Clean(note))));
            return await CommitAsync(tx, ContractResult.Ok(), cancellationToken);
        }

        var penalty = LatePenalty.Compute(instalment.DueOn, deliveredOn, contract.PenaltyBasisPointsPerDay, contract.PenaltyBase, instalment.Amount, contract.Amount, contract.MinimumPenaltyPerDay);
        instalment.Accepted = true;
        instalment.LateDays = penalty.LateDays;
        instalment.Penalty = penalty.Total;
        var allAccepted = contract.Instalments.All(i => i.Accepted == true);
        pcase.Events.Add(Event(CaseStage.Inspection, date, document, actor,
            Join(penalty.LateDays > 0 ? $"{penalty.LateDays} / {BahtFormat.Format(penalty.Total)}" : null, Clean(note))));

        if (allAccepted && pcase.Category == ProcurementCategory.Goods && services.GetService<IAssetIntake>() is { } intake)
        {
            var durable = pcase.Items.Where(i => i.IsDurable).OrderBy(i => i.LineNo).ToList();
            if (durable.Count > 0)
            {
                var codes = await intake.RegisterAsync(new AcceptedGoods(pcase, contract, instalment, durable, date), cancellationToken);
                if (codes.Count > 0)
                {
                    pcase.Events.Add(Event(CaseStage.Asset, date, document, actor, TextLimit.Truncate(string.Join(", ", codes), 1000)));
                }
            }
        }

        var vendor = await db.Set<Vendor>().AsNoTracking().FirstAsync(v => v.Id == contract.VendorId, cancellationToken);
        var requested = await payments.RequestAsync(
            new PaymentRequest(pcase.LaoId, pcase.BudgetLineId, instalment.Amount, vendor.Name, vendor.TaxId, TextLimit.Truncate($"{pcase.Title} งวดที่ {instalment.No} ({document})", 500),
                ProcurementModule.SourceModule, document, FromCommitment: true, Penalty: penalty.Total, IncomeTypeCode: IncomeTypeOf(pcase.Category)),
            cancellationToken);
        if (!requested.Succeeded)
        {
            return await RollBackAsync(tx, new ContractError("", "Contract.Error.Payment." + requested.Error));
        }

        instalment.PaymentVoucherNo = requested.VoucherNumber;
        instalment.PaymentRequestedOn = date;
        pcase.Reserved = pcase.Reserved > instalment.Amount ? pcase.Reserved - instalment.Amount : Money.Zero;
        pcase.Events.Add(Event(CaseStage.PaymentRequest, date, requested.VoucherNumber, actor, BahtFormat.Format(instalment.Amount)));
        if (allAccepted)
        {
            pcase.Status = ProcurementCaseStatus.Completed;
        }

        var warnings = new List<ContractError>();
        var totalPenalty = Money.Sum(contract.Instalments.Select(i => i.Penalty));
        if (totalPenalty.Satang * 100 > contract.Amount.Satang * TerminationWarningPercent)
        {
            warnings.Add(new ContractError("", "Contract.Warning.PenaltyAboveTenPercent", BahtFormat.Format(totalPenalty), TerminationWarningPercent));
        }

        return await CommitAsync(tx, ContractResult.Ok([.. warnings]), cancellationToken);
    }

    private async Task<List<ContractError>> CheckAsync(ProcurementCase pcase, Money award, ContractInput input, CancellationToken cancellationToken)
    {
        var errors = new List<ContractError>();
        var number = Clean(input.ContractNo);
        if (number is null)
        {
            errors.Add(new ContractError("ContractNo", "Contract.Error.NumberRequired"));
        }
        else if (number.Length > 50)
        {
            errors.Add(new ContractError("ContractNo", "Contract.Error.TooLong", 50));
        }
        else if (await db.Set<PurchaseContract>().AnyAsync(k => k.LaoId == pcase.LaoId && k.ContractNo == number, cancellationToken))
        {
            errors.Add(new ContractError("ContractNo", "Contract.Error.DuplicateNo", number));
        }

        if (pcase.AwardedOn is { } awardedOn && input.SignedOn < awardedOn)
        {
            errors.Add(new ContractError("SignedOn", "Contract.Error.SignedBeforeAward", ThaiDate.Format(awardedOn, ThaiDateStyle.Medium)));
        }

        if (input.StartOn < input.SignedOn)
        {
            errors.Add(new ContractError("StartOn", "Contract.Error.StartBeforeSigned"));
        }

        if (input.Amount <= Money.Zero)
        {
            errors.Add(new ContractError("Amount", "Contract.Error.AmountPositive"));
        }
        else if (input.Amount > award)
        {
            errors.Add(new ContractError("Amount", "Contract.Error.AboveAward", BahtFormat.Format(award)));
        }

        if (input.Kind == AgreementKind.PurchaseOrder)
        {
            var limit = await rules.LimitAsync(LimitKind.WrittenContractAbove, input.SignedOn, cancellationToken);
            if (limit is null || input.Amount > limit.Value)
            {
                errors.Add(new ContractError("Kind", "Contract.Error.ContractRequired", BahtFormat.Format(limit ?? Money.Zero)));
            }
        }

        if (input.GuaranteeKind != GuaranteeKind.None && input.GuaranteeAmount <= Money.Zero)
        {
            errors.Add(new ContractError("GuaranteeAmount", "Contract.Error.GuaranteeAmount"));
        }
        else if (input.GuaranteeAmount > input.Amount && input.Amount > Money.Zero)
        {
            errors.Add(new ContractError("GuaranteeAmount", "Contract.Error.GuaranteeAboveAmount"));
        }

        if (Clean(input.GuaranteeReference) is { Length: > 100 })
        {
            errors.Add(new ContractError("GuaranteeReference", "Contract.Error.TooLong", 100));
        }

        if (input.PenaltyBasisPointsPerDay is < 0 or > 10_000)
        {
            errors.Add(new ContractError("PenaltyRate", "Contract.Error.PenaltyRate"));
        }

        if (input.MinimumPenaltyPerDay < Money.Zero)
        {
            errors.Add(new ContractError("MinimumPenaltyPerDay", "Contract.Error.AmountNotNegative"));
        }

        if (input.Instalments.Count == 0)
        {
            errors.Add(new ContractError("Instalments", "Contract.Error.NoInstalments"));
            return errors;
        }

        for (var n = 0; n < input.Instalments.Count; n++)
        {
            var i = input.Instalments[n];
            if (Clean(i.Description) is not { } description || description.Length > 500)
            {
                errors.Add(new ContractError($"Instalments[{n}].Description", "Contract.Error.InstalmentDescription"));
            }

            if (i.Amount <= Money.Zero)
            {
                errors.Add(new ContractError($"Instalments[{n}].Amount", "Contract.Error.AmountPositive"));
            }

            if (i.DueOn < input.StartOn)
            {
                errors.Add(new ContractError($"Instalments[{n}].DueOn", "Contract.Error.DueBeforeStart"));
            }
            else if (n > 0 && i.DueOn < input.Instalments[n - 1].DueOn)
            {
                errors.Add(new ContractError($"Instalments[{n}].DueOn", "Contract.Error.DueOrder"));
            }
        }

        var sum = Money.Sum(input.Instalments.Select(i => i.Amount));
        if (input.Amount > Money.Zero && sum != input.Amount)
        {
            errors.Add(new ContractError("Instalments", "Contract.Error.InstalmentsSum", BahtFormat.Format(sum), BahtFormat.Format(input.Amount), BahtFormat.Format(input.Amount - sum)));
        }

        return errors;
    }

    private async Task<(ProcurementCase? Case, PurchaseContract? Contract, ContractInstalment? Instalment)> LoadAsync(int instalmentId, CancellationToken cancellationToken)
    {
        var contractId = await db.Set<ContractInstalment>().Where(i => i.Id == instalmentId).Select(i => (int?)i.ContractId).FirstOrDefaultAsync(cancellationToken);
        if (contractId is null)
        {
            return (null, null, null);
        }

        var contract = await db.Set<PurchaseContract>().Include(k => k.Instalments).FirstAsync(k => k.Id == contractId, cancellationToken);
        var pcase = await db.Set<ProcurementCase>().Include(c => c.Items).Include(c => c.CommitteeMembers)
            .FirstAsync(c => c.Id == contract.CaseId, cancellationToken);
        return (pcase, contract, contract.Instalments.Single(i => i.Id == instalmentId));
    }

    private CaseEvent Event(CaseStage stage, DateOnly on, string? document, string actor, string? note) => new()
    {
        Stage = stage,
        OccurredOn = on,
        DocumentNo = document is null ? null : TextLimit.Truncate(document, 50),
        UserName = actor,
        RecordedUtc = clock.GetUtcNow().UtcDateTime,
        Note = note is null ? null : TextLimit.Truncate(note, 1000),
    };

    private async Task<ContractResult> CommitAsync(IDbContextTransaction tx, ContractResult result, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return await RollBackAsync(tx, new ContractError("", "Contract.Error.Conflict"));
        }

        await tx.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>Nothing half-written: the transaction goes, and so do the changes the context was tracking.</summary>
    private async Task<ContractResult> RollBackAsync(IDbContextTransaction tx, ContractError error)
    {
        await tx.RollbackAsync(CancellationToken.None);
        db.ChangeTracker.Clear();
        return ContractResult.Fail(error);
    }

    private ContractResult Refuse(params ContractError[] errors) => Refuse((IEnumerable<ContractError>)errors);

    private ContractResult Refuse(IEnumerable<ContractError> errors)
    {
        db.ChangeTracker.Clear();
        return ContractResult.Fail(errors);
    }

    private static string? Join(string? a, string? b) => a is null ? b : b is null ? a : $"{a} · {b}";

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
