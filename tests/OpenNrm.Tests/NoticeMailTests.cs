using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenNrm.Domain.Access;
using OpenNrm.Tests.Infrastructure;
using OpenNrm.Web.Features.Deadlines;
using OpenNrm.Web.Features.Notices;

namespace OpenNrm.Tests;

/// <summary>
/// Deadline notices e-mailed through a real SMTP server: each notice once, to the organisation's readers of notices,
/// with the file reference and never the person's name; a relay that is down leaves the notice to the next pass.
/// </summary>
public sealed class NoticeMailTests(MailingSqliteApp app) : IClassFixture<MailingSqliteApp>
{
    [Fact]
    public async Task A_deadline_notice_is_mailed_once_to_the_centre_without_the_persons_name_and_retried_when_the_relay_is_down()
    {
        var caseworker = await app.UserAsync(Role.CentreCaseworker);
        var reference = (await ReflectionProcedures.OpenAsync(app, caseworker, "Mailed Person", daysAgo: 40)).Reference;
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
        var second = (await ReflectionProcedures.OpenAsync(app, caseworker, "Second Person", daysAgo: 40)).Reference;
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
        app.WithScopeAsync(sp => sp.GetRequiredService<DeadlineSweep>().RunAsync(null, everyPending: false, CancellationToken.None));

    private async Task<int> UnsentAsync(string reference)
    {
        var count = 0;
        await app.WithDbAsync(async db => count = await db.Notices.CountAsync(n => n.CaseReference == reference && n.EmailedAt == null));
        return count;
    }
}
