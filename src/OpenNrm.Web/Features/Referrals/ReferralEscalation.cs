using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NodaTime;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Referral;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Notices;

namespace OpenNrm.Web.Features.Referrals;

/// <summary>
/// Finds referrals whose acknowledgement is overdue and tells the people who can act: the centre's coordinators
/// and the officer who referred; then, past twice the window, the coordinators of every centre, so that a person
/// met at night is not lost because one centre's phone went unanswered. Each step happens once per referral.
/// </summary>
public sealed class ReferralEscalation(AppDbContext db, TimeProvider clock, ReferralOptions options, ILogger<ReferralEscalation> logger)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var instant = Instant.FromDateTimeOffset(now);
        var oldestDue = now - options.AcknowledgementWindow.ToTimeSpan();
        var waiting = await db.Referrals.Where(r => r.Status == ReferralStatus.Sent && r.EscalatedToAllAt == null && r.SentAt < oldestDue)
            .OrderBy(r => r.SentAt).Take(500).ToListAsync(ct);
        var raised = 0;
        foreach (var referral in waiting)
        {
            var state = AcknowledgementClock.As(referral.State(), instant, options.AcknowledgementWindow);
            if (state.Status != AcknowledgementStatus.Overdue)
            {
                continue;
            }

            var reference = await db.Cases.Where(c => c.Id == referral.CaseId).Select(c => c.Reference).FirstAsync(ct);
            if (referral.EscalatedAt is null)
            {
                raised += await NotifyCoordinatorsAsync(referral, referral.CentreId, NoticeKind.ReferralOverdue, reference, now, ct);
                db.Notices.Add(new Notice(Guid.CreateVersion7(), referral.SentByOrganisation, referral.SentBy, NoticeKind.ReferralOverdue, "Referral", referral.Id,
                    reference, null, null, 0, "Overdue:referrer", now));
                raised++;
                referral.Escalated(now);
            }

            if (state.IsSecondLevel)
            {
                foreach (var centre in CentreDirectory.AllCentreIds.Where(c => c != referral.CentreId))
                {
                    raised += await NotifyCoordinatorsAsync(referral, centre, NoticeKind.ReferralEscalated, reference, now, ct);
                }

                referral.EscalatedToAll(now);
            }

            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Acknowledged meanwhile, or another server escalated first: the next pass reads the new state.
                db.ChangeTracker.Clear();
            }
        }

        if (raised > 0)
        {
            logger.LogInformation("Referral escalation: {Raised} notices raised", raised);
        }

        return raised;
    }

    /// <summary>One notice per coordinator; the whole organisation when it has none.</summary>
    private async Task<int> NotifyCoordinatorsAsync(Referral referral, Guid organisation, NoticeKind kind, string reference, DateTimeOffset now, CancellationToken ct)
    {
        var role = nameof(Role.CentreCoordinator);
        var coordinators = await db.Users.Where(u => u.OrganisationId == organisation && !u.IsDisabled)
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)))
            .Select(u => (Guid?)u.Id).ToListAsync(ct);
        if (coordinators.Count == 0)
        {
            coordinators.Add(null);
        }

        foreach (var user in coordinators)
        {
            db.Notices.Add(new Notice(Guid.CreateVersion7(), organisation, user, kind, "Referral", referral.Id, reference, null, null, 0,
                $"{kind}:{organisation}:{user}", now));
        }

        return coordinators.Count;
    }
}
