using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Tests.Infrastructure;

/// <summary>A procedure whose reflection document was issued some days ago: the legal clock the deadline tests watch.</summary>
public static class ReflectionProcedures
{
    /// <summary>A file opened by the centre, its procedure opened and the reflection document issued <paramref name="daysAgo"/> days ago.</summary>
    public static async Task<(Guid Procedure, string Reference)> OpenAsync(TestApp app, TestUser centre, string name, int daysAgo)
    {
        var opened = LegalToday.Date.AddDays(-daysAgo);
        var file = await (await app.ApiClient(centre).PostAsJsonAsync("/api/v1/cases", new { personName = name })).Content.ReadFromJsonAsync<JsonElement>();
        var created = await app.ApiClient(centre).PostAsJsonAsync("/api/v1/procedures",
            new { caseId = file.GetProperty("id").GetGuid(), openedOn = opened, thirdCountryNational = true, unaccompaniedMinor = false, prosecutorOfficeId = BelgianReferenceData.IdFor("PROS-BXL") });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var procedure = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var immigration = await app.UserAsync(Role.ImmigrationThbOfficer);
        var issued = await app.ApiClient(immigration).PostAsJsonAsync($"/api/v1/procedures/{procedure}/events",
            new { kind = "DocumentIssued", date = opened, documentType = "Annex15ReflectionDocument" });
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        return (procedure, file.GetProperty("reference").GetString()!);
    }
}
