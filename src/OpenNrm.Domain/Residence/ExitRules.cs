using NodaTime;

namespace OpenNrm.Domain.Residence;

/// <summary>Leaving the procedure, and the recorded alternatives to it.</summary>
internal static class ExitRules
{
    public static IReadOnlyList<UnmetCondition> WithdrawDocument(ProcedureFacts facts, LocalDate on) =>
        facts.Document is { } held && held.IsValidOn(on)
            ? []
            : [new(ConditionCode.DocumentNotHeld, "The person holds no valid document to withdraw",
                facts.Document is { } last
                    ? DocumentRules.WithdrawalBasisOf(last.Type)
                    : ResidenceArticles.DocumentDecisions)];

    public static ExitReason ReasonFor(WithdrawalReason reason) => reason switch
    {
        WithdrawalReason.ResumedContactWithTraffickers => ExitReason.DocumentWithdrawnForResumedContact,
        WithdrawalReason.LackOfCooperation => ExitReason.DocumentWithdrawnForLackOfCooperation,
        WithdrawalReason.Other => ExitReason.DocumentWithdrawnForOtherReason,
    };

    /// <summary>
    /// Minority is only known once the procedure is opened; before that the durable-solution procedure is simply
    /// recorded.
    /// </summary>
    public static IReadOnlyList<UnmetCondition> StartDurableSolution(ProcedureFacts facts) =>
        facts.IsOpened && !facts.IsUnaccompaniedMinor
            ? [new(ConditionCode.NotUnaccompaniedMinor,
                "The durable-solution procedure is for unaccompanied minors", ResidenceArticles.DurableSolution)]
            : [];
}
