using NodaTime;
using OpenNrm.Domain.Detection;
using OpenNrm.Domain.Statistics;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>The forms of exploitation of the national tables: Eurostat's forms, aggravated smuggling, and "not recorded".</summary>
public enum ExploitationGroup
{
    SexualExploitation,
    LabourExploitation,
    Begging,
    CriminalActivities,
    OrganRemoval,
    Other,
    AggravatedSmuggling,
    NotRecorded,
}

/// <summary>
/// Places a person in the categories of a breakdown, with the domain's rules (age bands, sex, citizenship, Eurostat
/// forms). A person counts once per table, so a person with several suspected purposes is placed by the main one.
/// </summary>
public static class Breakdowns
{
    /// <summary>
    /// The main purpose is the first trafficking purpose the officer recorded; aggravated smuggling only when nothing
    /// else was recorded, since a person exploited as well as smuggled is a victim of trafficking.
    /// </summary>
    public static ExploitationGroup Exploitation(PersonProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (EurostatFormOf(profile) is { } form)
        {
            return GroupOf(form);
        }

        return profile.Purposes.Contains(ExploitationPurpose.AggravatedSmuggling) ? ExploitationGroup.AggravatedSmuggling : ExploitationGroup.NotRecorded;
    }

    public static ExploitationGroup GroupOf(EurostatExploitationForm form) => form switch
    {
        EurostatExploitationForm.SexualExploitation => ExploitationGroup.SexualExploitation,
        EurostatExploitationForm.LabourExploitation => ExploitationGroup.LabourExploitation,
        EurostatExploitationForm.Begging => ExploitationGroup.Begging,
        EurostatExploitationForm.CriminalActivities => ExploitationGroup.CriminalActivities,
        EurostatExploitationForm.OrganRemoval => ExploitationGroup.OrganRemoval,
        EurostatExploitationForm.Other => ExploitationGroup.Other,
    };

    /// <summary>Eurostat's form of the main trafficking purpose, or null when none is recorded.</summary>
    public static EurostatExploitationForm? EurostatFormOf(PersonProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.Purposes.Select(EurostatExploitation.Of).FirstOrDefault(f => f is not null);
    }

    /// <summary>
    /// Whether the person belongs in Eurostat's trafficking tables: not when aggravated smuggling is the only
    /// purpose recorded (the domain's rule).
    /// </summary>
    public static bool InEurostatTables(PersonProfile profile) =>
        EurostatFormOf(profile) is not null || !profile.Purposes.Contains(ExploitationPurpose.AggravatedSmuggling);

    public static EurostatAgeBand EurostatAge(PersonProfile profile, LocalDate on)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var age = AgeBands.AgeOn(profile.Age, on);
        return age is null && profile.JudgedMinor ? EurostatAgeBand.Child : AgeBands.Eurostat(age);
    }

    /// <summary>Without a birth date or an estimate, an officer's "minor" is taken at its word: the protective reading.</summary>
    public static ImmigrationOfficeAgeBand ImmigrationOfficeAge(PersonProfile profile, LocalDate on)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var age = AgeBands.AgeOn(profile.Age, on);
        return age is null && profile.JudgedMinor ? ImmigrationOfficeAgeBand.Under18 : AgeBands.ImmigrationOffice(age);
    }
}
