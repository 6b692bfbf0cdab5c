using NodaTime;

namespace OpenNrm.Domain.Proceedings;

/// <summary>
/// The prosecutor's record of one criminal case: the office or labour auditorate that holds it, its notice number,
/// the reference magistrates who held it and every act in date order. It is built only through
/// <see cref="ProceedingsRegister"/>, so a value of this type is always a lawful history; everything else (status,
/// latest judgment, magistrate on a day) is read from that history and never stored twice.
/// </summary>
public sealed record CriminalProceedings
{
    internal CriminalProceedings(string officeId, NoticeNumber notice, MagistrateAssignment magistrate, InvestigationOpened opened)
    {
        OfficeId = officeId;
        Notice = notice;
        Magistrates = [magistrate];
        Events = [opened];
    }

    /// <summary>The prosecutor's office or labour auditorate, by its code in the reference data.</summary>
    public string OfficeId { get; }

    public NoticeNumber Notice { get; }

    /// <summary>In date order; the first starts on the day the notice was opened.</summary>
    public IReadOnlyList<MagistrateAssignment> Magistrates { get; private init; }

    /// <summary>In date order, acts of the same day in the order they were recorded; the first is the opening.</summary>
    public IReadOnlyList<ProceedingsEvent> Events { get; private init; }

    public LocalDate OpenedOn => Events[0].Date;

    public CriminalProceedingsStatus Status => StatusLifecycle.After(Events[^1]);

    public IReadOnlyList<StatusChange> StatusHistory =>
        [.. Events.Select(e => new StatusChange(e.Date, StatusLifecycle.After(e), e))];

    /// <summary>The latest judgment, at first instance or on appeal, or null before any.</summary>
    public JudgmentDelivered? LatestJudgment => Events.OfType<JudgmentDelivered>().LastOrDefault();

    /// <summary>The status at the end of <paramref name="date"/>, or null before the notice was opened.</summary>
    public CriminalProceedingsStatus? StatusOn(LocalDate date) =>
        Events.LastOrDefault(e => e.Date <= date) is { } last ? StatusLifecycle.After(last) : null;

    /// <summary>
    /// The reference magistrate holding the case at the end of <paramref name="date"/>: a reassignment counts from
    /// its own day. Null before the notice was opened.
    /// </summary>
    public MagistrateAssignment? MagistrateOn(LocalDate date) => Magistrates.LastOrDefault(m => m.From <= date);

    /// <summary>The history as it stood at the end of <paramref name="date"/>.</summary>
    public IReadOnlyList<ProceedingsEvent> EventsUpTo(LocalDate date) => [.. Events.TakeWhile(e => e.Date <= date)];

    /// <summary>Two values are the same case when they hold the same office, notice and histories.</summary>
    public bool Equals(CriminalProceedings? other) =>
        other is not null
        && OfficeId == other.OfficeId
        && Notice == other.Notice
        && Magistrates.SequenceEqual(other.Magistrates)
        && Events.SequenceEqual(other.Events);

    public override int GetHashCode() => HashCode.Combine(OfficeId, Notice, Magistrates.Count, Events.Count, Events[^1]);

    internal CriminalProceedings With(ProceedingsEvent recorded) => this with { Events = [.. Events, recorded] };

    internal CriminalProceedings With(MagistrateAssignment assignment) =>
        this with { Magistrates = [.. Magistrates, assignment] };
}
