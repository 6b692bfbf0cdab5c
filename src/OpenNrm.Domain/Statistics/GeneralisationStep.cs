namespace OpenNrm.Domain.Statistics;

/// <summary>
/// The steps of generalisation, in the order they are tried: the rarest and most telling characteristic first
/// (a nationality shared by few victims in a year), the one readers need most (origin at all) last.
/// </summary>
public enum GeneralisationStep
{
    NationalityToCitizenshipGroup,
    YearToFiveYearPeriod,
    AgeBandToChildOrAdult,
    CitizenshipGroupWithheld,
}
