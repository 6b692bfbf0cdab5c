using OpenNrm.Domain.Access;
using OpenNrm.Domain.Referral;
using OpenNrm.Domain.Residence;
using OpenNrm.Domain.Statistics;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Referrals;
using OpenNrm.Web.Features.Residence;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>
/// The categories of every breakdown, in the order the tables show them, with their English words (the
/// localisation keys). Every category is listed even when empty, so a table has the same layout every year.
/// </summary>
public static class StatisticsLabels
{
    public const string NotRecordedCode = "NotRecorded";
    public const string NotRecorded = "Not recorded";
    public const string OtherNationalitiesCode = "Other";

    public static IReadOnlyList<Category<EurostatSex>> Sexes { get; } =
    [
        new(EurostatSex.Female, new("Female", "Female")),
        new(EurostatSex.Male, new("Male", "Male")),
        new(EurostatSex.Unknown, new("Unknown", NotRecorded)),
    ];

    public static IReadOnlyList<Category<EurostatAgeBand>> EurostatAges { get; } =
    [
        new(EurostatAgeBand.Child, new("Child", "Child (under 18)")),
        new(EurostatAgeBand.Adult, new("Adult", "Adult (18 or over)")),
        new(EurostatAgeBand.Unknown, new("Unknown", NotRecorded)),
    ];

    public static IReadOnlyList<Category<ImmigrationOfficeAgeBand>> ImmigrationOfficeAges { get; } =
    [
        new(ImmigrationOfficeAgeBand.Under18, new("Under18", "Under 18")),
        new(ImmigrationOfficeAgeBand.From18To25, new("From18To25", "18 to 25")),
        new(ImmigrationOfficeAgeBand.From26To30, new("From26To30", "26 to 30")),
        new(ImmigrationOfficeAgeBand.Over30, new("Over30", "Over 30")),
        new(ImmigrationOfficeAgeBand.Unknown, new("Unknown", NotRecorded)),
    ];

    public static IReadOnlyList<Category<EurostatCitizenshipGroup>> Citizenships { get; } =
    [
        new(EurostatCitizenshipGroup.ReportingCountry, new("ReportingCountry", "Belgian")),
        new(EurostatCitizenshipGroup.OtherEu, new("OtherEu", "Other EU")),
        new(EurostatCitizenshipGroup.NonEu, new("NonEu", "Outside the EU")),
        new(EurostatCitizenshipGroup.Unknown, new("Unknown", NotRecorded)),
    ];

    public static IReadOnlyList<Category<ExploitationGroup>> ExploitationGroups { get; } =
    [
        .. Enum.GetValues<ExploitationGroup>().Select(g => new Category<ExploitationGroup>(g, new(g.ToString(), Of(g)))),
    ];

    public static IReadOnlyList<Category<string>> OrganisationKinds { get; } =
    [
        .. Enum.GetValues<OrganisationKind>().Select(k => new Category<string>(k.ToString(), new(k.ToString(), RoleNames.Of(k)))),
        new(NotRecordedCode, new(NotRecordedCode, NotRecorded)),
    ];

    public static IReadOnlyList<Category<string>> Centres { get; } =
    [
        .. Enum.GetValues<SpecialisedCentre>().Select(c => new Category<string>(c.ToString(), StatLabel.Name(c.ToString(), CentreDirectory.Name(c)))),
        new(NotRecordedCode, new(NotRecordedCode, NotRecorded)),
    ];

    public static IReadOnlyList<Category<string>> JudicialDistricts { get; } =
    [
        .. Domain.Geography.JudicialDistricts.All.Select(d => new Category<string>(d, new(d, d))),
        new(NotRecordedCode, new(NotRecordedCode, NotRecorded)),
    ];

    public static IReadOnlyList<Category<ExitReason>> ExitReasons { get; } =
    [
        .. Enum.GetValues<ExitReason>().Select(r => new Category<ExitReason>(r, new(r.ToString(), Of(r)))),
    ];

    public static IReadOnlyList<Category<DocumentType>> DocumentTypes { get; } =
    [
        .. Enum.GetValues<DocumentType>().Select(t => new Category<DocumentType>(t, new(t.ToString(), ResidenceNames.Of(t)))),
    ];

    public static string Of(ExploitationGroup group) => group switch
    {
        ExploitationGroup.SexualExploitation => "Sexual exploitation",
        ExploitationGroup.LabourExploitation => "Labour exploitation",
        ExploitationGroup.Begging => "Begging",
        ExploitationGroup.CriminalActivities => "Forced criminal activities",
        ExploitationGroup.OrganRemoval => "Removal of organs",
        ExploitationGroup.Other => "Other forms of exploitation",
        ExploitationGroup.AggravatedSmuggling => "Aggravated smuggling",
        ExploitationGroup.NotRecorded => NotRecorded,
    };

    public static string Of(ExitReason reason) => reason switch
    {
        ExitReason.DocumentWithdrawnForResumedContact => "Document withdrawn: contact with the traffickers resumed",
        ExitReason.DocumentWithdrawnForLackOfCooperation => "Document withdrawn: lack of cooperation",
        ExitReason.DocumentWithdrawnForOtherReason => "Document withdrawn for another reason",
        ExitReason.DocumentRefused => "Document refused",
        ExitReason.VoluntaryReturn => "Voluntary return",
        ExitReason.ProcedureWithdrawn => "Procedure withdrawn by the centre",
        ExitReason.ProceedingsEndedWithoutConvictionOrCharges => "Proceedings ended without conviction or trafficking charges",
    };

    /// <summary>The district a place belongs to, or the "not recorded" code.</summary>
    public static string DistrictCode(string? district) =>
        district is not null && Domain.Geography.JudicialDistricts.All.Contains(district) ? district : NotRecordedCode;

    public static bool IsDistrict(string? value) => value is not null && Domain.Geography.JudicialDistricts.All.Contains(value);
}
