using NodaTime;

namespace OpenNrm.Domain.Residence;

/// <summary>Upcoming dates of a pending procedure, earliest first; deadlines tied to a step come last.</summary>
internal static class DeadlineSchedule
{
    public static IReadOnlyList<Deadline> For(ProcedureFacts facts, LocalDate asOf)
    {
        if (!facts.IsPending)
        {
            return [];
        }

        var deadlines = new List<Deadline>();
        if (facts.Document is { } held && held.IsValidOn(asOf) && held.ValidUntil is { } lastDay)
        {
            var name = Wording.Of(held.Type);
            deadlines.Add(new(DeadlineKind.DocumentExpires, lastDay,
                $"Last day of validity of the {name}", DocumentRules.BasisOf(held.Type)));

            // Once the centre has applied for the renewal, the reminders to apply have done their work.
            if (StepCatalogue.RenewalStepFor(held.Type) is { } renewal
                && StepRules.Check(renewal, facts, asOf).Count == 0
                && ApplicationRules.PendingFor(renewal, facts) is null)
            {
                var basis = StepCatalogue.ActorBasisOf(renewal, facts, asOf);
                var opens = lastDay.PlusDays(-RenewalWindow.DaysBeforeExpiry);
                if (opens >= asOf)
                {
                    deadlines.Add(new(DeadlineKind.RenewalWindowOpens, opens,
                        $"Apply to renew the {name} from this day", basis));
                }

                deadlines.Add(new(DeadlineKind.RenewalApplicationDue, lastDay,
                    $"Last day to apply to renew the {name} without a gap", basis));
            }
        }

        foreach (var application in facts.PendingApplications)
        {
            deadlines.Add(new(DeadlineKind.ApplicationFollowUp, application.Date.PlusDays(ApplicationFollowUp.DaysWithoutDecision),
                $"No decision yet on the application of {Wording.Date(application.Date)} for {Wording.Of(application)}: ask the Immigration Office from this day",
                ResidenceArticles.ApplicationByRecognisedCentre));
        }

        if (facts.IdentityProvenOn is null)
        {
            deadlines.Add(new(DeadlineKind.IdentityProofDue, null,
                "Prove identity with a passport, equivalent travel document or national identity card as soon as possible, at the latest during the assessment of the B-card",
                ResidenceArticles.IdentityProof));
        }

        return [.. deadlines.OrderBy(d => d.DueOn ?? LocalDate.MaxIsoValue).ThenBy(d => d.Kind)];
    }
}
