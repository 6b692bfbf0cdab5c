namespace OpenNrm.Domain.Detection.Indicators;

/// <summary>
/// Combines positive dimensions into an indication of trafficking (ILO/EC 2009). Adult: recruitment (any of
/// the three recruitment dimensions) and exploitative conditions and (coercion or abuse of vulnerability at
/// destination). Child: recruitment and exploitative conditions; the means at destination are not required.
/// </summary>
public static class DelphiOverallRule
{
    public static DelphiElements Elements(TargetPopulation population, IReadOnlySet<IndicatorDimension> positive)
    {
        ArgumentNullException.ThrowIfNull(positive);
        var recruitment = Status(
            positive.Contains(IndicatorDimension.DeceptiveRecruitment)
            || positive.Contains(IndicatorDimension.CoerciveRecruitment)
            || positive.Contains(IndicatorDimension.RecruitmentByAbuseOfVulnerability));
        var exploitation = Status(positive.Contains(IndicatorDimension.ExploitativeConditions));
        var meansAtDestination = population switch
        {
            TargetPopulation.Adult => Status(
                positive.Contains(IndicatorDimension.CoercionAtDestination)
                || positive.Contains(IndicatorDimension.AbuseOfVulnerabilityAtDestination)),
            TargetPopulation.Child => ElementStatus.NotRequired,
        };
        return new(recruitment, exploitation, meansAtDestination);
    }

    public static bool IndicationsPresent(TargetPopulation population, IReadOnlySet<IndicatorDimension> positive) =>
        Elements(population, positive).AllSatisfied;

    private static ElementStatus Status(bool met) => met ? ElementStatus.Met : ElementStatus.NotMet;
}
