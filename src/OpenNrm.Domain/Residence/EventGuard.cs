namespace OpenNrm.Domain.Residence;

/// <summary>Checks one event against the facts before it and the law on its date.</summary>
internal static class EventGuard
{
    public static IReadOnlyList<UnmetCondition> Check(ProcedureEvent recorded, ProcedureFacts facts) => recorded switch
    {
        ProcedureOpened opened => OpeningRules.Open(facts, opened.IsThirdCountryNational),
        DocumentApplied applied => ApplicationRules.Record(applied, facts),
        DocumentIssued issued => Issue(issued, facts),
        DocumentRenewed renewed => Renewal(renewed, facts),
        DocumentRefused refused => StepRules.Check(NextStepKind.RefuseDocument, facts, refused.Date),
        DocumentWithdrawn withdrawn => StepRules.Check(NextStepKind.WithdrawDocument, facts, withdrawn.Date),
        ProsecutorConfirmed confirmed => StepRules.Check(NextStepKind.ConfirmVictimCriteria, facts, confirmed.Date),
        PublicOrderAssessed assessed => StepRules.Check(NextStepKind.AssessPublicOrder, facts, assessed.Date),
        VoluntaryReturn returned => StepRules.Check(NextStepKind.RecordVoluntaryReturn, facts, returned.Date),
        ProcedureWithdrawn withdrawn => StepRules.Check(NextStepKind.WithdrawProcedure, facts, withdrawn.Date),
        DurableSolutionProcedureStarted => ExitRules.StartDurableSolution(facts),
        // Everything else is a fact about the world (a complaint, a court decision, an asylum application), which
        // happens whether or not the procedure allows it.
        _ => [],
    };

    private static IReadOnlyList<UnmetCondition> Issue(DocumentIssued issued, ProcedureFacts facts)
    {
        var step = StepCatalogue.IssueStepFor(issued.Type);
        var unmet = StepRules.Check(step, facts, issued.Date);
        if (step != NextStepKind.IssueReflectionDocument || !facts.IsPending)
        {
            return unmet;
        }

        return [.. unmet, .. OpeningRules.ReflectionDocumentType(facts, issued.Type, issued.Date)];
    }

    private static IReadOnlyList<UnmetCondition> Renewal(DocumentRenewed renewed, ProcedureFacts facts)
    {
        if (PendingProcedureRule.Blocking(facts) is { } blocked)
        {
            return [blocked];
        }

        if (facts.Document is not { } held)
        {
            return [new(ConditionCode.DocumentNotHeld, "The person holds no document to renew",
                ResidenceArticles.DocumentDecisions)];
        }

        return StepCatalogue.RenewalStepFor(held.Type) is { } step
            ? StepRules.Check(step, facts, renewed.Date)
            : [new(ConditionCode.DocumentNotRenewable, $"The {Wording.Of(held.Type)} cannot be renewed",
                DocumentRules.BasisOf(held.Type))];
    }
}
