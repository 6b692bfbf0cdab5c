namespace OpenNrm.Domain.Detection.Indicators;

/// <summary>
/// The six Delphi dimensions (ILO/EC 2009). Each follows one element of the Palermo Protocol definition,
/// so the overall rule can ask "act and means and purpose" dimension by dimension.
/// </summary>
public enum IndicatorDimension
{
    DeceptiveRecruitment = 1,
    CoerciveRecruitment = 2,
    RecruitmentByAbuseOfVulnerability = 3,
    ExploitativeConditions = 4,
    CoercionAtDestination = 5,
    AbuseOfVulnerabilityAtDestination = 6,
}
