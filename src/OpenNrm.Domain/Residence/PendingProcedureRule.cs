namespace OpenNrm.Domain.Residence;

/// <summary>
/// Every step but opening needs a procedure that is open and not over. When it is not, that one reason is given
/// alone: listing a missing complaint for a procedure that ended would only mislead.
/// </summary>
internal static class PendingProcedureRule
{
    public static UnmetCondition? Blocking(ProcedureFacts facts)
    {
        if (!facts.IsOpened)
        {
            return new(ConditionCode.ProcedureNotOpened,
                "The residence procedure has not been opened by a recognised specialised centre",
                ResidenceArticles.OpeningByRecognisedCentre);
        }

        if (facts.BCardIssued)
        {
            return new(ConditionCode.PermanentResidenceGranted,
                "The person holds a residence permit of unlimited duration; the procedure is complete",
                ResidenceArticles.BCard);
        }

        if (facts.Exit is { } exit)
        {
            return new(ConditionCode.ProcedureEnded,
                $"The procedure ended on {Wording.Date(exit.On)} ({Wording.Of(exit.Reason)})", exit.Basis);
        }

        return null;
    }
}
