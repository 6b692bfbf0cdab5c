namespace OpenNrm.Domain.Detection.Indicators;

/// <summary>
/// What <see cref="IndicatorAssessment.Evaluate"/> answers: <see cref="DelphiAssessment"/>,
/// <see cref="ChecklistAssessment"/> or <see cref="AssessmentRejected"/>. Closed to this assembly so a caller's
/// pattern match over the three stays complete.
/// </summary>
public abstract record IndicatorAssessmentResult
{
    private protected IndicatorAssessmentResult()
    {
    }
}
