using NodaTime;
using static OpenNrm.Domain.Proceedings.ProceedingsRefusalCode;

namespace OpenNrm.Domain.Proceedings;

/// <summary>
/// The only way to build or change a <see cref="CriminalProceedings"/>. Pure: it takes today's date instead of
/// reading a clock, and returns a new value or the refusals, never both.
/// </summary>
public static class ProceedingsRegister
{
    /// <summary>Opens the notice in preliminary investigation, held from that day by the reference magistrate.</summary>
    public static RegisterOutcome<CriminalProceedings> Open(
        string officeId, string noticeNumber, LocalDate openedOn, string referenceMagistrateId, LocalDate today)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(officeId);
        ArgumentException.ThrowIfNullOrWhiteSpace(referenceMagistrateId);
        var notice = NoticeNumber.Parse(noticeNumber);
        var refusals = new List<ProceedingsRefusal>(notice.Refusals);
        if (openedOn > today)
        {
            refusals.Add(new(DatedInTheFuture,
                $"The notice is dated {Wording.Date(openedOn)}, after today ({Wording.Date(today)}): the register records only acts already done",
                ProceedingsArticles.PreliminaryInvestigation));
        }

        return notice.Value is { } number && refusals.Count == 0
            ? new(new CriminalProceedings(officeId, number, new(referenceMagistrateId, openedOn), new(openedOn)), [])
            : new(null, refusals);
    }

    /// <summary>Every condition <paramref name="next"/> does not meet; empty when it may be recorded.</summary>
    public static IReadOnlyList<ProceedingsRefusal> Check(CriminalProceedings proceedings, ProceedingsEvent next, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(proceedings);
        ArgumentNullException.ThrowIfNull(next);
        return TransitionRules.Check(proceedings, next, today);
    }

    public static RegisterOutcome<CriminalProceedings> Record(CriminalProceedings proceedings, ProceedingsEvent next, LocalDate today)
    {
        var refusals = Check(proceedings, next, today);
        return RegisterOutcome.Of(proceedings.With(next), refusals);
    }

    /// <summary>
    /// Hands the case to another reference magistrate from <paramref name="from"/>. Reassignments are recorded in date
    /// order and never before the notice, so that "who held the case on that day" has one answer.
    /// </summary>
    public static RegisterOutcome<CriminalProceedings> AssignMagistrate(
        CriminalProceedings proceedings, string magistrateId, LocalDate from, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(proceedings);
        ArgumentException.ThrowIfNullOrWhiteSpace(magistrateId);
        var basis = ProceedingsArticles.ReferenceMagistrate;
        var current = proceedings.Magistrates[^1];
        var refusals = new List<ProceedingsRefusal>();
        if (from > today)
        {
            refusals.Add(new(DatedInTheFuture,
                $"The assignment is dated {Wording.Date(from)}, after today ({Wording.Date(today)}): record it on the day it takes effect",
                basis));
        }

        if (from < proceedings.OpenedOn)
        {
            refusals.Add(new(AssignedBeforeOpening,
                $"The notice was opened on {Wording.Date(proceedings.OpenedOn)}: nobody held the case on {Wording.Date(from)}",
                basis));
        }
        else if (from < current.From)
        {
            refusals.Add(new(AssignedBeforePreviousAssignment,
                $"The case was assigned on {Wording.Date(current.From)}: a reassignment cannot take effect before it ({Wording.Date(from)})",
                basis));
        }

        if (current.MagistrateId == magistrateId)
        {
            refusals.Add(new(AlreadyReferenceMagistrate,
                $"{magistrateId} already holds the case since {Wording.Date(current.From)}", basis));
        }

        return RegisterOutcome.Of(proceedings.With(new MagistrateAssignment(magistrateId, from)), refusals);
    }

    /// <summary>
    /// Rebuilds a stored case by recording its acts and reassignments again, so a stored history that the rules no
    /// longer accept is reported instead of trusted. The first act must be the opening and the first assignment
    /// must start on that day.
    /// </summary>
    public static RegisterOutcome<CriminalProceedings> Replay(
        string officeId,
        string noticeNumber,
        IReadOnlyList<MagistrateAssignment> magistrates,
        IReadOnlyList<ProceedingsEvent> events,
        LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(magistrates);
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0 || events[0] is not InvestigationOpened opened)
        {
            throw new ArgumentException("A stored case starts with the opening of its notice", nameof(events));
        }

        if (magistrates.Count == 0 || magistrates[0].From != opened.Date)
        {
            throw new ArgumentException("A stored case is held by a reference magistrate from its opening", nameof(magistrates));
        }

        var outcome = Open(officeId, noticeNumber, opened.Date, magistrates[0].MagistrateId, today);
        foreach (var next in events.Skip(1))
        {
            outcome = outcome.Value is { } sofar ? Record(sofar, next, today) : outcome;
        }

        foreach (var assignment in magistrates.Skip(1))
        {
            outcome = outcome.Value is { } sofar ? AssignMagistrate(sofar, assignment.MagistrateId, assignment.From, today) : outcome;
        }

        return outcome;
    }
}
