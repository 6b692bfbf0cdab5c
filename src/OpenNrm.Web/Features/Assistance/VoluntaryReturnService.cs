using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using NodaTime.Text;
using OpenNrm.Domain.Assistance;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Assistance;

/// <summary>
/// Voluntary returns: the referral to Fedasil with IOM or Caritas International, the reintegration plan of at most
/// a year, and a withdrawal (<see cref="VoluntaryReturnRules"/>). The return's effect on the residence procedure is
/// recorded in that procedure, by its own rules; nothing here changes it.
/// </summary>
public sealed class VoluntaryReturnService(AppDbContext db, CurrentUser me, SupportAccess access, SupportCommandGate gate, SupportServiceViews views,
    AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
{
    public async Task<SupportResult<VoluntaryReturnView>> ReferAsync(Guid id, VoluntaryReturnInput input, CancellationToken ct)
    {
        var v = new Validation(localizer)
            .Require(input.Partner is { } p && Enum.IsDefined(p), "partner", "This field is required.")
            .Require(input.ReferredOn is not null, "referredOn", "This field is required.")
            .Require(input.ReferredOn is null || LocalDate.FromDateOnly(input.ReferredOn.Value) <= LegalCalendar.Today(clock), "referredOn",
                "A date in the future cannot be recorded as having happened.");
        if (!v.IsValid)
        {
            return SupportResults.Invalid<VoluntaryReturnView>(v);
        }

        var (support, failure) = await gate.OpenCaseAsync<VoluntaryReturnView>(id, ct);
        if (support is null)
        {
            return failure!;
        }

        var existing = await db.Set<VoluntaryReturnRecord>().AsNoTracking().Where(r => r.SupportCaseId == support.Id).ToListAsync(ct);
        var referred = VoluntaryReturnRules.Refer(existing.Select(r => r.ToDomain()), input.Partner!.Value, LocalDate.FromDateOnly(input.ReferredOn!.Value));
        if (!referred.IsAccepted)
        {
            return SupportResults.Refused<VoluntaryReturnView>(referred.Refusal);
        }

        var record = new VoluntaryReturnRecord(Guid.CreateVersion7(), support.Id, referred.Value, me.UserId!.Value, clock.GetUtcNow());
        db.Set<VoluntaryReturnRecord>().Add(record);
        // One return at a time: two referrals saved at once conflict on the case's version instead of both passing.
        support.BumpVersion();
        audit.Record(AuditEventType.SupportVoluntaryReturnReferred, "SupportCase", support.Id.ToString(), details: $"return {record.Id} {record.Partner}");
        return await gate.SaveAsync(() => SupportServiceViews.VoluntaryReturn(record), ct);
    }

    public async Task<SupportResult<VoluntaryReturnView>> PlanAsync(Guid id, Guid returnId, ReintegrationPlanInput input, CancellationToken ct)
    {
        var v = new Validation(localizer)
            .Require(input.ReturnOn is not null, "returnOn", "This field is required.")
            .Require(input.EndsOn is not null, "endsOn", "This field is required.");
        if (!v.IsValid)
        {
            return SupportResults.Invalid<VoluntaryReturnView>(v);
        }

        var (record, failure) = await FindAsync(id, returnId, ct);
        if (record is null)
        {
            return failure!;
        }

        var agreed = VoluntaryReturnRules.AgreePlan(record.ToDomain(), LocalDate.FromDateOnly(input.ReturnOn!.Value), LocalDate.FromDateOnly(input.EndsOn!.Value));
        if (!agreed.IsAccepted)
        {
            return SupportResults.Refused<VoluntaryReturnView>(agreed.Refusal);
        }

        record.Keep(agreed.Value, clock.GetUtcNow());
        audit.Record(AuditEventType.SupportReintegrationPlanned, "SupportCase", record.SupportCaseId.ToString(),
            details: $"return {record.Id} from {LocalDatePattern.Iso.Format(record.ReturnOn!.Value)} to {LocalDatePattern.Iso.Format(record.PlanEndsOn!.Value)}");
        return await gate.SaveAsync(() => SupportServiceViews.VoluntaryReturn(record), ct);
    }

    public async Task<SupportResult<VoluntaryReturnView>> WithdrawAsync(Guid id, Guid returnId, VoluntaryReturnWithdrawalInput input, CancellationToken ct)
    {
        var v = new Validation(localizer)
            .Require(input.On is not null, "on", "This field is required.")
            .Require(input.On is null || LocalDate.FromDateOnly(input.On.Value) <= LegalCalendar.Today(clock), "on",
                "A date in the future cannot be recorded as having happened.");
        if (!v.IsValid)
        {
            return SupportResults.Invalid<VoluntaryReturnView>(v);
        }

        var (record, failure) = await FindAsync(id, returnId, ct);
        if (record is null)
        {
            return failure!;
        }

        var withdrawn = VoluntaryReturnRules.Withdraw(record.ToDomain(), LocalDate.FromDateOnly(input.On!.Value));
        if (!withdrawn.IsAccepted)
        {
            return SupportResults.Refused<VoluntaryReturnView>(withdrawn.Refusal);
        }

        record.Keep(withdrawn.Value, clock.GetUtcNow());
        audit.Record(AuditEventType.SupportVoluntaryReturnWithdrawn, "SupportCase", record.SupportCaseId.ToString(), details: $"return {record.Id}");
        return await gate.SaveAsync(() => SupportServiceViews.VoluntaryReturn(record), ct);
    }

    /// <summary>The returns of a support case, with the residence procedure to record the exit in; null outside the caller's need-to-know.</summary>
    public async Task<VoluntaryReturnsView?> ListAsync(Guid id, string? purpose, CancellationToken ct)
    {
        var support = await access.FindAsync(id, ct, tracked: false);
        if (support is null)
        {
            return null;
        }

        var view = await views.VoluntaryReturnsAsync(support, ct);
        audit.Record(AuditEventType.SupportServicesViewed, "SupportCase", support.Id.ToString(), purpose: AuditLog.Purpose(purpose),
            details: $"voluntary returns: {view.Returns.Count}");
        await db.SaveChangesAsync(ct);
        return view;
    }

    private async Task<(VoluntaryReturnRecord? Record, SupportResult<VoluntaryReturnView>? Failure)> FindAsync(Guid id, Guid returnId, CancellationToken ct)
    {
        var (support, failure) = await gate.OpenCaseAsync<VoluntaryReturnView>(id, ct);
        if (support is null)
        {
            return (null, failure);
        }

        var record = await db.Set<VoluntaryReturnRecord>().FirstOrDefaultAsync(r => r.Id == returnId && r.SupportCaseId == support.Id, ct);
        return record is null ? (null, SupportResults.NotFound<VoluntaryReturnView>()) : (record, null);
    }
}
