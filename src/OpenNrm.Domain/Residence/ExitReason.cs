namespace OpenNrm.Domain.Residence;

/// <summary>Why a person left the procedure without a permit of unlimited duration.</summary>
public enum ExitReason
{
    DocumentWithdrawnForResumedContact,
    DocumentWithdrawnForLackOfCooperation,
    DocumentWithdrawnForOtherReason,
    DocumentRefused,
    VoluntaryReturn,
    ProcedureWithdrawn,
    ProceedingsEndedWithoutConvictionOrCharges,
}
