namespace OpenNrm.Domain.Detection;

/// <summary>The grouping that decides the residence procedure (third-country nationals only) and the Eurostat tables.</summary>
public enum CitizenshipGroup
{
    Belgian,
    OtherEu,
    ThirdCountry,
}

public static class Citizenship
{
    /// <summary>The 27 member states (ISO 3166-1 alpha-2) other than Belgium.</summary>
    private static readonly HashSet<string> OtherEuMembers =
    [
        "AT", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT",
        "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    ];

    /// <summary>
    /// From the person's nationalities: Belgian if any is Belgian, else EU if any is of a member state, else third
    /// country (a stateless person or an unknown nationality counts as third country, the protective reading).
    /// </summary>
    public static CitizenshipGroup Of(IEnumerable<string> iso2Nationalities)
    {
        var codes = iso2Nationalities.Select(c => c.Trim().ToUpperInvariant()).ToList();
        return codes.Contains("BE") ? CitizenshipGroup.Belgian
            : codes.Any(OtherEuMembers.Contains) ? CitizenshipGroup.OtherEu
            : CitizenshipGroup.ThirdCountry;
    }

    public static bool IsIso2(string code) => code.Length == 2 && code.All(char.IsAsciiLetter);
}
