using NodaTime;
using OpenNrm.Domain.Proceedings;

namespace OpenNrm.Web.Features.Proceedings;

public sealed record RefusalView(ProceedingsRefusalCode Code, string Explanation, string Basis)
{
    public static IReadOnlyList<RefusalView> From(IEnumerable<ProceedingsRefusal> refusals) =>
        refusals.Select(r => new RefusalView(r.Code, r.Explanation, r.Basis.Citation)).ToList();
}

public sealed record JudgmentView(DateOnly Date, JudgmentOutcome Outcome, ExploitationCategory Exploitation, bool TraffickingRetained, bool OnAppeal);

/// <summary>The case entered <paramref name="Status"/> on <paramref name="On"/> through the act <paramref name="Act"/>.</summary>
public sealed record StatusChangeView(DateOnly On, CriminalProceedingsStatus Status, ProceedingsEventKind Act);

public sealed record ProceedingsEventView(int Sequence, ProceedingsEventKind Kind, DateOnly Date, ChargeRoute? Route, bool? IncludesTrafficking,
    JudgmentOutcome? Outcome, ExploitationCategory? Exploitation, bool? TraffickingRetained, DismissalReason? Reason, string? NewEvidence,
    DateOnly? TimeBarredOn, DateTimeOffset RecordedAt)
{
    public static ProceedingsEventView From(ProceedingsEventRecord e) => new(e.Sequence, e.Kind, e.Date.ToDateOnly(), e.Route, e.IncludesTrafficking,
        e.Outcome, e.Exploitation, e.TraffickingRetained, e.Reason, e.NewEvidence, e.TimeBarredOn?.ToDateOnly(), e.RecordedAt);
}

public sealed record MagistrateView(Guid MagistrateId, string Name, DateOnly From);

/// <summary>A victim's file in the case: its reference (never the name), roles and damages in euro cents.</summary>
public sealed record VictimView(Guid CaseId, string CaseReference, IReadOnlyList<VictimRoles> Roles, long ClaimedCents, long AwardedCents, long PaidCents,
    long OutstandingCents, int Version)
{
    public static VictimView From(VictimLinkRecord link, string reference) => new(link.CaseId, reference, RoleList(link.Roles), link.ClaimedCents,
        link.AwardedCents, link.PaidCents, link.Compensation.OutstandingCents, link.Version);

    public static IReadOnlyList<VictimRoles> RoleList(VictimRoles roles) =>
        Enum.GetValues<VictimRoles>().Where(r => r != VictimRoles.None && roles.HasFlag(r)).ToList();
}

/// <summary>The whole case as its office sees it on <paramref name="AsOf"/>: the replayed state, both histories and every victim.</summary>
public sealed record ProceedingsView(Guid Id, Guid OfficeId, string OfficeName, string NoticeNumber, DateOnly OpenedOn, DateOnly AsOf,
    CriminalProceedingsStatus Status, DateOnly StatusSince, bool IsOngoing, bool TraffickingChargesRetained, JudgmentView? LatestJudgment,
    DateOnly? AppealOpenUntil, MagistrateView ReferenceMagistrate, DateOnly? InvestigationEndedOn, bool InvestigationLastedMoreThanTwoYears,
    IReadOnlyList<StatusChangeView> StatusHistory, IReadOnlyList<ProceedingsEventView> Events, IReadOnlyList<MagistrateView> Magistrates,
    IReadOnlyList<VictimView> Victims, int Version);

/// <summary>
/// The case as an organisation that works on a victim's file sees it: where it stands, and that file's roles and
/// damages. No magistrate, no acts' details, no other victim.
/// </summary>
public sealed record ProceedingsStatusView(Guid Id, Guid OfficeId, string OfficeName, string NoticeNumber, DateOnly AsOf, CriminalProceedingsStatus Status,
    DateOnly StatusSince, bool IsOngoing, DateOnly? AppealOpenUntil, IReadOnlyList<VictimView> Victims);

/// <summary>One line of an office's register.</summary>
public sealed record ProceedingsRow(Guid Id, string NoticeNumber, Guid OfficeId, string OfficeName, DateOnly OpenedOn, CriminalProceedingsStatus Status,
    DateOnly StatusSince, string? Magistrate, DateOnly? AppealOpenUntil);

/// <summary>A judgment for the case-law chapter: no name, no file, no notice number.</summary>
public sealed record CaseLawJudgment(string Office, string? JudicialDistrict, DateOnly Date, JudgmentOutcome Outcome, ExploitationCategory Exploitation,
    bool TraffickingRetained, bool OnAppeal);

/// <summary>Reads of the replayed case that the views share.</summary>
public static class ProceedingsReading
{
    /// <summary>
    /// The last day to appeal the judgment standing on <paramref name="asOf"/>, while that period is open; null when there
    /// is no such judgment, when it was given on appeal (not appealable again) or when the thirty days are over.
    /// </summary>
    public static LocalDate? AppealOpenUntil(CriminalProceedings proceedings, LocalDate asOf)
    {
        var events = proceedings.EventsUpTo(asOf);
        if (events.Count == 0 || events[^1] is not JudgmentDelivered judgment || events.OfType<AppealLodged>().Any())
        {
            return null;
        }

        return AppealPeriod.IsOpen(judgment.Date, asOf) ? AppealPeriod.LastDay(judgment.Date) : null;
    }

    public static JudgmentView? Judgment(IReadOnlyList<ProceedingsEvent> events) =>
        events.Select((e, i) => (e, i)).LastOrDefault(x => x.e is JudgmentDelivered) is (JudgmentDelivered j, var index)
            ? new JudgmentView(j.Date.ToDateOnly(), j.Outcome, j.Exploitation, j.TraffickingRetained, events.Take(index).OfType<AppealLodged>().Any())
            : null;

    public static IReadOnlyList<StatusChangeView> History(CriminalProceedings proceedings, LocalDate asOf) =>
        proceedings.StatusHistory.Where(s => s.On <= asOf)
            .Select(s => new StatusChangeView(s.On.ToDateOnly(), s.Status, ProceedingsEventMapping.KindOf(s.Cause))).ToList();
}
