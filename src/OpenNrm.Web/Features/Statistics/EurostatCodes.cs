using OpenNrm.Domain.Statistics;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>
/// The codes of the Eurostat export (crim_thb): the dimension codes Eurostat's dissemination uses for sex, age and
/// citizenship, and short codes for the forms of exploitation. "TOTAL" marks a total.
/// </summary>
public static class EurostatCodes
{
    public const string Total = "TOTAL";

    public static string Sex(EurostatSex sex) => sex switch
    {
        EurostatSex.Female => "F",
        EurostatSex.Male => "M",
        EurostatSex.Unknown => "UNK",
    };

    public static string Age(EurostatAgeBand age) => age switch
    {
        EurostatAgeBand.Child => "Y_LT18",
        EurostatAgeBand.Adult => "Y_GE18",
        EurostatAgeBand.Unknown => "UNK",
    };

    public static string Citizenship(EurostatCitizenshipGroup group) => group switch
    {
        EurostatCitizenshipGroup.ReportingCountry => "NAT",
        EurostatCitizenshipGroup.OtherEu => "EU27_2020_FOR",
        EurostatCitizenshipGroup.NonEu => "NEU27_2020_FOR",
        EurostatCitizenshipGroup.Unknown => "UNK",
    };

    /// <summary>The form of exploitation; null (none recorded) is "UNK".</summary>
    public static string Form(EurostatExploitationForm? form) => form switch
    {
        EurostatExploitationForm.SexualExploitation => "SEX_EXP",
        EurostatExploitationForm.LabourExploitation => "LAB_EXP",
        EurostatExploitationForm.Begging => "BEG",
        EurostatExploitationForm.CriminalActivities => "CRIM_ACT",
        EurostatExploitationForm.OrganRemoval => "ORG_REM",
        EurostatExploitationForm.Other => "OTH",
        null => "UNK",
    };

    /// <summary>The forms in the order of the export, "UNK" last.</summary>
    public static IReadOnlyList<EurostatExploitationForm?> Forms { get; } =
        [.. Enum.GetValues<EurostatExploitationForm>().Select(f => (EurostatExploitationForm?)f), null];
}
