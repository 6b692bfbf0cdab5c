using NodaTime;

namespace OpenNrm.Domain.Proceedings;

/// <summary>
/// One dated act in the criminal case; the case's status is the list of these, in date order. The hierarchy is
/// closed (the constructor is private protected) so the transition rules know every act there is.
/// </summary>
public abstract record ProceedingsEvent
{
    private protected ProceedingsEvent(LocalDate date) => Date = date;

    public LocalDate Date { get; }
}

/// <summary>The notice was entered in the register: the preliminary investigation starts. Only ever the first act.</summary>
public sealed record InvestigationOpened(LocalDate Date) : ProceedingsEvent(Date);

/// <summary>The prosecutor seized an investigating judge.</summary>
public sealed record JudicialInvestigationOpened(LocalDate Date) : ProceedingsEvent(Date);

/// <summary>The case was sent to the trial court, with or without a trafficking charge.</summary>
public sealed record ChargesBrought(LocalDate Date, ChargeRoute Route, bool IncludesTrafficking) : ProceedingsEvent(Date);

/// <summary>The first hearing before the trial court.</summary>
public sealed record TrialOpened(LocalDate Date) : ProceedingsEvent(Date);

/// <summary>
/// A judgment at first instance or on appeal. <paramref name="TraffickingRetained"/> says whether the court found
/// trafficking (Criminal Code art. 433quinquies) proven; the category files the judgment in the case-law chapter.
/// </summary>
public sealed record JudgmentDelivered(
    LocalDate Date,
    JudgmentOutcome Outcome,
    ExploitationCategory Exploitation,
    bool TraffickingRetained) : ProceedingsEvent(Date);

public sealed record AppealLodged(LocalDate Date) : ProceedingsEvent(Date);

/// <summary>The latest judgment became res judicata.</summary>
public sealed record BecameFinal(LocalDate Date) : ProceedingsEvent(Date);

public sealed record CaseDismissed(LocalDate Date, DismissalReason Reason) : ProceedingsEvent(Date);

/// <summary>
/// A dismissed case taken up again. <paramref name="NewEvidence"/> says what arrived; <paramref name="TimeBarredOn"/>
/// is the first day on which the prosecution is time-barred, as the prosecutor established it (the limitation period
/// depends on the offences and on interruptions the register does not hold).
/// </summary>
public sealed record CaseReopened(LocalDate Date, string NewEvidence, LocalDate TimeBarredOn) : ProceedingsEvent(Date);
