using System.Text;

namespace OpenNrm.Web.Features.Statistics.Microdata;

/// <summary>One column of the release: its name, the HTCDS 2.0 field it carries, its values and where they come from.</summary>
public sealed record HtcdsField(string Column, string Standard, string Values, string Derivation, string Generalisation);

/// <summary>
/// The data dictionary of the HTCDS microdata release, written once: the file's header, the downloadable document
/// and docs/statistics.md all follow this list. Field names follow IOM's Human Trafficking Case Data Standard 2.0
/// (Gender, Citizenship, TypeOfExploitation) and, where HTCDS keeps a detail a release must not (a birth date, an age
/// in years), the broad variables of the Counter-Trafficking Data Collaborative's k-anonymised dataset
/// (yearOfRegistration, ageBroad, majorityStatus).
/// </summary>
public static class HtcdsDictionary
{
    public const string Standard = "HTCDS 2.0";

    public static IReadOnlyList<HtcdsField> Fields { get; } =
    [
        new("YearOfRegistration", "CTDC yearOfRegistration",
            "a year (2023) or a five-year period (2020-2024)",
            "Year, in Brussels, of the first signal of the person's file: the person is registered once, in that year.",
            "Widened to its five-year period (starting at a year divisible by 5) when the year leaves a group smaller than k."),
        new("Gender", "HTCDS prs_Gender",
            "Feminine, Masculine, NonSpecifiedUnknown",
            "The gender the detecting officer recorded on the first signal. A transgender person is released in the gender of their identity and a non-conforming gender as NonSpecifiedUnknown, as in the published tables: separate values would hold a handful of persons.",
            "Never generalised."),
        new("AgeBroad", "CTDC ageBroad (HTCDS AgeWhenTrafficked, in bands)",
            "0-17, 18-25, 26-30, 31+, or empty",
            "Age on the day of the first signal, in the Immigration Office's bands (from the birth date, else the officer's estimate; an officer's \"minor\" without either counts as 0-17).",
            "Emptied, leaving MajorityStatus, when the band leaves a group smaller than k. Empty also when the age is not recorded."),
        new("MajorityStatus", "CTDC majorityStatus",
            "Minor, Adult, Unknown",
            "Under 18 or not on the day of the first signal.",
            "Never generalised."),
        new("Citizenship", "HTCDS prs_Citizenship (first recorded, ISO 3166-1 alpha-2)",
            "a two-letter code, or empty",
            "The first nationality the officer recorded.",
            "Emptied, leaving CitizenshipGroup, when the nationality leaves a group smaller than k. Empty also when no nationality is recorded."),
        new("CitizenshipGroup", "Eurostat citizenship (crim_thb), an OpenNRM addition",
            "NAT (Belgian), EU27_2020_FOR (other EU), NEU27_2020_FOR (outside the EU), UNK, or empty",
            "From all recorded nationalities: Belgian first, then another member state, then outside the Union.",
            "Emptied too (origin withheld) when even the group leaves a group smaller than k."),
        new("TypeOfExploitation", "HTCDS vic_TypeOfExploitation",
            "SexualExploitation, ForcedLabour, Other, or empty",
            "The main purpose the officer recorded (the first trafficking purpose of Criminal Code art. 433quinquies §1); begging, forced criminality, removal of organs and other forms are Other. Empty when no purpose is recorded.",
            "Never generalised."),
        new("FormOfExploitation", "Eurostat form of exploitation (crim_thb), an OpenNRM addition",
            "SEX_EXP, LAB_EXP, BEG, CRIM_ACT, ORG_REM, OTH, UNK",
            "The same main purpose in Eurostat's detail.",
            "Never generalised."),
    ];

    /// <summary>The HTCDS 2.0 fields OpenNRM records but does not release, and why.</summary>
    public static IReadOnlyList<(string Field, string Reason)> NotReleased { get; } =
    [
        ("prs_FirstName, prs_SecondName, prs_Birthdate, contact and address fields", "Direct identifiers: never part of a release."),
        ("TraffickingStatus (possible or actual victim)", "Identified victims are few each year (116 in 2013): the status would split most groups below k. The published tables give the identified victims' figures."),
        ("vic_MethodsOfControl, vic_MethodOfRecruitment, locations", "Not recorded in a structured form in OpenNRM (the circumstances are free text, encrypted, and never leave the system)."),
        ("cas_Status, referral fields", "Process fields of a case, not characteristics of a victim; each would be another quasi-identifier."),
    ];

    /// <summary>The dictionary as a Markdown document, shipped with every release and downloadable on its own.</summary>
    public static string Markdown(int k, int floor)
    {
        var md = new StringBuilder();
        md.Append("# OpenNRM microdata release: data dictionary (").Append(Standard).Append(")\n\n");
        md.Append("One row per person (file) registered in the period. Every combination of the columns below is shared by at least k = ")
            .Append(k).Append(" rows (never less than ").Append(floor)
            .Append("). Rows in smaller groups were first generalised (nationality to its group, year to its five-year period, age band to child or adult, origin withheld), then left out. ")
            .Append("release.json gives how many rows were generalised and left out. An empty value means \"not recorded or generalised\": the release says nothing finer.\n\n");
        md.Append("| column | standard | values | from OpenNRM | generalisation |\n|---|---|---|---|---|\n");
        foreach (var f in Fields)
        {
            md.Append("| ").AppendJoin(" | ", f.Column, f.Standard, f.Values, f.Derivation, f.Generalisation).Append(" |\n");
        }

        md.Append("\n## Not released\n\n| field | why |\n|---|---|\n");
        foreach (var (field, reason) in NotReleased)
        {
            md.Append("| ").Append(field).Append(" | ").Append(reason).Append(" |\n");
        }

        return md.ToString();
    }
}
