namespace OpenNrm.Domain.Statistics;

/// <summary>
/// A row of a k-anonymous release. A characteristic that was generalised has its finer value null and keeps only
/// its coarser one: <see cref="AgeBand"/> null leaves <see cref="AgeGroup"/>; <see cref="Nationality"/> null
/// leaves <see cref="Citizenship"/>, and both null means the origin is withheld; <see cref="Period"/> is a single
/// year until the year is generalised. An unknown value and a generalised one read the same, which is true: in
/// both cases the release says nothing finer.
/// </summary>
public sealed record ReleasedRow(
    ImmigrationOfficeAgeBand? AgeBand,
    EurostatAgeBand AgeGroup,
    EurostatSex Sex,
    string? Nationality,
    EurostatCitizenshipGroup? Citizenship,
    EurostatExploitationForm? Exploitation,
    YearPeriod Period);
