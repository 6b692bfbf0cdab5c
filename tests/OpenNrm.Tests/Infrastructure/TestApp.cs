using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Security;

namespace OpenNrm.Tests.Infrastructure;

public enum Provider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// The real host (Program), on a fresh database of the given provider, with its own master key. Tests reach it
/// through HTTP; helpers create accounts and tokens through the same services the command line uses.
/// </summary>
public abstract class TestApp : WebApplicationFactory<Program>
{
    public const string Password = "correct horse battery staple 42";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "onrm-test-" + Guid.NewGuid().ToString("N")[..10]);
    private readonly string? _postgres;
    private readonly Dictionary<Role, TestUser> _users = [];
    private readonly SemaphoreSlim _userLock = new(1, 1);

    protected TestApp(Provider provider)
    {
        Provider = provider;
        _postgres = provider == Provider.Postgres ? PostgresCluster.NewDatabase() : null;
    }

    public Provider Provider { get; }

    public string MasterKeyBase64 { get; } = MasterKey.NewBase64();

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["OpenNrm:DataDirectory"] = _dataDirectory,
        ["OpenNrm:MasterKey"] = MasterKeyBase64,
        ["OpenNrm:DemoMode"] = "false",
        ["OpenNrm:LoginAttemptsPerMinute"] = "10000",
        // Tests run the sweep themselves, when they choose; a background pass would race their counts.
        ["OpenNrm:Deadlines:SweepInterval"] = "00:00:00",
        ["OpenNrm:Referrals:EscalationInterval"] = "00:00:00",
        ["OpenNrm:Retention:PurgeInterval"] = "00:00:00",
        ["ConnectionStrings:Postgres"] = _postgres ?? string.Empty,
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task WithDbAsync(Func<AppDbContext, Task> action) =>
        WithScopeAsync(async sp =>
        {
            await action(sp.GetRequiredService<AppDbContext>());
            return 0;
        });

    public Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> query) =>
        WithScopeAsync(sp => query(sp.GetRequiredService<AppDbContext>()));

    /// <summary>One enrolled account per role (cached), seated in the role's usual organisation.</summary>
    public async Task<TestUser> UserAsync(Role role)
    {
        await _userLock.WaitAsync();
        try
        {
            if (!_users.TryGetValue(role, out var user))
            {
                user = await CreateUserAsync(role, BelgianReferenceData.DemoSeats[role]);
                _users[role] = user;
            }

            return user;
        }
        finally
        {
            _userLock.Release();
        }
    }

    public Task<TestUser> CreateUserAsync(Role role, string organisationCode, bool enrolled = true) =>
        WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var email = $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid().ToString("N")[..6]}@test.opennrm.local";
            var user = new AppUser
            {
                Id = Guid.CreateVersion7(),
                UserName = email,
                Email = email,
                DisplayName = "Test " + role,
                OrganisationId = BelgianReferenceData.IdFor(organisationCode),
            };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, role.ToString()));
            string? key = null;
            if (enrolled)
            {
                Check(await users.ResetAuthenticatorKeyAsync(user));
                Check(await users.SetTwoFactorEnabledAsync(user, true));
                key = await users.GetAuthenticatorKeyAsync(user);
            }

            var token = await sp.GetRequiredService<ApiTokens>().CreateAsync(email, 1, "test");
            return new TestUser(user.Id, email, role, user.OrganisationId, key, token.Secret, token.Id);
        });

    public HttpClient ApiClient(TestUser? user)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (user is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
        }

        return client;
    }

    public HttpClient BrowserClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _userLock.Dispose();
        if (disposing && Directory.Exists(_dataDirectory))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}

public sealed record TestUser(Guid Id, string Email, Role Role, Guid OrganisationId, string? AuthenticatorKey, string Token, Guid TokenId)
{
    /// <summary>The code an authenticator app would show now (or the next one, if this one was used).</summary>
    public string CurrentCode() => OpenNrm.Tests.Shared.TotpCodes.NextUnused(AuthenticatorKey!);
}

public sealed class SqliteApp() : TestApp(Provider.Sqlite);

public sealed class PostgresApp() : TestApp(Provider.Postgres);
