using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OpenNrm.Domain.Access;
using OpenNrm.Tests.Infrastructure;
using OpenNrm.Web.Features.Cases;

namespace OpenNrm.Tests;

/// <summary>A file reference already taken is drawn again, instead of the second file failing on the unique index.</summary>
public abstract partial class CaseReferenceTests(TestApp app)
{
    [Fact]
    public async Task A_reference_already_taken_is_drawn_again()
    {
        var police = await app.UserAsync(Role.FrontlineOfficer);
        var created = await app.ApiClient(police).PostAsJsonAsync("/api/v1/cases", new { personName = "Reference Holder" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var taken = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
        var free = "NRM-2026-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

        var chosen = await app.WithScopeAsync(sp => sp.GetRequiredService<CaseReferences>().FirstFreeAsync([taken, taken, free], CancellationToken.None));

        Assert.Equal(free, chosen);
        Assert.Matches(Format(), CaseReferences.Draw(DateTimeOffset.UtcNow));
    }

    [GeneratedRegex("^NRM-[0-9]{4}-[2-9A-HJ-NP-Z]{6}$")]
    private static partial Regex Format();
}
