using OpenNrm.Domain.Common;
using OpenNrm.Domain.Referral;

namespace OpenNrm.Domain.Detection;

/// <summary>
/// A possible victim found in immigration detention. The return officers who learn of it inform the Immigration
/// Office's THB unit and the specialised centres immediately; once a centre concludes that the person may be a
/// victim, the person is released and transferred to the centre. This is the Immigration Office's documented
/// practice (Return Unit, reported in EMN Belgium 2022), applying the non-refoulement principle of the procedure.
/// </summary>
public static class DetentionDuties
{
    public static readonly LegalBasis Practice = new("Immigration Office practice for detained persons (Return Unit; EMN Belgium 2022, non-refoulement); Immigration Act art. 61/2 §2");

    /// <summary>Duties that arise when the signal is recorded, on top of <see cref="LegalDuties.For"/>.</summary>
    public static IReadOnlyList<LegalDuty> OnSignal(DetectionContext context) =>
        context == DetectionContext.DetentionCentre
            ? [new(LegalDutyKind.InformThbUnitAndCentres, "Inform the Immigration Office's THB unit and the specialised centres immediately.", Practice)]
            : [];

    /// <summary>
    /// The duty that arises from a centre's assessment: an intake that found a presumed victim (whether or not the
    /// person enters the residence procedure) of a person detected in detention.
    /// </summary>
    public static LegalDuty? AfterCentreAssessment(DetectionContext context, IntakeOutcome outcome) =>
        context == DetectionContext.DetentionCentre && outcome is IntakeOutcome.EnteredResidenceProcedure or IntakeOutcome.AssistedWithoutProcedure
            ? new(LegalDutyKind.ReleaseAndTransferToCentre, "Release the person from detention and transfer them to the centre that assessed them.", Practice)
            : null;
}
