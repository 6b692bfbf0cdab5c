using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenNrm.Domain.Access;
using OpenNrm.Tests.Infrastructure;

namespace OpenNrm.Tests;

/// <summary>The real host with a clock the test moves: a session ends after 20 idle minutes, and after 10 hours whatever happens.</summary>
public sealed class ClockedApp() : TestApp(Provider.Sqlite)
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>Each test gets its own host, because a fake clock only moves forward and the sign-in needs real time.</summary>
public sealed class SessionTimeoutTests
{
    [Fact]
    public async Task A_session_idle_for_longer_than_twenty_minutes_ends()
    {
        await using var app = new ClockedApp();
        var session = await SignedInAsync(app);
        app.Clock.Advance(TimeSpan.FromMinutes(19));
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/")).StatusCode);
        app.Clock.Advance(TimeSpan.FromMinutes(21));
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task An_active_session_still_ends_after_ten_hours()
    {
        await using var app = new ClockedApp();
        var session = await SignedInAsync(app);
        for (var minutes = 15; minutes <= 9 * 60 + 45; minutes += 15)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(15));
            Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/")).StatusCode);
        }

        app.Clock.Advance(TimeSpan.FromMinutes(16));
        var response = await session.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static async Task<BrowserSession> SignedInAsync(ClockedApp app)
    {
        // Sign in at real time (the test's authenticator uses the real clock), then let the server's clock move.
        var user = await app.CreateUserAsync(Role.Auditor, "SYSADMIN");
        // The server's clock stood still while the host started; on a busy machine that can outlast a code's window.
        app.Clock.SetUtcNow(DateTimeOffset.UtcNow);
        var session = new BrowserSession(app.BrowserClient());
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(user)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/")).StatusCode);
        return session;
    }
}
