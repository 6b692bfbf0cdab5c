using NodaTime;

namespace OpenNrm.Domain.Residence;

/// <summary>The conditions of each step on a date. One table, so a new step cannot be left without rules.</summary>
internal static class StepRules
{
    public static IReadOnlyList<UnmetCondition> Check(NextStepKind step, ProcedureFacts facts, LocalDate on)
    {
        if (step == NextStepKind.OpenProcedure)
        {
            // An unknown nationality is checked on the opening event itself.
            return OpeningRules.Open(facts, facts.IsThirdCountryNational ?? true);
        }

        if (PendingProcedureRule.Blocking(facts) is { } blocked)
        {
            return [blocked];
        }

        return step switch
        {
            NextStepKind.OpenProcedure => [],
            NextStepKind.ApplyForReflectionDocument or NextStepKind.ApplyForAttestationOfImmatriculation
                or NextStepKind.ApplyToRenewAttestationOfImmatriculation or NextStepKind.ApplyForACard
                or NextStepKind.ApplyToRenewACard or NextStepKind.ApplyForBCard =>
                ApplicationRules.CheckStep(StepCatalogue.DecisionAskedFor(step)!.Value, facts, on),
            NextStepKind.IssueReflectionDocument => OpeningRules.IssueReflectionDocument(facts, on),
            NextStepKind.IssueAttestationOfImmatriculation => PresumedVictimRules.Issue(facts),
            NextStepKind.RenewAttestationOfImmatriculation => PresumedVictimRules.Renew(facts),
            NextStepKind.ConfirmVictimCriteria => [],
            NextStepKind.AssessPublicOrder => [],
            NextStepKind.IssueACard => IdentifiedVictimRules.Issue(facts),
            NextStepKind.RenewACard => IdentifiedVictimRules.Renew(facts),
            NextStepKind.IssueBCard => PermanentResidenceRules.Issue(facts),
            NextStepKind.RefuseDocument => [],
            NextStepKind.WithdrawDocument => ExitRules.WithdrawDocument(facts, on),
            NextStepKind.WithdrawProcedure => [],
            NextStepKind.RecordVoluntaryReturn => [],
        };
    }
}
