using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenNrm.Domain.Access;
using OpenNrm.Tests.Infrastructure;

namespace OpenNrm.Tests;

/// <summary>Decision support on the spot: the indicator rule, and the duties of the caller's own service.</summary>
public abstract class DetectionTests(TestApp app)
{
    private const string AdultLabour = "ilo-ec-delphi-adult-labour";

    [Fact]
    public async Task A_police_officer_sees_indications_and_the_four_duties_for_a_third_country_national()
    {
        var police = await app.UserAsync(Role.FrontlineOfficer);
        var response = await app.ApiClient(police).PostAsJsonAsync("/api/v1/detection-assessments", new
        {
            listId = AdultLabour,
            presentIndicators = new[] { "ADL-DR-S1", "ADL-DR-M1", "ADL-EX-S1", "ADL-EX-M1", "ADL-CD-S1", "ADL-CD-S2" },
            nationalities = new[] { "NG" },
            minor = false,
            unaccompanied = false,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(result.GetProperty("indicationsPresent").GetBoolean());
        Assert.Equal("ThirdCountry", result.GetProperty("citizenship").GetString());
        Assert.Equal(["InformPerson", "NotifyProsecutor", "ReferToSpecialisedCentre", "SendAdministrativeReportToImmigrationOffice"],
            result.GetProperty("duties").EnumerateArray().Select(d => d.GetProperty("kind").GetString()!).ToArray());
        Assert.Contains("61/3 §2", result.GetProperty("identificationBasis").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_guardian_meeting_an_unaccompanied_minor_reports_to_the_guardianship_service()
    {
        var guardian = await app.UserAsync(Role.GuardianshipOfficer);
        var result = await (await app.ApiClient(guardian).PostAsJsonAsync("/api/v1/detection-assessments", new
        {
            listId = AdultLabour, presentIndicators = Array.Empty<string>(), nationalities = new[] { "AF" }, minor = true, unaccompanied = true,
        })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(result.GetProperty("indicationsPresent").GetBoolean());
        Assert.Equal(["InformPerson", "ReportToGuardianshipService"], result.GetProperty("duties").EnumerateArray().Select(d => d.GetProperty("kind").GetString()!).ToArray());
    }

    [Theory]
    [InlineData("{\"listId\":\"no-such-list\"}", "listId")]
    [InlineData("{\"listId\":\"ilo-ec-delphi-adult-labour\",\"presentIndicators\":[\"ADL-XX-S9\"]}", "presentIndicators")]
    [InlineData("{\"listId\":\"ilo-ec-delphi-adult-labour\",\"nationalities\":[\"Nigeria\"]}", "nationalities")]
    public async Task Bad_input_names_the_field(string body, string field)
    {
        var police = await app.UserAsync(Role.FrontlineOfficer);
        var response = await app.ApiClient(police).PostAsync("/api/v1/detection-assessments", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        await ApiAccessTests.AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task The_indicator_lists_are_served_with_dimension_and_strength()
    {
        var police = await app.UserAsync(Role.FrontlineOfficer);
        var lists = await app.ApiClient(police).GetFromJsonAsync<JsonElement>("/api/v1/indicator-lists");
        var adult = lists.EnumerateArray().Single(l => l.GetProperty("id").GetString() == AdultLabour);
        var first = adult.GetProperty("indicators")[0];
        Assert.Equal("DeceptiveRecruitment", first.GetProperty("dimension").GetString());
        Assert.Equal("Strong", first.GetProperty("strength").GetString());
    }
}
