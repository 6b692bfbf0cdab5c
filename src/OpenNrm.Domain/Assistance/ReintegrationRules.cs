using NodaTime;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// Reintegration support after a voluntary return is tailor-made but limited to one year from the return. This is
/// the rule of Fedasil's programme, not of a statute. A plan may end on the first anniversary of the return; a return
/// on 29 February has its anniversary on 28 February.
/// </summary>
public static class ReintegrationRules
{
    public static readonly Period MaximumLength = Period.FromYears(1);

    public static LocalDate LatestEnd(LocalDate returnOn) => returnOn.Plus(MaximumLength);

    public static AssistanceOutcome<ReintegrationPlan> Plan(LocalDate returnOn, LocalDate endsOn, ReintegrationPartner partner)
    {
        if (endsOn < returnOn)
        {
            return Refuse(AssistanceRefusalCode.ReintegrationEndsBeforeReturn,
                $"The plan would end ({Wording.Date(endsOn)}) before the return ({Wording.Date(returnOn)}).");
        }

        var latest = LatestEnd(returnOn);
        if (endsOn > latest)
        {
            return Refuse(AssistanceRefusalCode.ReintegrationLongerThanOneYear,
                $"Reintegration support lasts at most one year from the return: the plan may end on {Wording.Date(latest)} at the latest, not {Wording.Date(endsOn)}.");
        }

        return new(new ReintegrationPlan(returnOn, endsOn, partner));
    }

    private static AssistanceOutcome<ReintegrationPlan> Refuse(AssistanceRefusalCode code, string explanation) =>
        new(new AssistanceRefusal(code, explanation, AssistanceArticles.Reintegration));
}
