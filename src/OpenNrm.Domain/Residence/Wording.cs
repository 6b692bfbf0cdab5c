using NodaTime;
using NodaTime.Text;

namespace OpenNrm.Domain.Residence;

/// <summary>English names used inside explanations; the application translates by code, not by these strings.</summary>
internal static class Wording
{
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string Of(DocumentType type) => type switch
    {
        DocumentType.OrderToLeaveTerritory45Days => "45-day order to leave the territory",
        DocumentType.Annex15ReflectionDocument => "45-day temporary residence document (annex 15)",
        DocumentType.MinorTemporaryDocument3Months => "3-month temporary residence document for a minor",
        DocumentType.AttestationOfImmatriculation => "attestation of immatriculation",
        DocumentType.ACard => "A-card",
        DocumentType.BCard => "B-card",
    };

    /// <summary>"the A-card" or "the renewal of the A-card".</summary>
    public static string Of(DocumentApplied application) => application.IsRenewal
        ? $"the renewal of the {Of(application.Type)}"
        : $"the {Of(application.Type)}";

    public static string Of(ExitReason reason) => reason switch
    {
        ExitReason.DocumentWithdrawnForResumedContact => "document withdrawn: contact with the traffickers resumed",
        ExitReason.DocumentWithdrawnForLackOfCooperation => "document withdrawn: lack of cooperation",
        ExitReason.DocumentWithdrawnForOtherReason => "document withdrawn",
        ExitReason.DocumentRefused => "document refused",
        ExitReason.VoluntaryReturn => "voluntary return",
        ExitReason.ProcedureWithdrawn => "application withdrawn by the centre",
        ExitReason.ProceedingsEndedWithoutConvictionOrCharges =>
            "criminal proceedings ended without a conviction or trafficking charges",
    };
}
