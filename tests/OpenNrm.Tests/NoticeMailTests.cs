using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenNrm.Domain.Access;
using OpenNrm.Tests.Infrastructure;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Deadlines;
using OpenNrm.Web.Features.Notices;

namespace OpenNrm.Tests;

/// <summary>
/// Deadline notices e-mailed through a real SMTP server: each notice once, to the organisation's readers of notices,
/// with the file reference and never the person's name; a relay that is down leaves the notice to the next pass.
/// </summary>
public sealed class NoticeMailTests(MailingSqliteApp app) : IClassFixture<MailingSqliteApp>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels")).DateTime);

    [Fact]
    public async Task A_deadline_notice_is_mailed_once_to_the_centre_without_the_persons_name_and_retried_when_the_relay_is_down()
    {
        var caseworker = await app.UserAsync(Role.CentreCaseworker);
        var reference = await ProcedureWithReflectionDocumentAsync(caseworker, "Mailed Person", daysAgo: 40);
        await SweepAsync();

        Assert.Equal(1, await SendAsync());
        var message = Assert.Single(app.Smtp.Messages());
        Assert.Contains($"Subject: OpenNRM: {reference}", message, StringComparison.Ordinal);
        Assert.Contains("X-MailFrom: notices@opennrm.test", message, StringComparison.Ordinal);
        Assert.Contains(caseworker.Email, Header(message, "X-RcptTo"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Sign in to OpenNRM", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Mailed Person", message, StringComparison.Ordinal);
        // Recipients travel in the envelope only: no reader learns who else was told.
        Assert.DoesNotContain("Bcc:", message, StringComparison.OrdinalIgnoreCase);

        // Sent once: a second pass has nothing to send.
        Assert.Equal(0, await SendAsync());
        Assert.Single(app.Smtp.Messages());

        // The relay is down: the new notice stays unsent in the application, and goes out once the relay is back.
        app.Smtp.Stop();
        var second = await ProcedureWithReflectionDocumentAsync(caseworker, "Second Person", daysAgo: 40);
        await SweepAsync();
        Assert.Equal(0, await SendAsync());
        Assert.Equal(1, await UnsentAsync(second));
        app.Smtp.Start();
        Assert.Equal(1, await SendAsync());
        Assert.Equal(0, await UnsentAsync(second));
        Assert.Contains(app.Smtp.Messages(), m => m.Contains($"Subject: OpenNRM: {second}", StringComparison.Ordinal));
    }

    private static string Header(string message, string name) =>
        message.Split('\n').Select(l => l.TrimEnd('\r')).First(l => l.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase));

    private Task<int> SendAsync() => app.WithScopeAsync(sp => sp.GetRequiredService<NoticeMailer>().SendPendingAsync(CancellationToken.None));

    private Task<SweepResult> SweepAsync() =>
        app.WithScopeAsync(sp => sp.GetRequiredService<DeadlineSweep>().RunAsync(null, CancellationToken.None));

    private async Task<int> UnsentAsync(string reference)
    {
        var count = 0;
        await app.WithDbAsync(async db => count = await db.Notices.CountAsync(n => n.CaseReference == reference && n.EmailedAt == null));
        return count;
    }

    /// <summary>A reflection document issued <paramref name="daysAgo"/> days ago; returns the file's reference.</summary>
    private async Task<string> ProcedureWithReflectionDocumentAsync(TestUser centre, string name, int daysAgo)
    {
        var opened = Today.AddDays(-daysAgo);
        var file = await (await app.ApiClient(centre).PostAsJsonAsync("/api/v1/cases", new { personName = name })).Content.ReadFromJsonAsync<JsonElement>();
        var created = await app.ApiClient(centre).PostAsJsonAsync("/api/v1/procedures",
            new { caseId = file.GetProperty("id").GetGuid(), openedOn = opened, thirdCountryNational = true, unaccompaniedMinor = false, prosecutorOfficeId = BelgianReferenceData.IdFor("PROS-BXL") });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var procedure = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var immigration = await app.UserAsync(Role.ImmigrationThbOfficer);
        var issued = await app.ApiClient(immigration).PostAsJsonAsync($"/api/v1/procedures/{procedure}/events",
            new { kind = "DocumentIssued", date = opened, documentType = "Annex15ReflectionDocument" });
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        return file.GetProperty("reference").GetString()!;
    }
}
