using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using OpenNrm.Domain.Assistance;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Assistance;

/// <summary>
/// Referrals to a municipality's PCSW for subsistence and the PCSW's decisions, under <see cref="SubsistenceRules"/>.
/// A referral bumps the support case's version, so two referrals saved at once cannot both pass "one pending at a time".
/// </summary>
public sealed class SubsistenceService(AppDbContext db, CurrentUser me, SupportAccess access, SupportCommandGate gate, SupportServiceViews views,
    AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
{
    public async Task<SupportResult<SubsistenceReferralView>> ReferAsync(Guid id, SubsistenceReferralInput input, CancellationToken ct)
    {
        var v = new Validation(localizer)
            .RequireText(input.Pcsw, "pcsw", SupportServiceLimits.Pcsw)
            .Require(input.ReferredOn is not null, "referredOn", "This field is required.")
            .Require(input.ReferredOn is null || LocalDate.FromDateOnly(input.ReferredOn.Value) <= LegalCalendar.Today(clock), "referredOn",
                "A date in the future cannot be recorded as having happened.");
        if (!v.IsValid)
        {
            return SupportResults.Invalid<SubsistenceReferralView>(v);
        }

        var (support, failure) = await gate.OpenCaseAsync<SubsistenceReferralView>(id, ct);
        if (support is null)
        {
            return failure!;
        }

        var existing = await db.Set<SubsistenceReferralRecord>().AsNoTracking().Where(r => r.SupportCaseId == support.Id).ToListAsync(ct);
        var referred = SubsistenceRules.Refer(existing.Select(r => r.ToDomain()), input.Pcsw!, LocalDate.FromDateOnly(input.ReferredOn!.Value));
        if (!referred.IsAccepted)
        {
            return SupportResults.Refused<SubsistenceReferralView>(referred.Refusal);
        }

        var record = new SubsistenceReferralRecord(Guid.CreateVersion7(), support.Id, referred.Value, me.UserId!.Value, clock.GetUtcNow());
        db.Set<SubsistenceReferralRecord>().Add(record);
        support.BumpVersion();
        audit.Record(AuditEventType.SupportSubsistenceReferred, "SupportCase", support.Id.ToString(), details: $"referral {record.Id}");
        return await gate.SaveAsync(() => SupportServiceViews.Subsistence(record), ct);
    }

    public async Task<SupportResult<SubsistenceReferralView>> DecideAsync(Guid id, Guid referralId, SubsistenceDecisionInput input, CancellationToken ct)
    {
        var v = new Validation(localizer)
            .Require(input.Outcome is SubsistenceStatus.Granted or SubsistenceStatus.Refused, "outcome", "Choose granted or refused.")
            .Require(input.On is not null, "on", "This field is required.")
            .Require(input.On is null || LocalDate.FromDateOnly(input.On.Value) <= LegalCalendar.Today(clock), "on",
                "A date in the future cannot be recorded as having happened.")
            .Require((input.Reason?.Length ?? 0) <= SupportServiceLimits.RefusalReason, "reason", "This field is limited to {0} characters.",
                SupportServiceLimits.RefusalReason);
        if (!v.IsValid)
        {
            return SupportResults.Invalid<SubsistenceReferralView>(v);
        }

        var (support, failure) = await gate.OpenCaseAsync<SubsistenceReferralView>(id, ct);
        if (support is null)
        {
            return failure!;
        }

        var record = await db.Set<SubsistenceReferralRecord>().FirstOrDefaultAsync(r => r.Id == referralId && r.SupportCaseId == support.Id, ct);
        if (record is null)
        {
            return SupportResults.NotFound<SubsistenceReferralView>();
        }

        var decided = SubsistenceRules.Decide(record.ToDomain(), input.Outcome!.Value, LocalDate.FromDateOnly(input.On!.Value), input.Reason);
        if (!decided.IsAccepted)
        {
            return SupportResults.Refused<SubsistenceReferralView>(decided.Refusal);
        }

        record.Keep(decided.Value, clock.GetUtcNow());
        audit.Record(AuditEventType.SupportSubsistenceDecided, "SupportCase", support.Id.ToString(), details: $"referral {record.Id} {record.Status}");
        return await gate.SaveAsync(() => SupportServiceViews.Subsistence(record), ct);
    }

    /// <summary>The referrals of a support case by date; null outside the caller's need-to-know. Audited with the purpose.</summary>
    public async Task<IReadOnlyList<SubsistenceReferralView>?> ListAsync(Guid id, string? purpose, CancellationToken ct)
    {
        var support = await access.FindAsync(id, ct, tracked: false);
        if (support is null)
        {
            return null;
        }

        var list = await views.SubsistenceAsync(support.Id, ct);
        audit.Record(AuditEventType.SupportServicesViewed, "SupportCase", support.Id.ToString(), purpose: AuditLog.Purpose(purpose),
            details: $"subsistence referrals: {list.Count}");
        await db.SaveChangesAsync(ct);
        return list;
    }
}
