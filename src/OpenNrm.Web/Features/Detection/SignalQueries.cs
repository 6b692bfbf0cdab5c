using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Detection;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Detection;

public enum SignalListScope
{
    /// <summary>Signals the caller recorded.</summary>
    Mine,

    /// <summary>Signals the caller's organisation recorded.</summary>
    Organisation,

    /// <summary>Signals about files the caller's organisation was given (prosecutor, Immigration Office, guardianship, centres).</summary>
    Received,
}

public sealed record SignalRow(Guid Id, DateTimeOffset DetectedAt, string Municipality, string? JudicialDistrict, DetectionContext Context, int Persons, int Minors,
    int ThirdCountryNationals, int OpenDuties, int OverdueDuties);

/// <summary>
/// Lists of signals for the dashboards, without names. A duty is overdue when it is still open a day after the
/// detection: the Circular asks for these steps without delay, and a day is when a supervisor should look.
/// </summary>
public sealed class SignalQueries(AppDbContext db, CurrentUser me, TimeProvider clock)
{
    public const int MaxRows = 200;
    public static readonly TimeSpan OverdueAfter = TimeSpan.FromDays(1);

    public async Task<IReadOnlyList<SignalRow>> ListAsync(SignalListScope scope, bool minorsOnly, bool thirdCountryOnly, CancellationToken ct)
    {
        var organisation = me.OrganisationId ?? Guid.Empty;
        var user = me.UserId ?? Guid.Empty;
        var overdueBefore = clock.GetUtcNow() - OverdueAfter;
        var signals = scope switch
        {
            SignalListScope.Mine => db.Signals.Where(s => s.OfficerId == user),
            SignalListScope.Organisation => db.Signals.Where(s => s.DetectingOrganisationId == organisation),
            _ => db.Signals.Where(s => s.DetectingOrganisationId != organisation
                && s.Persons.Any(p => db.Cases.Any(c => c.Id == p.CaseId && c.Involvements.Any(i => i.OrganisationId == organisation)))),
        };
        if (minorsOnly)
        {
            signals = signals.Where(s => s.Persons.Any(p => p.IsMinor));
        }

        if (thirdCountryOnly)
        {
            signals = signals.Where(s => s.Persons.Any(p => p.Citizenship == CitizenshipGroup.ThirdCountry));
        }

        return await signals.OrderByDescending(s => s.DetectedAt).Take(MaxRows)
            .Select(s => new SignalRow(s.Id, s.DetectedAt, s.Municipality, s.JudicialDistrict, s.Context, s.Persons.Count, s.Persons.Count(p => p.IsMinor),
                s.Persons.Count(p => p.Citizenship == CitizenshipGroup.ThirdCountry),
                s.Persons.SelectMany(p => p.Duties).Count(d => d.DoneAt == null),
                s.DetectedAt < overdueBefore ? s.Persons.SelectMany(p => p.Duties).Count(d => d.DoneAt == null) : 0))
            .ToListAsync(ct);
    }
}
