using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace OpenNrm.Browser.Tests;

/// <summary>
/// The real server on a real port, in demo mode on a fresh SQLite file, and Debian's Chromium driven by
/// Playwright. Nothing is downloaded: the browser is the one the test script installs.
/// </summary>
public sealed class DemoServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "onrm-browser-" + Guid.NewGuid().ToString("N")[..10]);
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("OpenNrm:DataDirectory", _dataDirectory);
        builder.UseSetting("OpenNrm:DemoMode", "true");
        builder.UseSetting("ConnectionStrings:Postgres", string.Empty);
        builder.UseSetting("OpenNrm:LoginAttemptsPerMinute", "1000");
    }

    public async Task InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        BaseUrl = ClientOptions.BaseAddress.ToString().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("OPENNRM_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--no-first-run", "--disable-sync", "--disable-quic", "--disable-dev-shm-usage",
            ],
        });
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
