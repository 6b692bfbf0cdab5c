using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Detection;
using OpenNrm.Domain.Referral;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Detection;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Home;

/// <summary>
/// Counts that tell each role what waits for it: the officer's open and overdue duties, the centre's unacknowledged
/// referrals and near deadlines, and the signals the prosecutor's office, the THB unit or the Guardianship Service
/// were given. Counts only: the lists behind them are one click away and audited where they show files.
/// </summary>
public sealed record Dashboard(int? MySignals, int? MyOpenDuties, int? MyOverdueDuties, int? OrganisationOverdueDuties, int? ReferralsWaiting,
    int? ReferralsOverdue, int? DeadlinesWithin14Days, int? SignalsReceived30Days, int? MinorsReceived30Days)
{
    public static async Task<Dashboard> ForAsync(AppDbContext db, CurrentUser me, TimeProvider clock, Referrals.ReferralOptions referrals, CancellationToken ct)
    {
        var organisation = me.OrganisationId ?? Guid.Empty;
        var user = me.UserId ?? Guid.Empty;
        var now = clock.GetUtcNow();
        var overdueBefore = now - SignalQueries.OverdueAfter;
        int? mySignals = null, myOpen = null, myOverdue = null, teamOverdue = null, waiting = null, late = null, soon = null, received = null, minors = null;
        if (me.Can(Permission.SignalsRecord))
        {
            var mine = db.Signals.Where(s => s.OfficerId == user);
            mySignals = await mine.CountAsync(ct);
            myOpen = await mine.SelectMany(s => s.Persons).SelectMany(p => p.Duties).CountAsync(d => d.DoneAt == null, ct);
            myOverdue = await mine.Where(s => s.DetectedAt < overdueBefore).SelectMany(s => s.Persons).SelectMany(p => p.Duties).CountAsync(d => d.DoneAt == null, ct);
            teamOverdue = await db.Signals.Where(s => s.DetectingOrganisationId == organisation && s.DetectedAt < overdueBefore)
                .SelectMany(s => s.Persons).SelectMany(p => p.Duties).CountAsync(d => d.DoneAt == null, ct);
        }

        if (me.Can(Permission.ReferralsHandle))
        {
            var sent = await db.Referrals.Where(r => (r.CentreId == organisation || r.MinorsStructureId == organisation) && r.Status == ReferralStatus.Sent)
                .Select(r => r.SentAt).ToListAsync(ct);
            waiting = sent.Count;
            late = sent.Count(at => at < now - referrals.AcknowledgementWindow.ToTimeSpan());
        }

        if (me.Can(Permission.ProceduresRead))
        {
            var horizon = LegalCalendar.Today(clock).PlusDays(14);
            soon = await db.Procedures.CountAsync(p => p.IsPending && p.NextDeadlineOn != null && p.NextDeadlineOn <= horizon
                && db.Cases.Any(c => c.Id == p.CaseId && c.Involvements.Any(i => i.OrganisationId == organisation)), ct);
        }

        if (me.Roles.Any(r => r is Role.Prosecutor or Role.ImmigrationThbOfficer or Role.GuardianshipOfficer))
        {
            var since = now.AddDays(-30);
            var given = db.Signals.Where(s => s.DetectedAt >= since && s.DetectingOrganisationId != organisation
                && s.Persons.Any(p => db.Cases.Any(c => c.Id == p.CaseId && c.Involvements.Any(i => i.OrganisationId == organisation))));
            received = await given.CountAsync(ct);
            minors = await given.CountAsync(s => s.Persons.Any(p => p.IsMinor), ct);
        }

        return new(mySignals, myOpen, myOverdue, teamOverdue, waiting, late, soon, received, minors);
    }
}
