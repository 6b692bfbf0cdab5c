namespace OpenNrm.Domain.Statistics;

/// <summary>
/// One person in a microdata release, reduced to the characteristics that could identify them in combination
/// (quasi-identifiers). Names, dates of birth, places and case numbers never enter it.
/// </summary>
/// <param name="Nationality">ISO 3166-1 alpha-2 of the main nationality, or null when unknown.</param>
/// <param name="Exploitation">Eurostat's form of the main purpose of exploitation, or null when none is recorded.</param>
/// <param name="Year">The reference year of the counted event.</param>
public sealed record MicrodataRow(
    ImmigrationOfficeAgeBand AgeBand,
    EurostatSex Sex,
    string? Nationality,
    EurostatCitizenshipGroup Citizenship,
    EurostatExploitationForm? Exploitation,
    int Year);
