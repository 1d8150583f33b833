using LocalGov.Budgeting.Contracts;
using LocalGov.Data;
using LocalGov.Finance.Contracts;
using LocalGov.Finance.Domain;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Identity;
using LocalGov.SharedKernel.Security;
using LocalGov.SharedKernel.Text;
using LocalGov.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Finance.Services;

/// <summary>
/// Payment requests of other modules (Procurement's accepted deliveries) become SUBMITTED vouchers, inside the
/// caller's transaction: a commitment already on the line is disbursed at payment (no new reservation); otherwise
/// the amount is reserved now. Tax is withheld at the income type's rate in force on the voucher's date (the same
/// computation as the voucher form) and a penalty is deducted from what is paid. One voucher per source reference.
/// Nothing is added to the caller's unit of work unless every check has passed.
/// </summary>
internal sealed class PaymentRequests(
    LocalGovDbContext db,
    VoucherNumbers voucherNumbers,
    VoucherWorkflow workflow,
    IBudgetControl control,
    IBudgetLineDirectory lines,
    ICurrentUser user,
    TimeProvider clock) : IPaymentRequests
{
    public async Task<PaymentRequestResult> RequestAsync(PaymentRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Payment requests are made inside the caller's transaction (db.Database.BeginTransactionAsync).");
        }

        if (request.Amount <= Money.Zero)
        {
            return PaymentRequestResult.Fail(PaymentRequestError.InvalidAmount);
        }

        if (request.Penalty < Money.Zero || request.Penalty >= request.Amount)
        {
            return PaymentRequestResult.Fail(PaymentRequestError.InvalidPenalty);
        }

        if (string.IsNullOrWhiteSpace(request.PayeeName) || request.PayeeName.Trim().Length > 300
            || (!string.IsNullOrWhiteSpace(request.PayeeTaxId) && !ThaiTaxId.IsValid(request.PayeeTaxId)))
        {
            return PaymentRequestResult.Fail(PaymentRequestError.InvalidPayee);
        }

        if (string.IsNullOrWhiteSpace(request.SourceModule) || string.IsNullOrWhiteSpace(request.SourceReference))
        {
            throw new ArgumentException("A payment request names its source module and reference.", nameof(request));
        }

        var module = TextLimit.Truncate(request.SourceModule.Trim(), 50);
        var reference = TextLimit.Truncate(request.SourceReference.Trim(), 100);
        if (await db.Set<Voucher>().AnyAsync(v => v.LaoId == request.LaoId && v.SourceModule == module && v.SourceReference == reference, cancellationToken))
        {
            return PaymentRequestResult.Fail(PaymentRequestError.DuplicateRequest);
        }

        var line = await lines.FindLineAsync(request.BudgetLineId, cancellationToken);
        if (line is null)
        {
            return PaymentRequestResult.Fail(PaymentRequestError.LineNotFound);
        }

        if (line.LaoId != request.LaoId)
        {
            return PaymentRequestResult.Fail(PaymentRequestError.NotInScope);
        }

        if (!line.IsInForce)
        {
            return PaymentRequestResult.Fail(PaymentRequestError.BudgetNotInForce);
        }

        var today = ThaiDate.Today(clock);
        var year = new FiscalYear(line.FiscalYear);
        var requestedOn = today > year.End ? year.End : today < year.Start ? year.Start : today;
        var rate = await workflow.RateOnAsync(request.IncomeTypeCode, requestedOn, cancellationToken);
        if (rate is null)
        {
            return PaymentRequestResult.Fail(PaymentRequestError.UnknownIncomeType);
        }

        var withheld = WithholdingTax.Compute(request.Amount, rate.RateBasisPoints, rate.MinimumPayment);
        if (request.Amount - withheld - request.Penalty <= Money.Zero)
        {
            return PaymentRequestResult.Fail(PaymentRequestError.InvalidPenalty);
        }

        var number = await voucherNumbers.NextFreeAsync(request.LaoId, line.FiscalYear, cancellationToken);
        if (!request.FromCommitment)
        {
            var reserved = await control.ReserveAsync(new BudgetControlRequest(request.LaoId, line.Id, request.Amount, FinanceModule.SourceModule, number), cancellationToken);
            if (!reserved.Succeeded)
            {
                return PaymentRequestResult.Fail(reserved.Error switch
                {
                    BudgetControlError.InsufficientBalance => PaymentRequestError.InsufficientBalance,
                    BudgetControlError.NotInScope => PaymentRequestError.NotInScope,
                    BudgetControlError.LineNotFound => PaymentRequestError.LineNotFound,
                    BudgetControlError.BudgetNotInForce => PaymentRequestError.BudgetNotInForce,
                    _ => PaymentRequestError.InvalidAmount,
                });
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var actor = user.UserName ?? module;
        var voucher = new Voucher
        {
            LaoId = request.LaoId,
            FiscalYear = line.FiscalYear,
            VoucherNo = number,
            RequestedOn = requestedOn,
            PayeeName = request.PayeeName.Trim(),
            PayeeTaxId = ThaiTaxId.TryParse(request.PayeeTaxId, out var taxId) ? taxId : null,
            PayeeKind = taxId.StartsWith('0') ? PayeeKind.Company : PayeeKind.Person,
            Description = TextLimit.Truncate(string.IsNullOrWhiteSpace(request.Description) ? reference : request.Description.Trim(), 500),
            BudgetLineId = line.Id,
            Gross = request.Amount,
            Penalty = request.Penalty,
            FromCommitment = request.FromCommitment,
            HoldsReservation = !request.FromCommitment,
            SourceModule = module,
            SourceReference = reference,
            Status = VoucherStatus.Submitted,
            PreparedBy = actor,
            SubmittedBy = actor,
            CreatedUtc = now,
        };
        VoucherWorkflow.ApplyWithholding(voucher, rate);
        voucher.Events.Add(new VoucherEvent { Status = VoucherStatus.Submitted, UserName = actor, OccurredUtc = now, Note = $"{module}: {reference}" });
        db.Set<Voucher>().Add(voucher);
        await db.SaveChangesAsync(cancellationToken);
        return new PaymentRequestResult(true, PaymentRequestError.None, voucher.Id, voucher.VoucherNo);
    }

    public async Task<PaymentRequestStatus?> FindAsync(int laoId, string sourceModule, string sourceReference, CancellationToken cancellationToken = default)
    {
        var v = await db.Set<Voucher>().AsNoTracking()
            .FirstOrDefaultAsync(v => v.LaoId == laoId && v.SourceModule == sourceModule && v.SourceReference == sourceReference, cancellationToken);
        return v is null ? null : new PaymentRequestStatus(v.Id, v.VoucherNo, v.Status.ToString(), v.PaidOn, v.Gross, v.Withheld, v.Net, v.Penalty);
    }
}
