using NodaTime;

namespace OpenNrm.Domain.Residence;

/// <summary>
/// One dated fact or decision in a person's residence procedure; the procedure is the append-only list of these.
/// The hierarchy is closed (the constructor is private protected) so the evaluator knows every kind there is.
/// Decisions (opening, documents, confirmations, assessments, exits) are checked against the law on their date;
/// facts about the world (a complaint, a conviction, an asylum application) are always accepted.
/// </summary>
public abstract record ProcedureEvent
{
    private protected ProcedureEvent(LocalDate date) => Date = date;

    public LocalDate Date { get; }
}

/// <summary>A recognised centre applied on the person's behalf.</summary>
public sealed record ProcedureOpened(LocalDate Date, bool IsThirdCountryNational, bool IsUnaccompaniedMinor)
    : ProcedureEvent(Date);

/// <summary>
/// The recognised centre applied to the Immigration Office, on the person's behalf, for a document
/// (<paramref name="IsRenewal"/> false) or for the renewal of the one held (true). Only the centre applies
/// (RD 8 Oct 1981 art. 110bis §1); the Immigration Office's decision that follows answers it.
/// </summary>
public sealed record DocumentApplied(LocalDate Date, DocumentType Type, bool IsRenewal) : ProcedureEvent(Date);

public sealed record DocumentIssued(LocalDate Date, DocumentType Type) : ProcedureEvent(Date);

/// <summary>Renews the document currently held, for one more period of its kind.</summary>
public sealed record DocumentRenewed(LocalDate Date) : ProcedureEvent(Date);

public sealed record DocumentRefused(LocalDate Date, DocumentType Type) : ProcedureEvent(Date);

public sealed record DocumentWithdrawn(LocalDate Date, WithdrawalReason Reason) : ProcedureEvent(Date);

public sealed record ComplaintFiled(LocalDate Date) : ProcedureEvent(Date);

public sealed record StatementsMade(LocalDate Date) : ProcedureEvent(Date);

public sealed record SupportAccepted(LocalDate Date) : ProcedureEvent(Date);

public sealed record ContactWithTraffickersSevered(LocalDate Date) : ProcedureEvent(Date);

public sealed record ContactWithTraffickersResumed(LocalDate Date) : ProcedureEvent(Date);

public sealed record ProsecutorConfirmed(LocalDate Date, ProsecutorCriterion Criterion) : ProcedureEvent(Date);

public sealed record PublicOrderAssessed(LocalDate Date, bool NoThreat) : ProcedureEvent(Date);

public sealed record ProceedingsStatusChanged(LocalDate Date, ProceedingsStatus Status) : ProcedureEvent(Date);

public sealed record ChargesRetained(LocalDate Date, bool WithTrafficking) : ProcedureEvent(Date);

public sealed record ConvictionRecorded(LocalDate Date) : ProcedureEvent(Date);

public sealed record IdentityProven(LocalDate Date) : ProcedureEvent(Date);

public sealed record VoluntaryReturn(LocalDate Date) : ProcedureEvent(Date);

public sealed record AsylumApplied(LocalDate Date) : ProcedureEvent(Date);

public sealed record DurableSolutionProcedureStarted(LocalDate Date) : ProcedureEvent(Date);

/// <summary>The recognised centre withdrew its application.</summary>
public sealed record ProcedureWithdrawn(LocalDate Date) : ProcedureEvent(Date);
