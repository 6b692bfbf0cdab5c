namespace OpenNrm.Domain.Residence;

/// <summary>The 6-month A-card of a victim identified by the prosecutor, renewable until the proceedings end.</summary>
internal static class IdentifiedVictimRules
{
    public static IReadOnlyList<UnmetCondition> Issue(ProcedureFacts facts)
    {
        var unmet = new List<UnmetCondition>();
        if (facts.ACardIssued)
        {
            unmet.Add(Unmet(ConditionCode.ACardAlreadyIssued, "The A-card was already issued; it can only be renewed"));
        }

        // The seed calls the A-card the "subsequent" permit: it follows the attestation of immatriculation.
        if (!facts.AttestationIssued)
        {
            unmet.Add(Unmet(ConditionCode.AttestationNotYetIssued,
                "The A-card follows the attestation of immatriculation, which has not been issued"));
        }

        if (facts.ProceedingsEnded)
        {
            unmet.Add(Unmet(ConditionCode.ProceedingsEnded, "The criminal proceedings have ended"));
        }

        foreach (var criterion in Enum.GetValues<ProsecutorCriterion>())
        {
            if (!facts.Confirmations.ContainsKey(criterion))
            {
                unmet.Add(NotConfirmed(criterion));
            }
        }

        if (facts.ContactResumed)
        {
            unmet.Add(Unmet(ConditionCode.ContactWithTraffickersResumed,
                "The person resumed contact with the presumed traffickers"));
        }

        if (facts.NoPublicOrderThreat is null)
        {
            unmet.Add(new(ConditionCode.PublicOrderNotAssessed,
                "The Immigration Office has not assessed the threat to public order or national security",
                ResidenceArticles.PublicOrderAssessment));
        }
        else if (facts.NoPublicOrderThreat == false)
        {
            unmet.Add(new(ConditionCode.PublicOrderThreat,
                "The Immigration Office found a threat to public order or national security",
                ResidenceArticles.PublicOrderAssessment));
        }

        if (facts.SupportAcceptedOn is null)
        {
            unmet.Add(Unmet(ConditionCode.SupportNotAccepted,
                "The person has not accepted the support of a recognised specialised centre"));
        }

        return unmet;
    }

    public static IReadOnlyList<UnmetCondition> Renew(ProcedureFacts facts)
    {
        if (facts.Document?.Type != DocumentType.ACard)
        {
            return [Unmet(ConditionCode.DocumentNotHeld, "The person does not hold an A-card to renew")];
        }

        return facts.ProceedingsEnded
            ? [Unmet(ConditionCode.ProceedingsEnded,
                "The A-card is renewed only until the end of the criminal proceedings, and they have ended")]
            : [];
    }

    private static UnmetCondition NotConfirmed(ProsecutorCriterion criterion) => criterion switch
    {
        ProsecutorCriterion.ProceedingsOngoing => Unmet(ConditionCode.ProsecutorHasNotConfirmedProceedingsOngoing,
            "The prosecutor has not confirmed that the criminal proceedings are ongoing"),
        ProsecutorCriterion.ConsideredVictim => Unmet(ConditionCode.ProsecutorHasNotConfirmedVictim,
            "The prosecutor has not confirmed that the person can be considered a victim"),
        ProsecutorCriterion.IntentionToCooperate => Unmet(ConditionCode.ProsecutorHasNotConfirmedIntentionToCooperate,
            "The prosecutor has not confirmed a clear intention to cooperate"),
        ProsecutorCriterion.RelationsSevered => Unmet(ConditionCode.ProsecutorHasNotConfirmedRelationsSevered,
            "The prosecutor has not confirmed that all relations with the presumed traffickers are severed"),
    };

    private static UnmetCondition Unmet(ConditionCode code, string explanation) =>
        new(code, explanation, ResidenceArticles.ACard);
}
