using OpenNrm.Domain.Detection;

namespace OpenNrm.Domain.Tests.Detection;

public sealed class LegalDutiesTests
{
    private const LegalDutyKind Inform = LegalDutyKind.InformPerson;
    private const LegalDutyKind Prosecutor = LegalDutyKind.NotifyProsecutor;
    private const LegalDutyKind Centre = LegalDutyKind.ReferToSpecialisedCentre;
    private const LegalDutyKind Immigration = LegalDutyKind.SendAdministrativeReportToImmigrationOffice;
    private const LegalDutyKind Guardian = LegalDutyKind.ReportToGuardianshipService;

    public static TheoryData<DetectingService, CitizenshipGroup, bool, bool, LegalDutyKind[]> Cases => new()
    {
        { DetectingService.Police, CitizenshipGroup.ThirdCountry, false, false, [Inform, Prosecutor, Centre, Immigration] },
        { DetectingService.Police, CitizenshipGroup.OtherEu, false, false, [Inform, Prosecutor, Centre] },
        { DetectingService.Police, CitizenshipGroup.Belgian, false, false, [Inform, Prosecutor, Centre] },
        { DetectingService.SocialOrLabourInspection, CitizenshipGroup.ThirdCountry, false, false, [Inform, Prosecutor, Centre, Immigration] },
        { DetectingService.Police, CitizenshipGroup.ThirdCountry, true, true, [Inform, Prosecutor, Centre, Immigration, Guardian] },
        { DetectingService.Police, CitizenshipGroup.ThirdCountry, true, false, [Inform, Prosecutor, Centre, Immigration] },
        { DetectingService.OtherFrontlineService, CitizenshipGroup.ThirdCountry, false, false, [Inform] },
        { DetectingService.OtherFrontlineService, CitizenshipGroup.OtherEu, true, true, [Inform, Guardian] },
        { DetectingService.OtherFrontlineService, CitizenshipGroup.Belgian, true, true, [Inform] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_duties_follow_the_service_and_the_person(DetectingService service, CitizenshipGroup citizenship, bool minor, bool unaccompanied, LegalDutyKind[] expected)
    {
        var duties = LegalDuties.For(service, new DetectedPersonFacts(citizenship, minor, unaccompanied));
        Assert.Equal(expected, duties.Select(d => d.Kind));
        Assert.All(duties, d => Assert.StartsWith("Circular of 23 December 2016", d.Basis.Citation, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new[] { "NG" }, CitizenshipGroup.ThirdCountry)]
    [InlineData(new[] { "ro" }, CitizenshipGroup.OtherEu)]
    [InlineData(new[] { "MA", "BE" }, CitizenshipGroup.Belgian)]
    [InlineData(new[] { "UA", "PL" }, CitizenshipGroup.OtherEu)]
    [InlineData(new string[0], CitizenshipGroup.ThirdCountry)]
    [InlineData(new[] { "GB" }, CitizenshipGroup.ThirdCountry)]
    public void Citizenship_groups_follow_the_strongest_nationality(string[] nationalities, CitizenshipGroup expected) =>
        Assert.Equal(expected, Citizenship.Of(nationalities));
}
