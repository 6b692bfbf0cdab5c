namespace OpenNrm.Domain.Detection.Indicators;

/// <summary>A Delphi list assessed: every dimension, the elements, and whether indications are present.</summary>
/// <param name="Dimensions">All six dimensions, in <see cref="IndicatorDimension"/> order.</param>
public sealed record DelphiAssessment(
    string ListId,
    string ListVersion,
    TargetPopulation Population,
    IReadOnlyList<DimensionResult> Dimensions,
    DelphiElements Elements) : IndicatorAssessmentResult
{
    public bool IndicationsPresent => Elements.AllSatisfied;

    public AssessmentDisclaimer Disclaimer => AssessmentDisclaimer.DecisionSupportOnly;

    public DimensionResult Dimension(IndicatorDimension dimension) => Dimensions.Single(d => d.Dimension == dimension);
}
