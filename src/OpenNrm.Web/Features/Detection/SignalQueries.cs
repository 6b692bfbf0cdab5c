using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Detection;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Cases;

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

/// <summary>Which page of a signal list: signals detected before <see cref="Before"/>, at most <see cref="Limit"/>.</summary>
public sealed record SignalPage(DateTimeOffset? Before, int Limit)
{
    public const int DefaultLimit = 50;

    public const int MaxLimit = 200;

    public static SignalPage First { get; } = new(null, DefaultLimit);
}

/// <summary>The rows of a page, and where the next one starts (null on the last page).</summary>
public sealed record SignalPageResult(IReadOnlyList<SignalRow> Rows, DateTimeOffset? NextBefore);

/// <summary>
/// Lists of signals for the dashboards, without names. A duty is overdue when it is still open a day after the
/// detection: the Circular asks for these steps without delay, and a day is when a supervisor should look.
/// Pages are cut by detection time (keyset paging), so a page costs the same however long the history; the
/// counts are then read for that page's signals only, in two grouped queries, instead of four correlated
/// sub-queries per signal of the whole history.
/// </summary>
public sealed class SignalQueries(AppDbContext db, CurrentUser me, TimeProvider clock)
{
    public static readonly TimeSpan OverdueAfter = TimeSpan.FromDays(1);

    public async Task<SignalPageResult> ListAsync(SignalListScope scope, bool minorsOnly, bool thirdCountryOnly, SignalPage page, CancellationToken ct)
    {
        var signals = Filtered(scope, minorsOnly, thirdCountryOnly);
        var newer = page.Before is { } before ? signals.Where(s => s.DetectedAt < before) : signals;
        var heads = await newer.OrderByDescending(s => s.DetectedAt).Take(page.Limit + 1).Select(s => new Head(s.Id, s.DetectedAt)).ToListAsync(ct);
        DateTimeOffset? next = null;
        if (heads.Count > page.Limit)
        {
            // The cursor is a detection time: a page never ends inside a run of equal times, or the next page would skip the rest.
            var last = heads[page.Limit - 1].DetectedAt;
            var ties = await signals.Where(s => s.DetectedAt == last).Select(s => new Head(s.Id, s.DetectedAt)).ToListAsync(ct);
            heads = heads.Take(page.Limit).Concat(ties).DistinctBy(h => h.Id).ToList();
            next = last;
        }

        return new(await RowsAsync(heads.Select(h => h.Id).ToList(), ct), next);
    }

    private IQueryable<Signal> Filtered(SignalListScope scope, bool minorsOnly, bool thirdCountryOnly)
    {
        var organisation = me.OrganisationId ?? Guid.Empty;
        var user = me.UserId ?? Guid.Empty;
        var persons = db.Set<SignalPerson>();
        var signals = scope switch
        {
            SignalListScope.Mine => db.Signals.Where(s => s.OfficerId == user),
            SignalListScope.Organisation => db.Signals.Where(s => s.DetectingOrganisationId == organisation),
            // Reached from the organisation's involvements (an index on OrganisationId, then signal persons by file),
            // not by testing every signal of the country.
            _ => db.Signals.Where(s => s.DetectingOrganisationId != organisation && persons
                .Where(p => db.Set<CaseInvolvement>().Where(i => i.OrganisationId == organisation).Select(i => i.CaseId).Contains(p.CaseId))
                .Select(p => p.SignalId).Contains(s.Id)),
        };
        if (minorsOnly)
        {
            signals = signals.Where(s => s.Persons.Any(p => p.IsMinor));
        }

        if (thirdCountryOnly)
        {
            signals = signals.Where(s => s.Persons.Any(p => p.Citizenship == CitizenshipGroup.ThirdCountry));
        }

        return signals.AsNoTracking();
    }

    private async Task<IReadOnlyList<SignalRow>> RowsAsync(List<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var overdueBefore = clock.GetUtcNow() - OverdueAfter;
        var signals = await db.Signals.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.DetectedAt, s.Municipality, s.JudicialDistrict, s.Context }).ToListAsync(ct);
        var persons = await db.Set<SignalPerson>().AsNoTracking().Where(p => ids.Contains(p.SignalId)).GroupBy(p => p.SignalId)
            .Select(g => new
            {
                SignalId = g.Key,
                Persons = g.Count(),
                Minors = g.Count(p => p.IsMinor),
                ThirdCountry = g.Count(p => p.Citizenship == CitizenshipGroup.ThirdCountry),
            })
            .ToDictionaryAsync(g => g.SignalId, ct);
        var openDuties = await (from d in db.Set<SignalDuty>().AsNoTracking()
                                join p in db.Set<SignalPerson>() on d.SignalPersonId equals p.Id
                                where d.DoneAt == null && ids.Contains(p.SignalId)
                                group d by p.SignalId into g
                                select new { SignalId = g.Key, Open = g.Count() })
            .ToDictionaryAsync(g => g.SignalId, g => g.Open, ct);
        return signals.OrderByDescending(s => s.DetectedAt).ThenBy(s => s.Id).Select(s =>
        {
            var counts = persons.GetValueOrDefault(s.Id);
            var open = openDuties.GetValueOrDefault(s.Id);
            return new SignalRow(s.Id, s.DetectedAt, s.Municipality, s.JudicialDistrict, s.Context, counts?.Persons ?? 0, counts?.Minors ?? 0,
                counts?.ThirdCountry ?? 0, open, s.DetectedAt < overdueBefore ? open : 0);
        }).ToList();
    }

    private sealed record Head(Guid Id, DateTimeOffset DetectedAt);
}
