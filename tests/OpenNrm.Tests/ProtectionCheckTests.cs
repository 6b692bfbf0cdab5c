using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Audit;
using OpenNrm.Tests.Infrastructure;
using OpenNrm.Web.Features.Cases;

namespace OpenNrm.Tests;

/// <summary>
/// Non-refoulement: a return officer asks about a name spelled as the person gave it to them, which is rarely how
/// the police wrote it down. The check must still answer "protected", and say nothing else.
/// </summary>
public abstract class ProtectionCheckTests(TestApp app)
{
    public static TheoryData<string, string, bool> Spellings => new()
    {
        { "Nguyễn Thị Thu Hương", "Nguyen Thi Thu Huong", true },
        { "Mohammed Abdelkarim Benhaddou", "Muhammad Benhaddou", true },
        { "Mohamed Ouazzani Chahdi", "Chahdi Mohamed", true },
        { "Olha Shevchuk", "Ольга Шевчук", true },
        { "Blessing Osarenkhoe", "blessing  OSARENKHOE", true },
        { "Precious Ehiguese", "Anna Wojciechowska", false },
    };

    [Theory]
    [MemberData(nameof(Spellings))]
    public async Task A_signalled_third_country_national_is_found_under_spelling_variants(string recorded, string asked, bool protectedExpected)
    {
        var police = await app.UserAsync(Role.FrontlineOfficer);
        await SignalAsync(police, recorded, "NG");
        var returnOfficer = await app.CreateUserAsync(Role.ImmigrationReturnOfficer, "IO-RETURN");

        var response = await app.ApiClient(returnOfficer).PostAsJsonAsync("/api/v1/protection-checks", new { personName = asked, purpose = "removal planned" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(protectedExpected, answer.GetProperty("protected").GetBoolean());
        Assert.DoesNotContain(recorded, await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_alias_given_by_the_person_is_matched_too()
    {
        var police = await app.UserAsync(Role.FrontlineOfficer);
        await SignalAsync(police, "Grace Ikponmwosa", "NG", aliases: "Mary Johnson");
        var dublin = await app.CreateUserAsync(Role.ImmigrationDublinOfficer, "IO-DUBLIN");

        var byAlias = await app.ApiClient(dublin).PostAsJsonAsync("/api/v1/protection-checks", new { personName = "Johnson Mary" });
        var byOtherName = await app.ApiClient(dublin).PostAsJsonAsync("/api/v1/protection-checks", new { personName = "Rose Unrelated", aliases = new[] { "Grace Ikponmwosa" } });

        Assert.True((await byAlias.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("protected").GetBoolean());
        Assert.True((await byOtherName.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("protected").GetBoolean());
    }

    [Fact]
    public async Task An_eu_citizen_is_not_in_the_residence_protection_and_the_check_is_audited_with_its_purpose()
    {
        var police = await app.UserAsync(Role.FrontlineOfficer);
        await SignalAsync(police, "Ionela Marinescu", "RO");
        var returnOfficer = await app.CreateUserAsync(Role.ImmigrationReturnOfficer, "IO-RETURN");

        var response = await app.ApiClient(returnOfficer).PostAsJsonAsync("/api/v1/protection-checks", new { personName = "Ionela Marinescu", purpose = "return decision 2026/4471" });

        Assert.False((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("protected").GetBoolean());
        await app.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.Where(a => a.UserId == returnOfficer.Id && a.Type == AuditEventType.ProtectionChecked).SingleAsync();
            Assert.Equal("return decision 2026/4471", entry.Purpose);
            Assert.DoesNotContain("Marinescu", entry.Details ?? string.Empty, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Theory]
    [InlineData("{\"personName\":\"\"}", "personName")]
    [InlineData("{\"personName\":\"A B\",\"aliases\":[\"\"]}", "aliases")]
    [InlineData("{\"personName\":\"A B\",\"aliases\":[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\",\"9\",\"10\",\"11\"]}", "aliases")]
    public async Task A_bad_question_is_refused_naming_the_field(string body, string field)
    {
        var returnOfficer = await app.CreateUserAsync(Role.ImmigrationReturnOfficer, "IO-RETURN");
        var response = await app.ApiClient(returnOfficer).PostAsync("/api/v1/protection-checks", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        await ApiAccessTests.AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task The_database_marks_the_files_that_may_protect_whatever_wrote_the_facts_and_keys_written_later_copy_the_mark()
    {
        var police = await app.UserAsync(Role.FrontlineOfficer);
        var thirdCountry = await SignalAsync(police, "Adaeze Nwankwo-Ebere", "NG");
        var eu = await SignalAsync(police, "Katarzyna Zielinska-Marek", "PL");
        var returnOfficer = await app.CreateUserAsync(Role.ImmigrationReturnOfficer, "IO-RETURN");

        await ProtectionFiles.AssertMarkedAsync(app, thirdCountry, true);
        await ProtectionFiles.AssertMarkedAsync(app, eu, false);

        // A statement that knows nothing of the mark (the application never changes a citizenship): the database marks
        // the file and its keys all the same, and the check finds her.
        await app.WithDbAsync(db => db.Set<OpenNrm.Web.Features.Detection.SignalPerson>().Where(p => p.CaseId == eu)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.Citizenship, OpenNrm.Domain.Detection.CitizenshipGroup.ThirdCountry)));
        await ProtectionFiles.AssertMarkedAsync(app, eu, true);

        // Keys written after the mark, as a re-index after a change of key rules writes them, copy it.
        await app.WithDbAsync(db => db.CaseNameKeys.Where(k => k.CaseId == eu).ExecuteDeleteAsync());
        await app.WithScopeAsync(sp => sp.GetRequiredService<CaseNames>().ReindexAsync(CancellationToken.None));
        await ProtectionFiles.AssertMarkedAsync(app, eu, true);
        var response = await app.ApiClient(returnOfficer).PostAsJsonAsync("/api/v1/protection-checks", new { personName = "Zielinska-Marek Katarzyna" });
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("protected").GetBoolean());
    }

    private Task<Guid> SignalAsync(TestUser police, string name, string nationality, string? aliases = null) =>
        ProtectionFiles.SignalAsync(app, police, name, nationality, aliases);
}
