using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenNrm.Domain.Access;
using OpenNrm.Tests.Infrastructure;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Referrals;

namespace OpenNrm.Tests;

/// <summary>From the officer's signal to the centre's acknowledgement: routing, need-to-know, the lifecycle's refusals.</summary>
public abstract class ReferralTests(TestApp app)
{
    [Fact]
    public async Task A_person_detected_in_antwerp_goes_to_payoke_which_acknowledges_and_records_the_intake()
    {
        var police = await app.UserAsync(Role.FrontlineOfficer);
        var (signal, person, _) = await SignalAsync(police, "2000", minor: false);

        var sent = await app.ApiClient(police).PostAsJsonAsync("/api/v1/referrals", new { signalId = signal, personId = person });
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var referral = await sent.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Payoke", referral.GetProperty("centre").GetString());
        Assert.Equal("Due", referral.GetProperty("acknowledgement").GetString());
        var id = referral.GetProperty("id").GetGuid();

        // The referral duty is done by the referral itself.
        var signalView = await app.ApiClient(police).GetFromJsonAsync<JsonElement>($"/api/v1/signals/{signal}");
        var duty = signalView.GetProperty("persons")[0].GetProperty("duties").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "ReferToSpecialisedCentre");
        Assert.NotEqual(JsonValueKind.Null, duty.GetProperty("doneAt").ValueKind);

        var payoke = await app.CreateUserAsync(Role.CentreCaseworker, "CENTRE-PAYOKE");
        var incoming = await app.ApiClient(payoke).GetFromJsonAsync<JsonElement>("/api/v1/referrals?box=Incoming");
        Assert.Contains(incoming.EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);

