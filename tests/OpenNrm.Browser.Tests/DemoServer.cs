using Microsoft.AspNetCore.Hosting;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Browser.Tests;

/// <summary>
/// The real server on a real port, in demo mode on a fresh SQLite file (or, in <see cref="PostgresDemoServer"/>,
/// a fresh database in the throwaway PostgreSQL cluster), and Debian's Chromium driven by Playwright. Nothing is
/// downloaded: the browser is the one the test script installs.
/// </summary>
public class DemoServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "onrm-browser-" + Guid.NewGuid().ToString("N")[..10]);
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("OpenNrm:DataDirectory", _dataDirectory);
        builder.UseSetting("OpenNrm:DemoMode", PostgresConnectionString().Length == 0 ? "true" : "false");
        builder.UseSetting("OpenNrm:MasterKey", OpenNrm.Web.Security.MasterKey.NewBase64());
        builder.UseSetting("ConnectionStrings:Postgres", PostgresConnectionString());
        builder.UseSetting("OpenNrm:LoginAttemptsPerMinute", "1000");
        // The hand-made demo files only: the generated population would be written while the pages are driven, and
        // the tests name the files they open. DemoPopulationTests covers the population.
        builder.UseSetting("OpenNrm:DemoPersons", "0");
    }

    /// <summary>Demo mode seeds its accounts and files itself; a server outside demo mode gets them here.</summary>
    protected virtual Task SeedAsync() => Task.CompletedTask;

    /// <summary>Empty for the embedded SQLite database.</summary>
    protected virtual string PostgresConnectionString() => string.Empty;

    /// <summary>A new browser session signed in as the demo account of a role: password, then the code an app would show.</summary>
    public async Task<IPage> SignedInPageAsync(Role role)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "en-GB" });
        var page = await context.NewPageAsync();
        var email = DemoAccounts.EmailFor(role);
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByLabel("Authentication code").FillAsync(await CurrentCodeAsync(email));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(new Regex("Welcome"));
        return page;
    }

    public async Task<string> CurrentCodeAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var key = await users.GetAuthenticatorKeyAsync((await users.FindByEmailAsync(email))!);
        return OpenNrm.Tests.Shared.TotpCodes.NextUnused(key!);
    }

    public async Task InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        await SeedAsync();
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
