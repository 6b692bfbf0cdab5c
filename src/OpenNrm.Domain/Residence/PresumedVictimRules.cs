namespace OpenNrm.Domain.Residence;

/// <summary>The 3-month attestation of immatriculation of a presumed victim, renewable once.</summary>
internal static class PresumedVictimRules
{
    public const int MaxAttestationRenewals = 1;

    public static IReadOnlyList<UnmetCondition> Issue(ProcedureFacts facts)
    {
        var unmet = new List<UnmetCondition>();
        if (facts.AttestationIssued)
        {
            unmet.Add(new(ConditionCode.AttestationAlreadyIssued,
                "The attestation of immatriculation was already issued; it can only be renewed",
                ResidenceArticles.Attestation));
        }

        if (facts.ComplaintOrStatementsOn is null)
        {
            unmet.Add(new(ConditionCode.NoComplaintOrStatements,
                "No complaint filed and no relevant statements made", ResidenceArticles.Attestation));
        }

        if (facts.SupportAcceptedOn is null)
        {
            unmet.Add(new(ConditionCode.SupportNotAccepted,
                "The person has not accepted the support of a recognised specialised centre",
                ResidenceArticles.Attestation));
        }

        return unmet;
    }

    // Whether a renewal is "necessary for the investigation or deemed appropriate" is the Immigration Office's
    // judgement; the rules only hold it to the once-only limit.
    public static IReadOnlyList<UnmetCondition> Renew(ProcedureFacts facts)
    {
        if (facts.Document?.Type != DocumentType.AttestationOfImmatriculation)
        {
            return [new(ConditionCode.DocumentNotHeld,
                "The person does not hold an attestation of immatriculation to renew",
                ResidenceArticles.AttestationRenewableOnce)];
        }

        return facts.Document.RenewalsUsed >= MaxAttestationRenewals
            ? [new(ConditionCode.RenewalLimitReached,
                "The attestation of immatriculation can be renewed only once, and it already was",
                ResidenceArticles.AttestationRenewableOnce)]
            : [];
    }
}
