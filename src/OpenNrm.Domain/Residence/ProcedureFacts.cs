using NodaTime;

namespace OpenNrm.Domain.Residence;

/// <summary>What the accepted events established so far. Only <see cref="ProcedureFold"/> writes it.</summary>
internal sealed class ProcedureFacts
{
    // Kept even from a refused opening: nationality is a fact about the person, and it explains why opening again
    // would be refused too.
    public bool? IsThirdCountryNational { get; set; }

    public LocalDate? OpenedOn { get; set; }
    public bool IsUnaccompaniedMinor { get; set; }
    public HeldDocument? Document { get; set; }
    public bool AttestationIssued { get; set; }
    public bool ACardIssued { get; set; }
    public bool BCardIssued { get; set; }
    public LocalDate? ComplaintOrStatementsOn { get; set; }
    public LocalDate? SupportAcceptedOn { get; set; }
    public bool ContactResumed { get; set; }
    public Dictionary<ProsecutorCriterion, LocalDate> Confirmations { get; } = [];
    public bool? NoPublicOrderThreat { get; set; }
    public ProceedingsStatus? Proceedings { get; set; }
    public LocalDate? ProceedingsChangedOn { get; set; }
    public bool ChargesRetainTrafficking { get; set; }
    public LocalDate? ConvictionOn { get; set; }
    public LocalDate? IdentityProvenOn { get; set; }
    public ProcedureExit? Exit { get; set; }
    public List<RecordedAlternative> Alternatives { get; } = [];

    /// <summary>The centre's applications no decision has answered yet, oldest first.</summary>
    public List<DocumentApplied> PendingApplications { get; } = [];

    public List<AnsweredApplication> AnsweredApplications { get; } = [];

    public bool IsOpened => OpenedOn is not null;

    /// <summary>Opened and not yet ended, either by an exit or by the B-card.</summary>
    public bool IsPending => IsOpened && Exit is null && !BCardIssued;

    public bool ProceedingsEnded => Proceedings is { } status && ProceedingsRules.HasEnded(status);

    public bool HasConviction => ConvictionOn is not null || Proceedings == ProceedingsStatus.EndedWithConviction;

    public ProcedureStage Stage =>
        !IsOpened ? ProcedureStage.NotOpened
        : BCardIssued ? ProcedureStage.Permanent
        : Exit is not null ? ProcedureStage.Ended
        : ACardIssued ? ProcedureStage.IdentifiedVictim
        : AttestationIssued ? ProcedureStage.PresumedVictim
        : ProcedureStage.Reflection;
}
