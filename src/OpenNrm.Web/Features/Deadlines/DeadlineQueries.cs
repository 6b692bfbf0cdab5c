using Microsoft.EntityFrameworkCore;
using NodaTime;
using OpenNrm.Domain.Residence;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Deadlines;

public enum ProcedureListScope
{
    /// <summary>The procedures the caller follows as caseworker.</summary>
    Mine,

    /// <summary>Every procedure the caller's organisation works on.</summary>
    Team,
}

public sealed record ProcedureDeadlineRow(Guid ProcedureId, Guid CaseId, string CaseReference, ProcedureStage Stage, DeadlineKind? NextDeadline, DateOnly? NextDeadlineOn,
    int? DaysLeft, bool Mine);

public sealed record CalendarEntry(DateOnly Date, Guid ProcedureId, string CaseReference, DeadlineKind Kind, string Basis);

/// <summary>
/// Lists over procedures ordered by what is due first. They read the summary kept on each procedure, so a list of
/// thousands is one indexed query; the calendar evaluates only procedures whose next deadline falls before its end.
/// </summary>
public sealed class DeadlineQueries(AppDbContext db, CurrentUser me, TimeProvider clock)
{
    public const int MaxRows = 500;
    public const int MaxCalendarDays = 92;

    public async Task<IReadOnlyList<ProcedureDeadlineRow>> ProceduresAsync(ProcedureListScope scope, CancellationToken ct)
    {
        var today = LegalCalendar.Today(clock);
        var user = me.UserId;
        var rows = await InScope().Where(p => p.IsPending && (scope == ProcedureListScope.Team || p.CaseworkerId == user))
            // Procedures without a dated deadline come last; among equals the oldest first.
            .OrderBy(p => p.NextDeadlineOn == null).ThenBy(p => p.NextDeadlineOn).ThenBy(p => p.OpenedOn)
            .Take(MaxRows)
            .Join(db.Cases, p => p.CaseId, c => c.Id, (p, c) => new { p.Id, p.CaseId, c.Reference, p.Stage, p.NextDeadlineKind, p.NextDeadlineOn, p.CaseworkerId })
            .ToListAsync(ct);
        return rows.Select(r => new ProcedureDeadlineRow(r.Id, r.CaseId, r.Reference, r.Stage, r.NextDeadlineKind, r.NextDeadlineOn?.ToDateOnly(),
            r.NextDeadlineOn is { } d ? Period.Between(today, d, PeriodUnits.Days).Days : null, r.CaseworkerId == user)).ToList();
    }

    /// <summary>Every dated deadline between two days (inclusive) of the procedures the caller's organisation works on.</summary>
    public async Task<IReadOnlyList<CalendarEntry>> CalendarAsync(LocalDate from, LocalDate to, CancellationToken ct)
    {
        var today = LegalCalendar.Today(clock);
        var candidates = await InScope().AsNoTracking().Include(p => p.Events)
            .Where(p => p.IsPending && p.NextDeadlineOn != null && p.NextDeadlineOn <= to)
            .AsSplitQuery().ToListAsync(ct);
        var references = await ReferencesAsync(candidates.Select(p => p.CaseId).ToList(), ct);
        var asOf = LocalDate.Max(today, from);
        return candidates
            .SelectMany(p => ProcedureEvaluator.Evaluate(p.History(), asOf).Deadlines
                .Where(d => d.DueOn is { } due && due >= from && due <= to)
                .Select(d => new CalendarEntry(d.DueOn!.Value.ToDateOnly(), p.Id, references.GetValueOrDefault(p.CaseId, string.Empty), d.Kind, d.Basis.Citation)))
            .OrderBy(e => e.Date).ThenBy(e => e.CaseReference)
            .ToList();
    }

    private IQueryable<Residence.ResidenceProcedure> InScope()
    {
        var organisation = me.OrganisationId ?? Guid.Empty;
        return db.Procedures.Where(p => db.Cases.Any(c => c.Id == p.CaseId && c.Involvements.Any(i => i.OrganisationId == organisation)));
    }

    private Task<Dictionary<Guid, string>> ReferencesAsync(List<Guid> caseIds, CancellationToken ct) =>
        db.Cases.Where(c => caseIds.Contains(c.Id)).Select(c => new { c.Id, c.Reference }).ToDictionaryAsync(c => c.Id, c => c.Reference, ct);
}
