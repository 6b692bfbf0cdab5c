using NodaTime;

namespace OpenNrm.Domain.Residence;

/// <summary>
/// The recognised centre's applications for a document or its renewal, and the Immigration Office decisions that
/// answer them (RD 8 Oct 1981 art. 110bis §1: the centre alone applies on the person's behalf).
/// <para>
/// An application is not required before a decision. Histories recorded before applications were kept hold
/// decisions without one, and the Immigration Office may decide on its own initiative; requiring an application
/// would make those histories unlawful after the fact. Instead the centre's "apply for" step carries the same unmet
/// conditions as the decision it asks for, so the centre sees what the Immigration Office will weigh, and the
/// decision step names the application it would answer.
/// </para>
/// <para>
/// The application itself may be recorded whatever the conditions of the decision: the centre may apply and the
/// Immigration Office may refuse. It is refused only when no pending procedure exists to apply in, when it asks to
/// renew a document the law never renews, or when the same application is still waiting for its decision.
/// </para>
/// </summary>
internal static class ApplicationRules
{
    /// <summary>The Immigration Office step that decides the application; null for a renewal the law does not allow.</summary>
    public static NextStepKind? DecisionStepOf(DocumentApplied applied) =>
        applied.IsRenewal ? StepCatalogue.RenewalStepFor(applied.Type) : StepCatalogue.IssueStepFor(applied.Type);

    public static IReadOnlyList<UnmetCondition> Record(DocumentApplied applied, ProcedureFacts facts)
    {
        if (PendingProcedureRule.Blocking(facts) is { } blocked)
        {
            return [blocked];
        }

        if (DecisionStepOf(applied) is not { } decision)
        {
            return [new(ConditionCode.DocumentNotRenewable,
                $"The {Wording.Of(applied.Type)} cannot be renewed, so there is no renewal to apply for",
                DocumentRules.BasisOf(applied.Type))];
        }

        return AlreadyPending(decision, facts);
    }

    /// <summary>The conditions of an "apply for" step: those of the decision it asks for, and no such application already waiting.</summary>
    public static IReadOnlyList<UnmetCondition> CheckStep(NextStepKind decision, ProcedureFacts facts, LocalDate on) =>
        [.. StepRules.Check(decision, facts, on), .. AlreadyPending(decision, facts)];

    /// <summary>The application waiting for the decision <paramref name="decisionStep"/>, if any.</summary>
    public static DocumentApplied? PendingFor(NextStepKind decisionStep, ProcedureFacts facts) =>
        facts.PendingApplications.FirstOrDefault(a => DecisionStepOf(a) == decisionStep);

    /// <summary>
    /// Takes the application a decision answers out of the pending ones and links the two. Called before the
    /// decision changes the facts, so a renewal is matched against the document it renews.
    /// </summary>
    public static void Answer(ProcedureEvent decision, ProcedureFacts facts)
    {
        var answered = decision switch
        {
            DocumentIssued issued => PendingFor(StepCatalogue.IssueStepFor(issued.Type), facts),
            DocumentRenewed when facts.Document is { } held && StepCatalogue.RenewalStepFor(held.Type) is { } renewal =>
                PendingFor(renewal, facts),
            // A refusal names a document, not a step: it answers the application for that document, first issue or renewal.
            DocumentRefused refused => facts.PendingApplications.FirstOrDefault(a =>
                StepCatalogue.IssueStepFor(a.Type) == StepCatalogue.IssueStepFor(refused.Type)),
            _ => null,
        };

        if (answered is not null)
        {
            facts.PendingApplications.Remove(answered);
            facts.AnsweredApplications.Add(new AnsweredApplication(answered, decision));
        }
    }

    private static IReadOnlyList<UnmetCondition> AlreadyPending(NextStepKind decision, ProcedureFacts facts) =>
        PendingFor(decision, facts) is { } waiting
            ? [new(ConditionCode.ApplicationAlreadyPending,
                $"The application of {Wording.Date(waiting.Date)} for {Wording.Of(waiting)} is still waiting for the Immigration Office's decision",
                ResidenceArticles.ApplicationByRecognisedCentre)]
            : [];
}
