namespace OpenNrm.Domain.Residence;

/// <summary>The B-card, a residence permit of unlimited duration.</summary>
internal static class PermanentResidenceRules
{
    public static IReadOnlyList<UnmetCondition> Issue(ProcedureFacts facts)
    {
        var unmet = new List<UnmetCondition>();

        // The seed grants it to victims "identified by the prosecutor", which is what the A-card records.
        if (!facts.ACardIssued)
        {
            unmet.Add(new(ConditionCode.ACardNotYetIssued,
                "The B-card is for an identified victim holding an A-card, which has not been issued",
                ResidenceArticles.BCard));
        }

        if (!facts.HasConviction && !facts.ChargesRetainTrafficking)
        {
            unmet.Add(new(ConditionCode.NoConvictionOrTraffickingCharges,
                "No conviction of the traffickers and no charges by the prosecutor retaining trafficking in human beings",
                ResidenceArticles.BCard));
        }

        if (facts.IdentityProvenOn is null)
        {
            unmet.Add(new(ConditionCode.IdentityNotProven,
                "Identity not proven by a passport, equivalent travel document or national identity card; it must be at the latest when the B-card is assessed",
                ResidenceArticles.IdentityProof));
        }

        return unmet;
    }
}
