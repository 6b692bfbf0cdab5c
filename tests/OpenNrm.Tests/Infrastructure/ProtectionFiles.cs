using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace OpenNrm.Tests.Infrastructure;

/// <summary>The protection check's tests: a file made by a signal, and whether the database marked it and its keys.</summary>
public static class ProtectionFiles
{
    /// <summary>A signal of one person recorded through the API; the person's file.</summary>
    public static async Task<Guid> SignalAsync(TestApp app, TestUser police, string name, string nationality, string? aliases = null)
    {
        var response = await app.ApiClient(police).PostAsJsonAsync("/api/v1/signals", new
        {
            detectedAt = DateTimeOffset.UtcNow.AddHours(-2),
            municipality = "Liège",
            postalCode = "4000",
            context = "PoliceControl",
            persons = new object[] { new { name, aliases, estimatedAge = 25, nationalities = new[] { nationality } } },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("persons")[0].GetProperty("caseId").GetGuid();
    }

    /// <summary>The file is marked as able to protect (or not), and so is each of its name keys; it has some.</summary>
    public static async Task AssertMarkedAsync(TestApp app, Guid file, bool expected)
    {
        var (marked, markedKeys, keys) = await app.WithDbAsync(async db => (
            await db.Cases.Where(c => c.Id == file).Select(c => c.MayProtect).SingleAsync(),
            await db.CaseNameKeys.CountAsync(k => k.CaseId == file && k.MayProtect),
            await db.CaseNameKeys.CountAsync(k => k.CaseId == file)));
        Assert.Equal(expected, marked);
        Assert.True(keys > 0, "the file has no name keys");
        Assert.Equal(expected ? keys : 0, markedKeys);
    }
}
