using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Assistance;
using OpenNrm.Domain.Audit;
using OpenNrm.Domain.Detection;
using OpenNrm.Domain.Referral;
using OpenNrm.Domain.Residence;
using OpenNrm.Domain.Statistics;
using OpenNrm.Tests.Infrastructure;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Assistance;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Cases;
using OpenNrm.Web.Features.Detection;
using OpenNrm.Web.Features.Referrals;
using OpenNrm.Web.Features.Residence;
using OpenNrm.Web.Features.Retention;

namespace OpenNrm.Tests;

/// <summary>
/// The retention purge with a clock moved ten years on: personal data past its period is erased, a file under a
/// legal hold is not, the national statistics do not change by a single cell, and the audit trail still verifies.
/// </summary>
public abstract class RetentionPurgeTests(ClockedTestApp app)
{
    private sealed record Person(Guid CaseId, string Reference, string Name, Guid Support, LocalDate BornOn);

    [Fact]
    public async Task A_purge_erases_personal_data_past_its_period_keeps_a_held_file_and_changes_no_statistic()
    {
        // Six girls detected at 17 and identified at 18: the statistics count each age on its own date, so a birth
        // date coarsened carelessly (to 1 January, say) would move them between the child and adult cells.
        var year = app.Clock.GetUtcNow().Year - 2;
        var caseworker = await app.CreateUserAsync(Role.CentreCaseworker, "CENTRE-PAGASA");
        var coordinator = await app.CreateUserAsync(Role.CentreCoordinator, "CENTRE-PAGASA");
        var shelter = await ShelterAsync(coordinator);
        var persons = new List<Person>();
        for (var i = 0; i < 6; i++)
        {
            persons.Add(await PersonAsync(caseworker, shelter, i, year));
        }

        var held = persons[5];
        var erased = persons.Take(5).ToList();
        var hold = await Json(await app.ApiClient(coordinator).PostAsJsonAsync("/api/v1/retention/holds",
            new { caseReference = held.Reference, reason = "Claim for compensation before the labour court", placedOn = Today() }), HttpStatusCode.Created);

        // The support ended on 31 December; ten years later it is still kept, the day after it is due.
        app.Clock.SetUtcNow(new DateTimeOffset(year + 10, 12, 31, 12, 0, 0, TimeSpan.Zero));
        var early = await PurgeAsync();
        Assert.Equal((0, 0), (early.FilesDue, early.FilesErased));
        app.Clock.SetUtcNow(new DateTimeOffset(year + 11, 1, 1, 12, 0, 0, TimeSpan.Zero));

        var analyst = await app.CreateUserAsync(Role.RapporteurAnalyst, "MYRIA");
        var before = await StatisticsAsync(analyst, year);
        var figures = JsonDocument.Parse(before[0]).RootElement;
        Assert.Equal(6, AdultsAndChildren(figures).Child);

        var report = await PurgeAsync();

        Assert.Equal((5, 5, 1, 0), (report.FilesDue, report.FilesErased, report.FilesHeld, report.Failures));
        Assert.Equal(before, await StatisticsAsync(analyst, year));
        Assert.Equal([RecordClass.AuditEntry], report.Unerasable);
        foreach (var person in erased)
        {
            await AssertErasedAsync(person, year);
        }

        await AssertUntouchedAsync(held);
        await AssertAuditedWithoutContentAsync(persons);

        // A second pass finds nothing left to do; the name re-index at start leaves erased files without keys.
        var again = await PurgeAsync();
        Assert.Equal((0, 0, 1), (again.FilesDue, again.FilesErased, again.FilesHeld));
        Assert.Equal(0, await app.WithScopeAsync(sp => sp.GetRequiredService<CaseNames>().ReindexAsync(default)));

        // The data-protection officer's answer for an erased person says what was erased, and holds no note.
        var auditor = await app.CreateUserAsync(Role.Auditor, "SYSADMIN");
        var answer = await Json(await app.ApiClient(auditor).PostAsJsonAsync("/api/v1/subject-access",
            new { caseReference = erased[0].Reference, requestReference = "DPO-2035-001" }), HttpStatusCode.OK);
        var file = answer.GetProperty("files")[0];
        Assert.Equal(string.Empty, file.GetProperty("personName").GetString());
        Assert.Empty(file.GetProperty("support")[0].GetProperty("notes").EnumerateArray());
        Assert.Contains(answer.GetProperty("erasures").EnumerateArray(), e => e.GetProperty("recordClass").GetString() == "MedicalNote");

        // Once the hold is lifted, the next pass erases the file it kept.
        var administrator = await app.CreateUserAsync(Role.Administrator, "SYSADMIN");
        await Json(await app.ApiClient(administrator).PostAsJsonAsync($"/api/v1/retention/holds/{hold.GetProperty("id").GetGuid()}/lift",
            new { liftedOn = Today(), reason = "The labour court gave its final judgment" }), HttpStatusCode.OK);
        var afterLift = await PurgeAsync();
        Assert.Equal((1, 1, 0), (afterLift.FilesDue, afterLift.FilesErased, afterLift.FilesHeld));
        await AssertErasedAsync(held, year);
        Assert.Equal(before, await StatisticsAsync(analyst, year));

        await app.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<AuditSealer>().SealPendingAsync(default);
            var verification = await sp.GetRequiredService<AuditVerifier>().VerifyAsync();
            Assert.True(verification.Intact, verification.Problem);
            return 0;
        });
    }

    private async Task AssertErasedAsync(Person person, int year) => await app.WithDbAsync(async db =>
    {
        var file = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == person.CaseId);
        Assert.Equal((string.Empty, string.Empty), (file.PersonName, file.NameIndex));
        Assert.Equal(0, await db.CaseNameKeys.CountAsync(k => k.CaseId == person.CaseId));

        var signalPerson = await db.Set<SignalPerson>().AsNoTracking().SingleAsync(p => p.CaseId == person.CaseId);
        Assert.Equal((string.Empty, string.Empty, string.Empty), (signalPerson.Aliases, signalPerson.Languages, signalPerson.IndicatorCodes));
        var signal = await db.Signals.AsNoTracking().SingleAsync(s => s.Id == signalPerson.SignalId);
        Assert.Equal((string.Empty, string.Empty, (string?)null), (signal.Circumstances, signal.Municipality, signal.PostalCode));
        Assert.Equal("Brussels", signal.JudicialDistrict);
        // Coarser, yet the same age on the day of detection (17) and of identification (18).
        Assert.NotEqual(person.BornOn, signalPerson.BirthDate);
        foreach (var on in new[] { new LocalDate(year, 3, 10), new LocalDate(year, 6, 1) })
        {
            Assert.Equal(AgeBands.AgeOn(RecordedAge.Born(person.BornOn), on), AgeBands.AgeOn(RecordedAge.Born(signalPerson.BirthDate!.Value), on));
        }

        Assert.Equal(string.Empty, (await db.Referrals.AsNoTracking().SingleAsync(r => r.CaseId == person.CaseId)).OverrideReason);
        var support = await db.SupportCases.AsNoTracking().SingleAsync(s => s.Id == person.Support);
        Assert.Null(support.ClosureExplanation);
        Assert.Equal(ClosureReason.Other, support.ClosureReason);
        Assert.Equal(0, await db.SupportNotes.CountAsync(n => n.SupportCaseId == person.Support));
        Assert.Equal(0, await db.SupportConsents.CountAsync(c => c.SupportCaseId == person.Support));
        Assert.Equal(0, await db.ShelterStays.CountAsync(s => s.SupportCaseId == person.Support));
        Assert.All(await db.SupportGoals.AsNoTracking().Where(g => g.SupportCaseId == person.Support).ToListAsync(), g => Assert.Equal(string.Empty, g.Description));
        Assert.All(await db.SupportPlanActions.AsNoTracking().Where(a => a.SupportCaseId == person.Support).ToListAsync(), a => Assert.Equal(string.Empty, a.Provider));
        Assert.Equal(0, await db.Set<SupportAttachment>().CountAsync(a => a.SupportCaseId == person.Support));
        Assert.Equal(await db.Set<SupportAttachment>().CountAsync(), await db.Set<SupportAttachmentContent>().CountAsync());
        Assert.Equal(5, await db.RetentionErasures.CountAsync(e => e.CaseId == person.CaseId));
    });

    private async Task AssertUntouchedAsync(Person person) => await app.WithDbAsync(async db =>
    {
        Assert.Equal(person.Name, (await db.Cases.AsNoTracking().SingleAsync(c => c.Id == person.CaseId)).PersonName);
        Assert.True(await db.CaseNameKeys.CountAsync(k => k.CaseId == person.CaseId) > 0);
        Assert.Equal(person.BornOn, (await db.Set<SignalPerson>().AsNoTracking().SingleAsync(p => p.CaseId == person.CaseId)).BirthDate);
        Assert.Equal(2, await db.SupportNotes.CountAsync(n => n.SupportCaseId == person.Support));
        Assert.Equal(1, await db.SupportConsents.CountAsync(c => c.SupportCaseId == person.Support));
        Assert.Equal(1, await db.Set<SupportAttachment>().CountAsync(a => a.SupportCaseId == person.Support));
        Assert.Equal("Moved abroad to join family", (await db.SupportCases.AsNoTracking().SingleAsync(s => s.Id == person.Support)).ClosureExplanation);
        Assert.Equal(0, await db.RetentionErasures.CountAsync(e => e.CaseId == person.CaseId));
    });

    /// <summary>An entry per erased file and one for the pass, with counts; no name or note anywhere in the trail.</summary>
    private async Task AssertAuditedWithoutContentAsync(List<Person> persons) => await app.WithDbAsync(async db =>
    {
        foreach (var person in persons.Take(5))
        {
            var id = person.CaseId.ToString();
            var entry = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Type == AuditEventType.RetentionRecordsErased && a.SubjectId == id);
            Assert.Contains("MedicalNote=1", entry.Details, StringComparison.Ordinal);
        }

        var runs = await db.AuditEntries.AsNoTracking().Where(a => a.Type == AuditEventType.RetentionPurgeRun).Select(a => a.Details!).ToListAsync();
        Assert.Contains(runs, d => d.Contains("erased=5 held=1", StringComparison.Ordinal));
        var trail = string.Join("\n", await db.AuditEntries.AsNoTracking().Select(a => a.Details + " " + a.Purpose).ToListAsync());
        foreach (var person in persons)
        {
            Assert.DoesNotContain(person.Name, trail, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("psychologist", trail, StringComparison.Ordinal);
    });

    private Task<PurgeReport> PurgeAsync() =>
        app.WithScopeAsync(sp => sp.GetRequiredService<RetentionPurge>().RunAsync(dryRun: false, default));

    /// <summary>The year's published figures as the rapporteur gets them: key figures, Eurostat file, report table.</summary>
    private async Task<string[]> StatisticsAsync(TestUser analyst, int year)
    {
        var client = app.ApiClient(analyst);
        var texts = new List<string>();
        foreach (var path in new[] { "key-figures", "eurostat.csv", "report.csv" })
        {
            var response = await client.GetAsync($"/api/v1/statistics/{path}?year={year}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            texts.Add(await response.Content.ReadAsStringAsync());
        }

        return [.. texts];
    }

    private static (int Child, int Adult) AdultsAndChildren(JsonElement figures)
    {
        var table = figures.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "persons-detected.sex-by-age");
        var row = table.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("label").GetProperty("code").GetString() == "Female");
        int Cell(string code)
        {
            var c = table.GetProperty("columns").EnumerateArray().Select((l, i) => (l, i)).Single(x => x.l.GetProperty("code").GetString() == code).i;
            var value = row.GetProperty("cells")[c].GetProperty("value");
            return value.ValueKind == JsonValueKind.Number ? value.GetInt32() : -1;
        }

        return (Cell("Child"), Cell("Adult"));
    }

    private async Task<Guid> ShelterAsync(TestUser coordinator) =>
        (await Json(await app.ApiClient(coordinator).PostAsJsonAsync("/api/v1/shelters",
            new { name = "Retention house " + Guid.NewGuid().ToString("N")[..6], capacity = 10, minorsOnly = false, address = "Rue du Secret 3, 1000 Bruxelles" }),
            HttpStatusCode.Created)).GetProperty("id").GetGuid();

    /// <summary>
    /// A file opened by the centre, its detection, referral and procedure seeded (the API cannot back-date them), and
    /// a support case with a plan, a goal, a general and a care note, a document, a consent and a stay, closed on 31 December.
    /// </summary>
    private async Task<Person> PersonAsync(TestUser caseworker, Guid shelter, int i, int year)
    {
        var client = app.ApiClient(caseworker);
        var name = $"Retention Person {i} {Guid.NewGuid().ToString("N")[..8]}";
        var file = await Json(await client.PostAsJsonAsync("/api/v1/cases", new { personName = name }), HttpStatusCode.Created);
        var caseId = file.GetProperty("id").GetGuid();
        var bornOn = new LocalDate(year - 18, 3, 20);
        await SeedPathAsync(caseId, bornOn, year);

        var support = (await Json(await client.PostAsJsonAsync("/api/v1/support-cases", new { caseId, openedOn = new DateOnly(year, 4, 1) }),
            HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var path = $"/api/v1/support-cases/{support}";
        await Json(await client.PostAsJsonAsync(path + "/actions", new { type = "Legal", provider = "Cabinet Dupont " + name, start = new DateOnly(year, 4, 2) }), HttpStatusCode.OK);
        await Json(await client.PostAsJsonAsync(path + "/goals", new { area = "Language", description = "Dutch course for " + name, setOn = new DateOnly(year, 4, 2) }),
            HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync(path + "/notes", new { sensitivity = "General", text = "Came with a cousin of " + name })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync(path + "/notes", new { sensitivity = "Care", text = "Nightmares; sees the psychologist" })).StatusCode);
        using var scan = new MultipartFormDataContent
        {
            { new StringContent("IdentityDocument"), "type" },
            { new ByteArrayContent("%PDF-1.7\n% passport scan\n%%EOF\n"u8.ToArray()) { Headers = { ContentType = new("application/pdf") } }, "file", "passport.pdf" },
        };
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync(path + "/attachments", scan)).StatusCode);
        await Json(await client.PostAsJsonAsync(path + "/consents", new { purpose = "ShareWithLawyer", coversHealthData = false }), HttpStatusCode.OK);
        var stay = await Json(await client.PostAsJsonAsync(path + "/stays", new { shelterId = shelter, start = new DateOnly(year, 5, 1), residentIsMinor = false }),
            HttpStatusCode.OK);
        await Json(await client.PostAsJsonAsync($"{path}/stays/{stay.GetProperty("stays")[0].GetProperty("id").GetGuid()}/end", new { on = new DateOnly(year, 11, 30) }),
            HttpStatusCode.OK);
        await Json(await client.PostAsJsonAsync(path + "/close", new { closedOn = new DateOnly(year, 12, 31), reason = "Other", explanation = "Moved abroad to join family" }),
            HttpStatusCode.OK);
        return new Person(caseId, file.GetProperty("reference").GetString()!, name, support, bornOn);
    }

    /// <summary>Detected by the Ixelles police on 10 March at 17, referred to PAG-ASA, reflection from 1 April, identified on 1 June at 18.</summary>
    private Task SeedPathAsync(Guid caseId, LocalDate bornOn, int year) => app.WithDbAsync(async db =>
    {
        var police = BelgianReferenceData.IdFor("POL-ZP-BXL-IXL");
        var detectedAt = new DateTimeOffset(year, 3, 10, 11, 0, 0, TimeSpan.Zero);
        var signal = new Signal(Guid.CreateVersion7(), detectedAt, "Ixelles", DetectionContext.PoliceControl, police, Guid.NewGuid(),
            "Found in the back room of a nail bar", detectedAt);
        signal.Place(Domain.Geography.BelgianPlaces.Find("1050"));
        var person = new SignalPerson(Guid.CreateVersion7(), signal.Id, 0, caseId, "Mimi", HtcdsGender.Feminine, bornOn, null, "NG", "en,pcm",
            true, true, Citizenship.Of(["NG"]), nameof(ExploitationPurpose.SexualExploitation), null, "I-01,I-07", true);
        signal.Add(person);
        db.Signals.Add(signal);
        var state = ReferralLifecycle.Send(Instant.FromDateTimeOffset(detectedAt) + Duration.FromMinutes(30), SpecialisedCentre.PagAsa, null);
        db.Referrals.Add(new Referral(Guid.CreateVersion7(), signal.Id, person.Id, caseId, CentreDirectory.IdOf(SpecialisedCentre.PagAsa), null,
            SpecialisedCentre.Payoke, "She asked for a centre far from Antwerp", Guid.NewGuid(), police, state));

        var centre = CentreDirectory.IdOf(SpecialisedCentre.PagAsa);
        var reflection = new LocalDate(year, 4, 1);
        var procedure = new ResidenceProcedure(Guid.CreateVersion7(), caseId, centre, BelgianReferenceData.IdFor("PROS-BXL"),
            new ProcedureOpened(reflection, IsThirdCountryNational: true, IsUnaccompaniedMinor: false), DateTimeOffset.UtcNow);
        void Add(ProcedureEventKind kind, LocalDate on, DocumentType? type = null, ProsecutorCriterion? criterion = null, bool? noThreat = null) =>
            procedure.Append(new ProcedureEventInput(kind, on.ToDateOnly(), type, Criterion: criterion, NoThreat: noThreat), Guid.NewGuid(), centre, DateTimeOffset.UtcNow);
        Add(ProcedureEventKind.DocumentIssued, reflection, DocumentType.Annex15ReflectionDocument);
        Add(ProcedureEventKind.SupportAccepted, reflection);
        Add(ProcedureEventKind.StatementsMade, reflection.PlusDays(1));
        Add(ProcedureEventKind.DocumentIssued, reflection.PlusDays(2), DocumentType.AttestationOfImmatriculation);
        var identified = new LocalDate(year, 6, 1);
        foreach (var criterion in Enum.GetValues<ProsecutorCriterion>())
        {
            Add(ProcedureEventKind.ProsecutorConfirmed, identified, criterion: criterion);
        }

        Add(ProcedureEventKind.PublicOrderAssessed, identified, noThreat: true);
        Add(ProcedureEventKind.DocumentIssued, identified.PlusDays(1), DocumentType.ACard);
        db.Procedures.Add(procedure);
        await db.SaveChangesAsync();
    });

    private DateOnly Today() => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

    private static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
