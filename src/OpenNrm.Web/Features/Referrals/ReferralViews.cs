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
    /// <summary>Waiting referrals shown at most, oldest first; more than this waiting would be an emergency of its own.</summary>
    public const int MaxWaiting = 200;

    /// <summary>
    /// One page of a box. Waiting referrals (the urgent ones) come first, all of them, on the first page; the handled
    /// ones follow newest first, a page at a time, continued from the send time of the last one shown (keyset
    /// paging: each page costs the same however long the history).
    /// </summary>
    public async Task<ReferralPageResult> ListAsync(ReferralBox box, ReferralPage page, CancellationToken ct)
    {
        var sources = Sources(box, me.OrganisationId ?? Guid.Empty);
        var waiting = new List<Referral>();
        if (page.Before is null)
        {
            foreach (var source in sources)
            {
                waiting.AddRange(await source.Where(r => r.Status == ReferralStatus.Sent).OrderBy(r => r.SentAt).Take(MaxWaiting).ToListAsync(ct));
            }
        }

        var handled = new List<Referral>();
        foreach (var source in sources)
        {
            var older = source.Where(r => r.Status != ReferralStatus.Sent);
            if (page.Before is { } before)
            {
                older = older.Where(r => r.SentAt < before);
            }

            handled.AddRange(await older.OrderByDescending(r => r.SentAt).Take(page.Limit + 1).ToListAsync(ct));
        }

        var shown = handled.DistinctBy(r => r.Id).OrderByDescending(r => r.SentAt).ToList();
        DateTimeOffset? next = null;
        if (shown.Count > page.Limit)
        {
            // The cursor is a send time: a page never ends inside a run of equal times, or the next page would skip the rest.
            var last = shown[page.Limit - 1].SentAt;
            var ties = shown.Skip(page.Limit).Where(r => r.SentAt == last).ToList();
            foreach (var source in sources)
            {
                ties.AddRange(await source.Where(r => r.Status != ReferralStatus.Sent && r.SentAt == last).ToListAsync(ct));
            }

            shown = shown.Take(page.Limit).Concat(ties).DistinctBy(r => r.Id).ToList();
            next = last;
        }

        var all = waiting.DistinctBy(r => r.Id).OrderBy(r => r.SentAt).Take(MaxWaiting).Concat(shown).ToList();
        var references = await ReferencesAsync(all.Select(r => r.CaseId).ToList(), ct);
        return new(all.Select(r => View(r, references.GetValueOrDefault(r.CaseId, string.Empty))).ToList(), next);
    }

    /// <summary>
    /// A centre receives referrals as the adult centre or as the minors' structure: one query per column, each able
    /// to walk its own index, instead of an OR that neither index can serve.
    /// </summary>
    private IQueryable<Referral>[] Sources(ReferralBox box, Guid organisation) => box == ReferralBox.Incoming
        ? [db.Referrals.AsNoTracking().Where(r => r.CentreId == organisation), db.Referrals.AsNoTracking().Where(r => r.MinorsStructureId == organisation)]
        : [db.Referrals.AsNoTracking().Where(r => r.SentByOrganisation == organisation)];

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
