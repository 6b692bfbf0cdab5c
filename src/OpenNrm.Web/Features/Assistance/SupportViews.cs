using Microsoft.EntityFrameworkCore;
using NodaTime;
using OpenNrm.Domain.Assistance;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Residence;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Assistance;

public sealed record SupportCaseSummary(Guid Id, Guid CaseId, string CaseReference, SupportCaseStatus Status, DateOnly OpenedOn, DateOnly? ClosedOn,
    ClosureReason? ClosureReason, int OverdueReviews, bool LegalAidAlert);

public sealed record LinkedSupportView(Guid Id, string CentreName, DateOnly OpenedOn, DateOnly? ClosedOn);

public sealed record SupportPeriodView(SupportPeriodStatus Status, DateOnly ThreeYearsOn, DateOnly FiveYearsOn, bool NeedsCoordinatorReview, string Explanation,
    string Basis);

public sealed record PlanActionView(Guid Id, AssistanceType Type, string Provider, DateOnly Start, DateOnly? End, PlanActionStatus Status,
    IReadOnlyList<PlanActionStatus> NextStatuses, string Basis, int Version);

public sealed record GoalView(Guid Id, GoalArea Area, string Description, DateOnly SetOn, DateOnly? LastReviewedOn, DateOnly? ClosedOn,
    GoalReviewDecision? Outcome, DateOnly? NextReviewOn, int Version);

public sealed record OverdueReviewView(Guid GoalId, GoalArea Area, DateOnly DueOn, int DaysOverdue);

public sealed record ConsentView(Guid Id, ConsentPurpose Purpose, int ConsentVersion, DateTimeOffset GivenAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt,
    bool CoversHealthData);

/// <summary>Whether, now, the victim's consent covers a disclosure for the purpose.</summary>
public sealed record ConsentStateView(ConsentPurpose Purpose, bool Allowed, AssistanceRefusalCode? Refusal, string? Explanation, string Basis);

public sealed record StayView(Guid Id, Guid ShelterId, string ShelterName, DateOnly Start, DateOnly? End, bool ResidentIsMinor);

public sealed record LegalAidView(DateOnly? LawyerAppointedOn, DateOnly? ComplaintOn, LegalAidAlertStatus? Status, DateOnly? Deadline, int DaysLate,
    bool RaisesAlert, string? Explanation, string Basis);

/// <summary>A support case as its centre sees it. No name: the file's reference only; the name is on the file's own page.</summary>
public sealed record SupportCaseView(Guid Id, Guid CaseId, string CaseReference, Guid CentreId, string CentreName, SupportCaseStatus Status, DateOnly OpenedOn,
    DateOnly? ClosedOn, ClosureReason? ClosureReason, string? ClosureExplanation, LinkedSupportView? Previous, LinkedSupportView? Next,
    SupportPeriodView Period, IReadOnlyList<PlanActionView> Actions, IReadOnlyList<GoalView> Goals, IReadOnlyList<OverdueReviewView> OverdueReviews,
    IReadOnlyList<ConsentView> Consents, IReadOnlyList<ConsentStateView> ConsentStates, IReadOnlyList<StayView> Stays, LegalAidView LegalAid,
    DateOnly? LawyerAppointedOn, int Version);

/// <summary>
/// Builds what a centre sees of its support cases, with the domain's reading of dates done today: overdue goal
/// reviews, the lawyer alert, the support's length, and whether each consent is in force.
/// </summary>
public sealed class SupportViews(AppDbContext db, SupportAccess access, AssistanceOptions options, TimeProvider clock)
{
    public async Task<IReadOnlyList<SupportCaseSummary>> ListAsync(bool includeClosed, CancellationToken ct)
    {
        var query = access.Visible(tracked: false);
        if (!includeClosed)
        {
            query = query.Where(s => s.Status == SupportCaseStatus.Active);
        }

        // Open cases first, oldest first: the longest supports are the ones a coordinator looks at again.
        var rows = await query.OrderBy(s => s.ClosedOn != null).ThenBy(s => s.OpenedOn).ThenBy(s => s.Id).Take(SupportLimits.MaxRows).ToListAsync(ct);
        var ids = rows.Select(s => s.Id).ToList();
        var caseIds = rows.Select(s => s.CaseId).Distinct().ToList();
        var references = await ReferencesAsync(caseIds, ct);
        var goals = (await db.SupportGoals.AsNoTracking().Where(g => ids.Contains(g.SupportCaseId) && g.ClosedOn == null).ToListAsync(ct))
            .ToLookup(g => g.SupportCaseId);
        var complaints = await ComplaintsAsync(caseIds, ct);
        var today = LegalCalendar.Today(clock);
        return rows.Select(s => new SupportCaseSummary(s.Id, s.CaseId, references.GetValueOrDefault(s.CaseId, string.Empty), s.Status, s.OpenedOn.ToDateOnly(),
            s.ClosedOn?.ToDateOnly(), s.ClosureReason,
            s.IsOpen ? GoalReviews.Overdue([.. goals[s.Id].Select(g => g.ToDomain())], options.GoalReviews, today).Count : 0,
            s.IsOpen && LegalAid(s, complaints.GetValueOrDefault(s.CaseId), today).RaisesAlert)).ToList();
    }

