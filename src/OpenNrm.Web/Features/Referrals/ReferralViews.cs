using Microsoft.EntityFrameworkCore;
using NodaTime;
using OpenNrm.Domain.Referral;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Referrals;

public enum ReferralBox
{
    /// <summary>Referrals addressed to the caller's centre or minors' structure.</summary>
    Incoming,

    /// <summary>Referrals the caller's organisation sent.</summary>
    Sent,
}

public sealed record ReferralView(Guid Id, Guid SignalId, Guid CaseId, string CaseReference, Guid CentreId, SpecialisedCentre Centre, MinorsStructure? MinorsStructure,
    SpecialisedCentre Recommended, string? OverrideReason, ReferralStatus Status, DateTimeOffset SentAt, DateTimeOffset AcknowledgementDeadline,
    AcknowledgementStatus Acknowledgement, int OverdueMinutes, EscalationTarget Escalation, DateTimeOffset? AcknowledgedAt, DateTimeOffset? IntakeScheduledFor,
    IntakeOutcome? IntakeOutcome, string? CancellationReason);

/// <summary>Referrals as their two sides see them, with the acknowledgement clock read now. No names: file references only.</summary>
public sealed class ReferralViews(AppDbContext db, CurrentUser me, TimeProvider clock, ReferralOptions options)
{
    public const int MaxRows = 200;

    public async Task<IReadOnlyList<ReferralView>> ListAsync(ReferralBox box, CancellationToken ct)
    {
        var organisation = me.OrganisationId ?? Guid.Empty;
        var query = box == ReferralBox.Incoming
            ? db.Referrals.Where(r => r.CentreId == organisation || r.MinorsStructureId == organisation)
            : db.Referrals.Where(r => r.SentByOrganisation == organisation);
        // Waiting referrals first (oldest first: they are the most urgent), then the rest, newest first.
        var open = await query.AsNoTracking().Where(r => r.Status == ReferralStatus.Sent).OrderBy(r => r.SentAt).Take(MaxRows).ToListAsync(ct);
        var rest = await query.AsNoTracking().Where(r => r.Status != ReferralStatus.Sent).OrderByDescending(r => r.SentAt).Take(MaxRows).ToListAsync(ct);
        var all = open.Concat(rest).ToList();
        var references = await ReferencesAsync(all.Select(r => r.CaseId).ToList(), ct);
        return all.Select(r => View(r, references.GetValueOrDefault(r.CaseId, string.Empty))).ToList();
    }

    public async Task<IReadOnlyList<ReferralView>> ForSignalAsync(Guid signalId, CancellationToken ct)
    {
        var rows = await db.Referrals.AsNoTracking().Where(r => r.SignalId == signalId && r.SentByOrganisation == me.OrganisationId).ToListAsync(ct);
        var references = await ReferencesAsync(rows.Select(r => r.CaseId).ToList(), ct);
        return rows.Select(r => View(r, references.GetValueOrDefault(r.CaseId, string.Empty))).ToList();
    }

    public async Task<ReferralView> ViewAsync(Referral r, CancellationToken ct) =>
        View(r, (await ReferencesAsync([r.CaseId], ct)).GetValueOrDefault(r.CaseId, string.Empty));

    private ReferralView View(Referral r, string reference)
    {
        var escalation = AcknowledgementClock.As(r.State(), Instant.FromDateTimeOffset(clock.GetUtcNow()), options.AcknowledgementWindow);
        return new(r.Id, r.SignalId, r.CaseId, reference, r.CentreId, r.Centre, r.MinorsStructure, r.Recommended, r.OverrideReason, r.Status, r.SentAt,
            escalation.Deadline.ToDateTimeOffset(), escalation.Status, (int)escalation.Overdue.TotalMinutes, escalation.Escalation, r.AcknowledgedAt,
            r.IntakeScheduledFor, r.IntakeOutcome, r.CancellationReason);
    }

    private Task<Dictionary<Guid, string>> ReferencesAsync(List<Guid> caseIds, CancellationToken ct) =>
        db.Cases.Where(c => caseIds.Contains(c.Id)).Select(c => new { c.Id, c.Reference }).ToDictionaryAsync(c => c.Id, c => c.Reference, ct);
}