        var acknowledged = await app.ApiClient(payoke).PostAsync($"/api/v1/referrals/{id}/acknowledge", null);
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        Assert.Equal("Met", (await acknowledged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("acknowledgement").GetString());

        // Twice is refused with the rule's basis, and nothing changes.
        var again = await app.ApiClient(payoke).PostAsync($"/api/v1/referrals/{id}/acknowledge", null);
        await ApiAccessTests.AssertProblem(again, HttpStatusCode.Conflict);
        Assert.Contains("Circular of 23 December 2016", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var intake = await app.ApiClient(payoke).PostAsJsonAsync($"/api/v1/referrals/{id}/intake", new { outcome = "EnteredResidenceProcedure" });
        Assert.Equal(HttpStatusCode.OK, intake.StatusCode);
        Assert.Equal("IntakeDone", (await intake.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        // The centre now works on the person's file.
        var file = referral.GetProperty("caseId").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await app.ApiClient(payoke).GetAsync($"/api/v1/cases/{file}")).StatusCode);
    }

    [Fact]
    public async Task Another_centre_sees_nothing_and_cannot_acknowledge()
    {
        var police = await app.UserAsync(Role.FrontlineOfficer);
        var (signal, person, _) = await SignalAsync(police, "1000", minor: false);
        var id = await SendAsync(police, signal, person);

        var surya = await app.CreateUserAsync(Role.CentreCaseworker, "CENTRE-SURYA");
        await ApiAccessTests.AssertProblem(await app.ApiClient(surya).PostAsync($"/api/v1/referrals/{id}/acknowledge", null), HttpStatusCode.NotFound);
        await ApiAccessTests.AssertProblem(await app.ApiClient(surya).GetAsync($"/api/v1/referrals/{id}"), HttpStatusCode.NotFound);
        var theirs = await app.ApiClient(surya).GetFromJsonAsync<JsonElement>("/api/v1/referrals?box=Incoming");
        Assert.DoesNotContain(theirs.EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal("Sent", await StatusAsync(id));
    }

    [Fact]
    public async Task A_minor_goes_to_a_minors_structure_together_with_a_centre()
    {
        var police = await app.UserAsync(Role.FrontlineOfficer);
        var (signal, person, _) = await SignalAsync(police, "4000", minor: true);

        var referral = await (await app.ApiClient(police).PostAsJsonAsync("/api/v1/referrals", new { signalId = signal, personId = person }))
            .Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("Surya", referral.GetProperty("centre").GetString());
        Assert.Equal("Esperanto", referral.GetProperty("minorsStructure").GetString());
    }

    [Fact]
    public async Task Choosing_another_centre_needs_a_reason()
    {
        var police = await app.UserAsync(Role.FrontlineOfficer);
        var (signal, person, _) = await SignalAsync(police, "1000", minor: false);
        var payoke = BelgianReferenceData.IdFor("CENTRE-PAYOKE");

        var without = await app.ApiClient(police).PostAsJsonAsync("/api/v1/referrals", new { signalId = signal, personId = person, centreId = payoke });
        await ApiAccessTests.AssertProblem(without, HttpStatusCode.BadRequest);
        Assert.True((await without.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("overrideReason", out _));
        Assert.Equal(0, await CountAsync(person));

        var with = await app.ApiClient(police).PostAsJsonAsync("/api/v1/referrals",
            new { signalId = signal, personId = person, centreId = payoke, overrideReason = "The person speaks only Dutch and has family in Antwerp." });
        Assert.Equal(HttpStatusCode.Created, with.StatusCode);
        var referral = await with.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Payoke", "PagAsa"), (referral.GetProperty("centre").GetString(), referral.GetProperty("recommended").GetString()));
    }

    [Theory]
    [InlineData("IO-THB")]
    [InlineData("POL-FED-THB")]
    [InlineData("MINORS-NDAKO")]
    public async Task A_referral_to_an_organisation_that_is_not_a_centre_is_refused_and_nothing_is_saved(string code)
    {
        var police = await app.UserAsync(Role.FrontlineOfficer);
        var (signal, person, _) = await SignalAsync(police, "1000", minor: false);

        var response = await app.ApiClient(police).PostAsJsonAsync("/api/v1/referrals",
            new { signalId = signal, personId = person, centreId = BelgianReferenceData.IdFor(code), overrideReason = "A reason long enough to count." });

        await ApiAccessTests.AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("centreId", out _));
        Assert.Equal(0, await CountAsync(person));
    }

    [Fact]
    public async Task Only_the_detecting_service_refers_and_a_person_is_referred_once()
    {
        var police = await app.UserAsync(Role.FrontlineOfficer);
        var (signal, person, _) = await SignalAsync(police, "1000", minor: false);
        var otherPolice = await app.CreateUserAsync(Role.FrontlineOfficer, "POL-ZP-LIEGE");

        await ApiAccessTests.AssertProblem(await app.ApiClient(otherPolice).PostAsJsonAsync("/api/v1/referrals", new { signalId = signal, personId = person }),
            HttpStatusCode.NotFound);
        await SendAsync(police, signal, person);
        await ApiAccessTests.AssertProblem(await app.ApiClient(police).PostAsJsonAsync("/api/v1/referrals", new { signalId = signal, personId = person }),
            HttpStatusCode.Conflict);
        Assert.Equal(1, await CountAsync(person));
    }

    [Fact]
    public async Task An_overdue_referral_is_escalated_to_the_coordinator_and_the_referrer_once()
    {
        var police = await app.UserAsync(Role.FrontlineOfficer);
        var (signal, person, _) = await SignalAsync(police, "1000", minor: false);
        var id = await SendAsync(police, signal, person);
        // Sent 200 minutes ago, as far as the clock of the escalation pass goes.
        await app.WithDbAsync(db => db.Referrals.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.SentAt, DateTimeOffset.UtcNow.AddMinutes(-200))
            .SetProperty(r => r.LastActionAt, DateTimeOffset.UtcNow.AddMinutes(-200))));

        await EscalateAsync();
        await EscalateAsync();

        var kinds = new List<string>();
        await app.WithDbAsync(async db => kinds = (await db.Notices.Where(n => n.SubjectId == id).ToListAsync()).Select(n => n.Kind + "@" + n.OrganisationId).ToList());
        var pagasa = BelgianReferenceData.IdFor("CENTRE-PAGASA");
        Assert.Single(kinds, k => k == "ReferralReceived@" + pagasa);
        Assert.Contains(kinds, k => k == "ReferralOverdue@" + pagasa);
        Assert.Single(kinds, k => k == "ReferralOverdue@" + police.OrganisationId);
        // Past twice the window, every other centre is asked too, once each.
        Assert.Single(kinds, k => k == "ReferralEscalated@" + BelgianReferenceData.IdFor("CENTRE-PAYOKE"));
        Assert.Single(kinds, k => k == "ReferralEscalated@" + BelgianReferenceData.IdFor("CENTRE-SURYA"));

        var sentBox = await app.ApiClient(police).GetFromJsonAsync<JsonElement>("/api/v1/referrals?box=Sent");
        var mine = sentBox.EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal("Overdue", mine.GetProperty("acknowledgement").GetString());
        Assert.True(mine.GetProperty("overdueMinutes").GetInt32() >= 139);
    }

