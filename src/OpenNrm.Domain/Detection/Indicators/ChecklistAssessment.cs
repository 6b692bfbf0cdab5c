namespace OpenNrm.Domain.Detection.Indicators;

/// <summary>
/// A checklist (ILO 11 forced-labour indicators) assessed. It only lists what is present: the ILO gives no
/// threshold, and inventing one here would dress a judgement up as a computed fact.
/// </summary>
/// <param name="Present">The distinct ticked indicators, in list order.</param>
public sealed record ChecklistAssessment(string ListId, string ListVersion, IReadOnlyList<Indicator> Present)
    : IndicatorAssessmentResult
{
    public AssessmentDisclaimer Disclaimer => AssessmentDisclaimer.DecisionSupportOnly;
}
