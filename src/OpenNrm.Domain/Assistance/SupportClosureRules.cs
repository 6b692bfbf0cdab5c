using NodaTime;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// Closing a support case. The closure date starts the retention clock, so it must be real: never before the
/// support began; and a closure for an "other" reason says which, or the figures cannot be read.
/// </summary>
public static class SupportClosureRules
{
    public static AssistanceOutcome<SupportClosure> Close(LocalDate supportStart, LocalDate closedOn, ClosureReason reason, string? explanation)
    {
        if (closedOn < supportStart)
        {
            return Refuse(AssistanceRefusalCode.ClosureBeforeStart,
                $"The closure ({Wording.Date(closedOn)}) would be before the support began ({Wording.Date(supportStart)}).");
        }

        if (reason == ClosureReason.Other && string.IsNullOrWhiteSpace(explanation))
        {
            return Refuse(AssistanceRefusalCode.ClosureExplanationMissing,
                "Say why the support ended when the reason is \"other\".");
        }

        return new(new SupportClosure(closedOn, reason, string.IsNullOrWhiteSpace(explanation) ? null : explanation.Trim()));
    }

    private static AssistanceOutcome<SupportClosure> Refuse(AssistanceRefusalCode code, string explanation) =>
        new(new AssistanceRefusal(code, explanation, AssistanceArticles.SupportPlan));
}
