using OpenNrm.Domain.Detection;

namespace OpenNrm.Web.Features.Synthetic;

/// <summary>
/// One nationality of the synthetic population: its share of the victims, the languages its people speak (most
/// used first, which the referral routing reads for minors), what they are most often exploited for, and name
/// pools. The names are common names of the country, combined at random: they belong to nobody.
/// </summary>
internal sealed record Nationality(
    string Code,
    double Share,
    string[] Languages,
    Weighted<ExploitationPurpose> Exploitation,
    string[] MaleNames,
    string[] FemaleNames,
    string[] FamilyNames)
{
    public static Nationality Of(string code, double share, string languages, string exploitation, string male, string female, string family) =>
        new(code, share, languages.Split(','), Mix(exploitation), Split(male), Split(female), Split(family));

    /// <summary>"Labour 55, Sexual 15": the purposes of Criminal Code art. 433quinquies with their relative weights.</summary>
    private static Weighted<ExploitationPurpose> Mix(string spec) =>
        new([.. spec.Split(',').Select(part => part.Trim().Split(' ')).Select(p => (Purpose(p[0]), double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)))]);

    private static ExploitationPurpose Purpose(string word) => word switch
    {
        "Labour" => ExploitationPurpose.LabourExploitation,
        "Sexual" => ExploitationPurpose.SexualExploitation,
        "Begging" => ExploitationPurpose.Begging,
        "Criminality" => ExploitationPurpose.ForcedCriminality,
        "Smuggling" => ExploitationPurpose.AggravatedSmuggling,
        "Organs" => ExploitationPurpose.OrganRemoval,
        _ => ExploitationPurpose.Other,
    };

    private static string[] Split(string names) => [.. names.Split(',').Select(n => n.Trim())];
}
