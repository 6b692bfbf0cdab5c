using OpenNrm.Domain.Detection;

namespace OpenNrm.Domain.Statistics;

/// <summary>Eurostat's citizenship breakdown (crim_thb), seen from Belgium as the reporting country.</summary>
public enum EurostatCitizenshipGroup
{
    ReportingCountry,
    OtherEu,
    NonEu,
    Unknown,
}

public static class EurostatCitizenship
{
    public const string ReportingCountry = "BE";

    /// <summary>
    /// From the person's nationalities (ISO 3166-1 alpha-2): a person with several counts once, Belgian first, then
    /// another member state, then outside the Union, the same order <see cref="Citizenship"/> uses for the
    /// procedure. Unlike the procedure, which reads an unknown nationality as third country to protect the person,
    /// a table must not guess: no recognisable code gives <see cref="EurostatCitizenshipGroup.Unknown"/>.
    /// </summary>
    public static EurostatCitizenshipGroup Of(IEnumerable<string?> iso2Nationalities)
    {
        ArgumentNullException.ThrowIfNull(iso2Nationalities);
        var codes = iso2Nationalities
            .Select(c => c?.Trim() ?? string.Empty)
            .Where(Citizenship.IsIso2)
            .ToList();
        if (codes.Count == 0)
        {
            return EurostatCitizenshipGroup.Unknown;
        }

        return Citizenship.Of(codes) switch
        {
            CitizenshipGroup.Belgian => EurostatCitizenshipGroup.ReportingCountry,
            CitizenshipGroup.OtherEu => EurostatCitizenshipGroup.OtherEu,
            CitizenshipGroup.ThirdCountry => EurostatCitizenshipGroup.NonEu,
        };
    }

    public static EurostatCitizenshipGroup Of(string? iso2Nationality) => Of([iso2Nationality]);
}
