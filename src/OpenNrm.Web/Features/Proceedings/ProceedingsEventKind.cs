namespace OpenNrm.Web.Features.Proceedings;

/// <summary>
/// The acts a caller can name, one per event of the domain's register. The opening is listed so that a second
/// opening reaches the register and is refused there with its article, like any other act out of place.
/// </summary>
public enum ProceedingsEventKind
{
    InvestigationOpened,
    JudicialInvestigationOpened,
    ChargesBrought,
    TrialOpened,
    JudgmentDelivered,
    AppealLodged,
    BecameFinal,
    CaseDismissed,
    CaseReopened,
}