    public async Task<SupportCaseView> ViewAsync(SupportCase s, CancellationToken ct)
    {
        var today = LegalCalendar.Today(clock);
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var linked = new[] { s.PreviousId, s.NextId }.OfType<Guid>().ToList();
        var links = await db.SupportCases.AsNoTracking().Where(x => linked.Contains(x.Id)).ToListAsync(ct);
        var centres = links.Select(l => l.CentreId).Append(s.CentreId).Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => centres.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var reference = (await ReferencesAsync([s.CaseId], ct)).GetValueOrDefault(s.CaseId, string.Empty);

        var actions = await db.SupportPlanActions.AsNoTracking().Where(a => a.SupportCaseId == s.Id)
            .OrderBy(a => a.Start).ThenBy(a => a.Id).Take(SupportLimits.MaxRows).ToListAsync(ct);
        var goals = await db.SupportGoals.AsNoTracking().Where(g => g.SupportCaseId == s.Id)
            .OrderBy(g => g.SetOn).ThenBy(g => g.Id).Take(SupportLimits.MaxRows).ToListAsync(ct);
        var consents = await db.SupportConsents.AsNoTracking().Where(c => c.SupportCaseId == s.Id)
            .OrderBy(c => c.Purpose).ThenBy(c => c.ConsentVersion).ToListAsync(ct);
        var stays = await db.ShelterStays.AsNoTracking().Where(x => x.SupportCaseId == s.Id).OrderBy(x => x.Start).ToListAsync(ct);
        var shelterIds = stays.Select(x => x.ShelterId).Distinct().ToList();
        var shelters = await db.Shelters.AsNoTracking().Where(x => shelterIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        var complaint = (await ComplaintsAsync([s.CaseId], ct)).GetValueOrDefault(s.CaseId);

        var domainGoals = goals.Select(g => (Record: g, Domain: g.ToDomain())).ToList();
        var overdue = s.IsOpen
            ? GoalReviews.Overdue([.. domainGoals.Select(g => g.Domain)], options.GoalReviews, today)
                .Select(o => (Overdue: o, Record: domainGoals.First(g => ReferenceEquals(g.Domain, o.Goal)).Record))
                .Select(x => new OverdueReviewView(x.Record.Id, x.Record.Area, x.Overdue.DueOn.ToDateOnly(), x.Overdue.DaysOverdue)).ToList()
            : [];
        var records = consents.Select(c => c.ToDomain()).ToList();
        var period = SupportPeriod.Assess(s.OpenedOn, s.Closure, today);

        return new SupportCaseView(s.Id, s.CaseId, reference, s.CentreId, names.GetValueOrDefault(s.CentreId, string.Empty), s.Status, s.OpenedOn.ToDateOnly(),
            s.ClosedOn?.ToDateOnly(), s.ClosureReason, s.ClosureExplanation,
            Link(links.FirstOrDefault(l => l.Id == s.PreviousId), names), Link(links.FirstOrDefault(l => l.Id == s.NextId), names),
            new SupportPeriodView(period.Status, period.ThreeYearsOn.ToDateOnly(), period.FiveYearsOn.ToDateOnly(), period.NeedsCoordinatorReview,
                period.Explanation, period.Basis.Citation),
            actions.Select(ActionView).ToList(),
            goals.Select(g => new GoalView(g.Id, g.Area, g.Description, g.SetOn.ToDateOnly(), g.LastReviewedOn?.ToDateOnly(), g.ClosedOn?.ToDateOnly(), g.Outcome,
                g.IsClosed ? null : GoalReviews.NextReview(g.ToDomain(), options.GoalReviews).ToDateOnly(), g.Version)).ToList(),
            overdue,
            consents.Select(c => new ConsentView(c.Id, c.Purpose, c.ConsentVersion, c.GivenAt, c.ExpiresAt, c.RevokedAt, c.CoversHealthData)).ToList(),
            Enum.GetValues<ConsentPurpose>().Select(p => ConsentState(p, ConsentRules.Allows(records, p, now))).ToList(),
            stays.Select(x => new StayView(x.Id, x.ShelterId, shelters.GetValueOrDefault(x.ShelterId, string.Empty), x.Start.ToDateOnly(), x.End?.ToDateOnly(),
                x.ResidentIsMinor)).ToList(),
            LegalAidView(s, complaint, today),
            s.LawyerAppointedOn?.ToDateOnly(),
            s.Version);
    }

    private static ConsentStateView ConsentState(ConsentPurpose purpose, ConsentDecision decision) =>
        new(purpose, decision.IsAllowed, decision.Refusal?.Code, decision.Refusal?.Explanation, decision.Basis.Citation);

    public static PlanActionView ActionView(PlanActionRecord a) =>
        new(a.Id, a.Type, a.Provider, a.Start.ToDateOnly(), a.End?.ToDateOnly(), a.Status,
            Enum.GetValues<PlanActionStatus>().Where(to => PlanActionRules.IsAllowed(a.Status, to)).ToList(),
            AssistanceCatalogue.Of(a.Type).Basis.Citation, a.Version);

    private LegalAidView LegalAidView(SupportCase s, LocalDate? complaint, LocalDate today)
    {
        if (complaint is null)
        {
            return new LegalAidView(s.LawyerAppointedOn?.ToDateOnly(), null, null, null, 0, false, null, AssistanceArticles.LawyerAppointment.Citation);
        }

        var state = LegalAid(s, complaint, today);
        return new LegalAidView(s.LawyerAppointedOn?.ToDateOnly(), complaint.Value.ToDateOnly(), state.Status, state.Deadline.ToDateOnly(), state.DaysLate,
            state.RaisesAlert, state.Explanation, state.Basis.Citation);
    }

    /// <summary>The alert runs from the complaint recorded in the file's residence procedure; none without a complaint.</summary>
    private LegalAidAlertState LegalAid(SupportCase s, LocalDate? complaint, LocalDate today) =>
        complaint is { } on
            ? LegalAidAlert.As(on, s.LawyerAppointedOn, today, options.LegalAidAlertDays)
            : new LegalAidAlertState(LegalAidAlertStatus.NotDue, today, 0, string.Empty, AssistanceArticles.LawyerAppointment);

    /// <summary>The first complaint recorded in each file's residence procedure: the date the lawyer clock starts.</summary>
    private async Task<Dictionary<Guid, LocalDate?>> ComplaintsAsync(List<Guid> caseIds, CancellationToken ct)
    {
        var rows = await db.Procedures.AsNoTracking().Where(p => caseIds.Contains(p.CaseId))
            .Join(db.Set<ProcedureEventRecord>().Where(e => e.Kind == ProcedureEventKind.ComplaintFiled), p => p.Id, e => e.ProcedureId,
                (p, e) => new { p.CaseId, e.Date })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.CaseId).ToDictionary(g => g.Key, g => (LocalDate?)g.Min(r => r.Date));
    }

    private static LinkedSupportView? Link(SupportCase? other, Dictionary<Guid, string> names) =>
        other is null ? null : new(other.Id, names.GetValueOrDefault(other.CentreId, string.Empty), other.OpenedOn.ToDateOnly(), other.ClosedOn?.ToDateOnly());

    private Task<Dictionary<Guid, string>> ReferencesAsync(List<Guid> caseIds, CancellationToken ct) =>
        db.Cases.Where(c => caseIds.Contains(c.Id)).Select(c => new { c.Id, c.Reference }).ToDictionaryAsync(c => c.Id, c => c.Reference, ct);
}
