using NodaTime;

namespace OpenNrm.Domain.Residence;

/// <summary>Reads the latest document against the evaluation date.</summary>
internal static class DocumentView
{
    public static ResidenceDocument? Of(ProcedureFacts facts, LocalDate asOf) =>
        facts.Document is not { } held
            ? null
            : new ResidenceDocument(
                held.Type,
                held.IssuedOn,
                held.ValidFrom,
                held.ValidUntil,
                held.RenewalsUsed,
                RenewalsLeft(facts, held),
                held.StatusOn(asOf),
                DocumentRules.BasisOf(held.Type));

    private static int? RenewalsLeft(ProcedureFacts facts, HeldDocument held)
    {
        if (!facts.IsPending)
        {
            return 0;
        }

        return held.Type switch
        {
            DocumentType.AttestationOfImmatriculation =>
                Math.Max(0, PresumedVictimRules.MaxAttestationRenewals - held.RenewalsUsed),
            DocumentType.ACard => facts.ProceedingsEnded ? 0 : null,
            DocumentType.OrderToLeaveTerritory45Days => 0,
            DocumentType.Annex15ReflectionDocument => 0,
            DocumentType.MinorTemporaryDocument3Months => 0,
            DocumentType.BCard => 0,
        };
    }
}
