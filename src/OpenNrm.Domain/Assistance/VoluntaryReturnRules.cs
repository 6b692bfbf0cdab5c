using NodaTime;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// A voluntary return: the referral to Fedasil with IOM or Caritas International, then a reintegration plan of at
/// most a year (<see cref="ReintegrationRules"/>). A return is also an exit from the residence procedure
/// (Circular of 23 December 2016, 5.2.2); that event is recorded in the procedure itself, by its own rules.
/// </summary>
public static class VoluntaryReturnRules
{
    public static AssistanceOutcome<VoluntaryReturn> Refer(IEnumerable<VoluntaryReturn> existing, ReintegrationPartner partner, LocalDate on)
    {
        ArgumentNullException.ThrowIfNull(existing);
        if (existing.Any(r => r.Status != VoluntaryReturnStatus.Withdrawn))
        {
            return Refuse(AssistanceRefusalCode.VoluntaryReturnPending,
                "A voluntary return is already under way for this person: withdraw it before referring again.");
        }

        return new(new VoluntaryReturn(partner, on, VoluntaryReturnStatus.Referred, null, null));
    }

    /// <summary>Agrees the reintegration plan, or amends it; the year always counts from the day of return.</summary>
    public static AssistanceOutcome<VoluntaryReturn> AgreePlan(VoluntaryReturn referral, LocalDate returnOn, LocalDate endsOn)
    {
        ArgumentNullException.ThrowIfNull(referral);
        if (referral.Status == VoluntaryReturnStatus.Withdrawn)
        {
            return Withdrawn();
        }

        if (returnOn < referral.ReferredOn)
        {
            return Refuse(AssistanceRefusalCode.ReturnBeforeReferral, "The return cannot be dated before the referral to Fedasil.");
        }

        var plan = ReintegrationRules.Plan(returnOn, endsOn, referral.Partner);
        return plan.IsAccepted
            ? new(referral with { Status = VoluntaryReturnStatus.PlanAgreed, Plan = plan.Value })
            : new(plan.Refusal);
    }

    /// <summary>The person changed their mind: the referral stays on record, withdrawn.</summary>
    public static AssistanceOutcome<VoluntaryReturn> Withdraw(VoluntaryReturn referral, LocalDate on)
    {
        ArgumentNullException.ThrowIfNull(referral);
        if (referral.Status == VoluntaryReturnStatus.Withdrawn)
        {
            return Withdrawn();
        }

        if (on < referral.ReferredOn)
        {
            return Refuse(AssistanceRefusalCode.EndBeforeStart, "The withdrawal cannot be dated before the referral.");
        }

        return new(referral with { Status = VoluntaryReturnStatus.Withdrawn, WithdrawnOn = on });
    }

    private static AssistanceOutcome<VoluntaryReturn> Withdrawn() =>
        Refuse(AssistanceRefusalCode.VoluntaryReturnWithdrawn, "This voluntary return was withdrawn: refer again if the person decides to return.");

    private static AssistanceOutcome<VoluntaryReturn> Refuse(AssistanceRefusalCode code, string explanation) =>
        new(new AssistanceRefusal(code, explanation, AssistanceArticles.VoluntaryReturn));
}
