using System.Diagnostics;

namespace OpenNrm.Domain.Residence;

/// <summary>Applies one accepted event to the facts. Every event kind is listed: none may be silently dropped.</summary>
internal static class EventApplier
{
    public static void Apply(ProcedureEvent accepted, ProcedureFacts facts)
    {
        var on = accepted.Date;
        switch (accepted)
        {
            case ProcedureOpened opened:
                facts.OpenedOn = on;
                facts.IsUnaccompaniedMinor = opened.IsUnaccompaniedMinor;
                break;
            case DocumentApplied applied:
                facts.PendingApplications.Add(applied);
                break;
            case DocumentIssued issued:
                ApplicationRules.Answer(issued, facts);
                facts.Document = HeldDocument.Issue(issued.Type, on);
                facts.AttestationIssued |= issued.Type == DocumentType.AttestationOfImmatriculation;
                facts.ACardIssued |= issued.Type == DocumentType.ACard;
                facts.BCardIssued |= issued.Type == DocumentType.BCard;
                break;
            case DocumentRenewed renewed:
                ApplicationRules.Answer(renewed, facts);
                facts.Document = facts.Document!.Renew(on);
                break;
            case DocumentRefused refused:
                ApplicationRules.Answer(refused, facts);
                facts.Exit = new(ExitReason.DocumentRefused, on, DocumentRules.BasisOf(refused.Type));
                break;
            case DocumentWithdrawn withdrawn:
                var held = facts.Document!;
                facts.Document = held with { WithdrawnOn = on };
                facts.Exit = new(ExitRules.ReasonFor(withdrawn.Reason), on, DocumentRules.WithdrawalBasisOf(held.Type));
                break;
            case ComplaintFiled or StatementsMade:
                facts.ComplaintOrStatementsOn ??= on;
                break;
            case SupportAccepted:
                facts.SupportAcceptedOn ??= on;
                break;
            case ContactWithTraffickersSevered:
                facts.ContactResumed = false;
                break;
            case ContactWithTraffickersResumed:
                // A confirmation given before the contact resumed no longer holds; the prosecutor must confirm again.
                facts.ContactResumed = true;
                facts.Confirmations.Remove(ProsecutorCriterion.RelationsSevered);
                break;
            case ProsecutorConfirmed confirmed:
                facts.Confirmations[confirmed.Criterion] = on;
                break;
            case PublicOrderAssessed assessed:
                facts.NoPublicOrderThreat = assessed.NoThreat;
                break;
            case ProceedingsStatusChanged changed:
                ApplyProceedings(changed, facts);
                break;
            case ChargesRetained charges:
                facts.ChargesRetainTrafficking = charges.WithTrafficking;
                break;
            case ConvictionRecorded:
                facts.ConvictionOn ??= on;
                break;
            case IdentityProven:
                facts.IdentityProvenOn ??= on;
                break;
            case VoluntaryReturn:
                facts.Exit = new(ExitReason.VoluntaryReturn, on, ResidenceArticles.VoluntaryReturn);
                break;
            case AsylumApplied:
                facts.Alternatives.Add(new(AlternativeKind.InternationalProtection, on, ResidenceArticles.InternationalProtection));
                break;
            case DurableSolutionProcedureStarted:
                facts.Alternatives.Add(new(AlternativeKind.DurableSolution, on, ResidenceArticles.DurableSolution));
                break;
            case ProcedureWithdrawn:
                facts.Exit = new(ExitReason.ProcedureWithdrawn, on, ResidenceArticles.OpeningByRecognisedCentre);
                break;
            default:
                throw new UnreachableException($"Unknown procedure event {accepted.GetType().Name}");
        }
    }

    private static void ApplyProceedings(ProceedingsStatusChanged changed, ProcedureFacts facts)
    {
        facts.Proceedings = changed.Status;
        facts.ProceedingsChangedOn = changed.Date;

        // Charges retaining trafficking keep the B-card open even after an acquittal, so only proceedings that end
        // with neither a conviction nor such charges leave nothing to stay for.
        if (facts.IsPending && ProceedingsRules.EndedWithoutConviction(changed.Status)
            && !facts.HasConviction && !facts.ChargesRetainTrafficking)
        {
            facts.Exit = new(ExitReason.ProceedingsEndedWithoutConvictionOrCharges, changed.Date,
                ResidenceArticles.EndOfProceedings);
        }
    }
}