    [Fact]
    public async Task A_possible_victim_in_detention_is_released_once_a_centre_finds_a_presumed_victim()
    {
        var returnOfficer = await app.CreateUserAsync(Role.ImmigrationReturnOfficer, "IO-RETURN");
        var created = await app.ApiClient(returnOfficer).PostAsJsonAsync("/api/v1/signals", new
        {
            detectedAt = DateTimeOffset.UtcNow.AddHours(-1),
            municipality = "Steenokkerzeel",
            postalCode = "1820",
            context = "DetentionCentre",
            persons = new object[] { new { name = "Detained Person " + Guid.NewGuid().ToString("N")[..6], estimatedAge = 28, nationalities = new[] { "VN" } } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var signal = await created.Content.ReadFromJsonAsync<JsonElement>();
        var signalId = signal.GetProperty("id").GetGuid();
        var person = signal.GetProperty("persons")[0];
        var inform = person.GetProperty("duties").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "InformThbUnitAndCentres");
        Assert.NotEqual(JsonValueKind.Null, inform.GetProperty("doneAt").ValueKind);
        Assert.Contains("Immigration Office practice", inform.GetProperty("basis").GetString(), StringComparison.Ordinal);

        // The THB unit was informed and works on the file; every centre got a notice.
        var thb = await app.UserAsync(Role.ImmigrationThbOfficer);
        Assert.Equal(HttpStatusCode.OK, (await app.ApiClient(thb).GetAsync($"/api/v1/signals/{signalId}")).StatusCode);
        var surya = await app.CreateUserAsync(Role.CentreCaseworker, "CENTRE-SURYA");
        Assert.Contains((await app.ApiClient(surya).GetFromJsonAsync<JsonElement>("/api/v1/notices")).EnumerateArray(),
            n => n.GetProperty("kind").GetString() == "DetentionSignal" && n.GetProperty("caseReference").GetString() == person.GetProperty("reference").GetString());

        var referral = await SendAsync(returnOfficer, signalId, person.GetProperty("id").GetGuid());
        // Steenokkerzeel (1820) lies in Flanders: the referral goes to Payoke.
        var payoke = await app.CreateUserAsync(Role.CentreCaseworker, "CENTRE-PAYOKE");
        Assert.Equal(HttpStatusCode.OK, (await app.ApiClient(payoke).PostAsync($"/api/v1/referrals/{referral}/acknowledge", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.ApiClient(payoke).PostAsJsonAsync($"/api/v1/referrals/{referral}/intake", new { outcome = "EnteredResidenceProcedure" })).StatusCode);

        var after = await app.ApiClient(returnOfficer).GetFromJsonAsync<JsonElement>($"/api/v1/signals/{signalId}");
        var release = after.GetProperty("persons")[0].GetProperty("duties").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "ReleaseAndTransferToCentre");
        Assert.Equal(JsonValueKind.Null, release.GetProperty("doneAt").ValueKind);
        Assert.Contains((await app.ApiClient(returnOfficer).GetFromJsonAsync<JsonElement>("/api/v1/notices")).EnumerateArray(),
            n => n.GetProperty("kind").GetString() == "ReleaseRequired" && n.GetProperty("subjectId").GetGuid() == signalId);
    }

    [Fact]
    public async Task A_box_pages_by_send_time_without_losing_or_repeating_a_referral_and_a_bad_limit_is_refused()
    {
        var police = await app.UserAsync(Role.FrontlineOfficer);
        var cancelled = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var (signal, person, _) = await SignalAsync(police, "1000", minor: false);
            var id = await SendAsync(police, signal, person);
            Assert.Equal(HttpStatusCode.OK, (await app.ApiClient(police).PostAsJsonAsync($"/api/v1/referrals/{id}/cancel", new { reason = "Sent by mistake" })).StatusCode);
            cancelled.Add(id);
        }

        var client = app.ApiClient(police);
        var everything = (await client.GetFromJsonAsync<JsonElement>("/api/v1/referrals?box=Sent&limit=200")).EnumerateArray()
            .Where(r => r.GetProperty("status").GetString() != "Sent").Select(r => r.GetProperty("id").GetGuid()).ToList();
        var paged = new List<Guid>();
        var url = "/api/v1/referrals?box=Sent&limit=2";
        for (var pages = 0; url is not null; pages++)
        {
            Assert.True(pages < 100, "the Link header never ends");
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var handled = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Where(r => r.GetProperty("status").GetString() != "Sent").ToList();
            var sentAt = handled.Select(r => r.GetProperty("sentAt").GetDateTimeOffset()).ToList();
            Assert.Equal(sentAt.OrderDescending(), sentAt);
            paged.AddRange(handled.Select(r => r.GetProperty("id").GetGuid()));
            url = response.Headers.TryGetValues("Link", out var link) ? link.Single().Split('>')[0].TrimStart('<') : null;
            if (url is not null)
            {
                Assert.Contains("rel=\"next\"", link!.Single(), StringComparison.Ordinal);
            }
        }

        Assert.Equal(paged.Count, paged.Distinct().Count());
        Assert.Equal(everything.Order(), paged.Order());
        Assert.Subset(paged.ToHashSet(), cancelled.ToHashSet());

        await ApiAccessTests.AssertProblem(await client.GetAsync("/api/v1/referrals?box=Sent&limit=0"), HttpStatusCode.BadRequest);
        await ApiAccessTests.AssertProblem(await client.GetAsync("/api/v1/referrals?box=Sent&limit=201"), HttpStatusCode.BadRequest);
    }

    private async Task<(Guid Signal, Guid Person, Guid Case)> SignalAsync(TestUser police, string postalCode, bool minor)
    {
        var body = new
        {
            detectedAt = DateTimeOffset.UtcNow.AddHours(-1),
            municipality = "Test place",
            postalCode,
            context = "PoliceControl",
            persons = new object[] { new { name = "Referral Person " + Guid.NewGuid().ToString("N")[..6], estimatedAge = minor ? 15 : 30, nationalities = new[] { "NG" }, languages = new[] { "fr" }, unaccompanied = minor } },
        };
        var response = await app.ApiClient(police).PostAsJsonAsync("/api/v1/signals", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var signal = await response.Content.ReadFromJsonAsync<JsonElement>();
        var person = signal.GetProperty("persons")[0];
        return (signal.GetProperty("id").GetGuid(), person.GetProperty("id").GetGuid(), person.GetProperty("caseId").GetGuid());
    }

    private async Task<Guid> SendAsync(TestUser police, Guid signal, Guid person)
    {
        var response = await app.ApiClient(police).PostAsJsonAsync("/api/v1/referrals", new { signalId = signal, personId = person });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private Task<int> EscalateAsync() => app.WithScopeAsync(sp => sp.GetRequiredService<ReferralEscalation>().RunAsync(CancellationToken.None));

    private async Task<int> CountAsync(Guid person)
    {
        var count = 0;
        await app.WithDbAsync(async db => count = await db.Referrals.CountAsync(r => r.SignalPersonId == person));
        return count;
    }

    private async Task<string> StatusAsync(Guid id)
    {
        var status = string.Empty;
        await app.WithDbAsync(async db => status = (await db.Referrals.SingleAsync(r => r.Id == id)).Status.ToString());
        return status;
    }
}
