using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Audit;
using OpenNrm.Tests.Infrastructure;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Demo;
using OpenNrm.Web.Features.Synthetic;

namespace OpenNrm.Tests;

/// <summary>
/// The demo's generated population (SQLite: demo mode never runs on PostgreSQL): made in the background of the
/// first start beside the hand-made files, its trail sealed, seen by the centres it was referred to, and made once.
/// </summary>
public sealed class DemoPopulationTests : IDisposable
{
    private const int Persons = 40;
    private readonly DemoApp _app = new(Persons);

    [Fact]
    public async Task A_demos_first_start_adds_its_generated_persons_in_the_background_once_and_each_centre_sees_those_referred_to_it()
    {
        var caseworker = await _app.UserAsync(Role.CentreCaseworker);
        await WaitForPopulationAsync();

        Assert.Equal(Persons, await CountAsync(SyntheticDataGuard.SyntheticPrefix));
        Assert.Equal(24, await CountAsync(SyntheticDataGuard.DemoPrefix));
        var verification = await _app.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<AuditSealer>().SealPendingAsync();
            return await sp.GetRequiredService<AuditVerifier>().VerifyAsync();
        });
        Assert.True(verification.Intact);

        // The demo caseworker's centre opens a generated file that was referred to it, and not one that was not.
        var pagasa = BelgianReferenceData.IdFor("CENTRE-PAGASA");
        var (theirs, other) = await _app.WithDbAsync(async db =>
        {
            var synthetic = db.Cases.Where(c => c.Reference.StartsWith(SyntheticDataGuard.SyntheticPrefix));
            return (await synthetic.Where(c => c.Involvements.Any(i => i.OrganisationId == pagasa)).Select(c => c.Id).FirstAsync(),
                await synthetic.Where(c => c.Involvements.All(i => i.OrganisationId != pagasa)).Select(c => c.Id).FirstAsync());
        });
        var session = new BrowserSession(_app.BrowserClient());
        await session.SignInAsync(caseworker);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync($"/Cases/Detail?id={theirs}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync($"/Cases/Detail?id={other}")).StatusCode);

        // A later start finds the population and leaves it alone.
        Assert.Null(await _app.WithScopeAsync(sp => sp.GetRequiredService<DemoPopulation>().EnsureAsync(Persons, CancellationToken.None)));
        Assert.Equal(Persons, await CountAsync(SyntheticDataGuard.SyntheticPrefix));
        Assert.Equal(1, await _app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Type == AuditEventType.SyntheticDataGenerated)));
    }

    [Fact]
    public async Task Files_typed_in_by_hand_keep_the_population_out_and_say_why()
    {
        using var app = new DemoApp(0);
        var police = await app.UserAsync(Role.FrontlineOfficer);
        Assert.Equal(HttpStatusCode.Created, (await app.ApiClient(police).PostAsJsonAsync("/api/v1/cases", new { personName = "Typed By Hand" })).StatusCode);

        var outcome = await app.WithScopeAsync(sp => sp.GetRequiredService<DemoPopulation>().EnsureAsync(Persons, CancellationToken.None));

        Assert.NotNull(outcome);
        Assert.Contains("neither the demo seeder nor the generator made", outcome.Refusal, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Cases.CountAsync(c => c.Reference.StartsWith(SyntheticDataGuard.SyntheticPrefix))));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("5001")]
    public void A_population_outside_its_bounds_stops_the_start_and_names_its_key(string value)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["OpenNrm:DemoPersons"] = value })
            .Build();

        var error = Assert.Throws<InvalidOperationException>(() => OpenNrm.Web.OpenNrmOptions.From(configuration));

        Assert.Contains("OpenNrm:DemoPersons", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _app.Dispose();

    /// <summary>The job's last act is the generator's audit entry; a minute is far more than 40 persons take.</summary>
    private async Task WaitForPopulationAsync()
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Type == AuditEventType.SyntheticDataGenerated)))
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("The demo population was not generated within a minute of the start.");
    }

    private Task<int> CountAsync(string prefix) => _app.WithDbAsync(db => db.Cases.CountAsync(c => c.Reference.StartsWith(prefix)));

    private sealed class DemoApp(int persons) : TestApp(Provider.Sqlite)
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("OpenNrm:DemoMode", "true");
            builder.UseSetting("OpenNrm:DemoPersons", persons.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
