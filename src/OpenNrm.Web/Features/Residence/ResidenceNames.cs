using OpenNrm.Domain.Residence;

namespace OpenNrm.Web.Features.Residence;

/// <summary>English display names (and localisation keys) of stages and documents.</summary>
public static class ResidenceNames
{
    public static string Of(ProcedureStage stage) => stage switch
    {
        ProcedureStage.NotOpened => "Not opened",
        ProcedureStage.Reflection => "Reflection period",
        ProcedureStage.PresumedVictim => "Presumed victim",
        ProcedureStage.IdentifiedVictim => "Identified victim",
        ProcedureStage.Permanent => "Permanent residence",
        ProcedureStage.Ended => "Ended",
    };

    public static string Of(DocumentType type) => type switch
    {
        DocumentType.OrderToLeaveTerritory45Days => "Order to leave the territory (45 days)",
        DocumentType.Annex15ReflectionDocument => "Annex 15 (45 days)",
        DocumentType.MinorTemporaryDocument3Months => "Minor's temporary document (3 months)",
        DocumentType.AttestationOfImmatriculation => "Attestation of immatriculation (3 months)",
        DocumentType.ACard => "A-card (6 months)",
        DocumentType.BCard => "B-card (unlimited)",
    };
}
