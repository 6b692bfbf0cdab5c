using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Audit;
using OpenNrm.Tests.Infrastructure;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Leaflet;

namespace OpenNrm.Tests;

/// <summary>
/// The leaflet the officer hands over on the spot (Circular of 23 December 2016, 3.1-3.3): shipped in the three
/// national languages, printed in the person's language, kept by administrators with every change audited.
/// </summary>
public abstract class LeafletTests(TestApp app)
{
    [Theory]
    [InlineData("en", "PAG-ASA", "45 days")]
    [InlineData("fr", "PAG-ASA", "45 jours")]
    [InlineData("nl", "PAG-ASA", "45 dagen")]
    public async Task The_shipped_texts_are_readable_by_a_frontline_officer(string language, string centre, string reflection)
    {
        var police = app.ApiClient(await app.UserAsync(Role.FrontlineOfficer));
        var languages = await police.GetFromJsonAsync<JsonElement>("/api/v1/leaflets");
        Assert.Contains(language, languages.EnumerateArray().Select(l => l.GetProperty("language").GetString()));

        var text = await police.GetFromJsonAsync<JsonElement>($"/api/v1/leaflets/{language}");
        Assert.Equal(language, text.GetProperty("language").GetString());
        Assert.False(string.IsNullOrWhiteSpace(text.GetProperty("title").GetString()));
        var body = text.GetProperty("body").GetString()!;
        Assert.Contains(centre, body, StringComparison.Ordinal);
        Assert.Contains(reflection, body, StringComparison.Ordinal);
        Assert.Contains("Sürya", body, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex(@"\+?\d[\d /.]{7,}\d"), body);
    }

    [Fact]
    public async Task The_page_in_french_shows_the_french_text_marked_as_french_with_the_other_languages_to_choose()
    {
        var session = await SignedInAsync(Role.FrontlineOfficer);
        var response = await session.Client.GetAsync("/Leaflet?lang=fr");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches(new Regex("<article[^>]*\\slang=\"fr\""), html);
        Assert.Contains("traite des êtres humains", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("href=\"/Leaflet?lang=nl\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Leaflet?lang=en\"", html, StringComparison.Ordinal);
        Assert.Contains("data-print", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_duty_to_inform_on_a_signal_links_to_the_leaflet()
    {
        TestUser? officer = null;
        var session = await SignedInAsync(Role.FrontlineOfficer, u => officer = u);
        var recorded = await app.ApiClient(officer).PostAsJsonAsync("/api/v1/signals", new
        {
            detectedAt = "2026-11-20T02:00:00+01:00", municipality = "Anderlecht", context = "PoliceControl",
            persons = new[] { new { name = "Leaflet Test", nationalities = new[] { "NG" } } },
        });
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var id = (await recorded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var html = await (await session.Client.GetAsync($"/Detection/Signal?id={id}")).Content.ReadAsStringAsync();
        Assert.Matches(new Regex("Inform person.{0,40}<a href=\"/Leaflet\">Leaflet</a>"), html);
        Assert.Contains("<a href=\"/Leaflet\">Leaflet</a></li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_language_says_so_and_lists_the_available_ones()
    {
        var session = await SignedInAsync(Role.GuardianshipOfficer);
        var response = await session.Client.GetAsync("/Leaflet?lang=xx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"missing\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<article", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Leaflet?lang=fr\"", html, StringComparison.Ordinal);

        var api = await app.ApiClient(await app.UserAsync(Role.FrontlineOfficer)).GetAsync("/api/v1/leaflets/xx");
        await ApiAccessTests.AssertProblem(api, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_administrator_adds_spanish_and_revises_french_and_each_change_is_audited()
    {
        var admin = await app.UserAsync(Role.Administrator);
        TestUser? editor = null;
        var session = await SignedInAsync(Role.Administrator, u => editor = u);
        var added = await session.PostFormAsync("/Admin/LeafletEdit",
            new() { ["lang"] = "es", ["Title"] = "Ayuda y protección", ["Body"] = "Puede ser víctima de trata de seres humanos.\r\n\r\nTiene derechos.", ["Version"] = "0" },
            formPath: "/Admin/LeafletEdit?lang=es");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("/Admin/Leaflets", added.Headers.Location!.OriginalString);
        var list = await (await session.Client.GetAsync("/Admin/Leaflets")).Content.ReadAsStringAsync();
        Assert.Contains("/Admin/LeafletEdit?lang=es", list, StringComparison.Ordinal);

        var police = app.ApiClient(await app.UserAsync(Role.FrontlineOfficer));
        var spanish = await police.GetFromJsonAsync<JsonElement>("/api/v1/leaflets/es");
        Assert.Equal(1, spanish.GetProperty("version").GetInt32());
        Assert.Equal("Puede ser víctima de trata de seres humanos.\n\nTiene derechos.", spanish.GetProperty("body").GetString());

        var french = await police.GetFromJsonAsync<JsonElement>("/api/v1/leaflets/fr");
        var version = french.GetProperty("version").GetInt32();
        var revised = french.GetProperty("body").GetString() + "\n\nVous pouvez aussi demander à parler à une femme ou à un homme.";
        var client = app.ApiClient(admin);
        var updated = await client.PutAsJsonAsync("/api/v1/leaflets/fr", new { title = french.GetProperty("title").GetString(), body = revised, version });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(version + 1, (await updated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        Assert.Equal(revised, (await police.GetFromJsonAsync<JsonElement>("/api/v1/leaflets/fr")).GetProperty("body").GetString());

        var created = await client.PutAsJsonAsync("/api/v1/leaflets/pt", new { title = "Ajuda e proteção", body = "Tem direitos.", version = 0 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/v1/leaflets/pt", created.Headers.Location!.OriginalString);

        await app.WithDbAsync(async db =>
        {
            var changes = await db.AuditEntries.Where(e => e.Type == AuditEventType.LeafletChanged).ToListAsync();
            var es = Assert.Single(changes, e => e.SubjectId == "es");
            Assert.Equal(("Leaflet", "es version 1", editor!.Id), (es.SubjectType, es.Details, es.UserId));
            Assert.Single(changes, e => e.SubjectId == "fr" && e.Details == $"fr version {version + 1}" && e.UserId == admin.Id);
            Assert.Single(changes, e => e.SubjectId == "pt" && e.Details == "pt version 1");
            Assert.DoesNotContain(changes, e => e.Details!.Contains("femme", StringComparison.Ordinal) || e.Details.Contains("derechos", StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task A_stale_version_is_refused_with_409_and_nothing_changes()
    {
        var client = app.ApiClient(await app.UserAsync(Role.Administrator));
        Assert.Equal(HttpStatusCode.Created, (await client.PutAsJsonAsync("/api/v1/leaflets/it", new { title = "Aiuto", body = "Prima versione.", version = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync("/api/v1/leaflets/it", new { title = "Aiuto", body = "Seconda versione.", version = 1 })).StatusCode);
        var before = await SnapshotAsync();

        await ApiAccessTests.AssertProblem(await client.PutAsJsonAsync("/api/v1/leaflets/it", new { title = "Aiuto", body = "Versione vecchia.", version = 1 }), HttpStatusCode.Conflict);
        await ApiAccessTests.AssertProblem(await client.PutAsJsonAsync("/api/v1/leaflets/it", new { title = "Aiuto", body = "Di nuovo.", version = 0 }), HttpStatusCode.Conflict);
        await ApiAccessTests.AssertProblem(await client.PutAsJsonAsync("/api/v1/leaflets/de", new { title = "Hilfe", body = "Noch nicht da.", version = 3 }), HttpStatusCode.Conflict);

        Assert.Equal(before, await SnapshotAsync());
        var italian = await client.GetFromJsonAsync<JsonElement>("/api/v1/leaflets/it");
        Assert.Equal(("Seconda versione.", 2), (italian.GetProperty("body").GetString(), italian.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task A_stale_edit_in_the_form_keeps_what_the_editor_typed_and_says_why()
    {
        var client = app.ApiClient(await app.UserAsync(Role.Administrator));
        Assert.Equal(HttpStatusCode.Created, (await client.PutAsJsonAsync("/api/v1/leaflets/ro", new { title = "Ajutor", body = "Prima versiune.", version = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync("/api/v1/leaflets/ro", new { title = "Ajutor", body = "A doua versiune.", version = 1 })).StatusCode);

        var session = await SignedInAsync(Role.Administrator);
        var stale = await session.PostFormAsync("/Admin/LeafletEdit",
            new() { ["lang"] = "ro", ["Title"] = "Ajutor", ["Body"] = "Textul meu.", ["Version"] = "1" }, formPath: "/Admin/LeafletEdit?lang=ro");
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var html = await stale.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"conflict\"", html, StringComparison.Ordinal);
        Assert.Contains("Textul meu.", html, StringComparison.Ordinal);
        Assert.Equal("A doua versiune.", (await client.GetFromJsonAsync<JsonElement>("/api/v1/leaflets/ro")).GetProperty("body").GetString());
    }

    public static TheoryData<string, string, string?> BadInputs => new()
    {
        { "ENG", "{\"title\":\"Help\",\"body\":\"Text.\",\"version\":0}", "language" },
        { "e1", "{\"title\":\"Help\",\"body\":\"Text.\",\"version\":0}", "language" },
        { "EN", "{\"title\":\"Help\",\"body\":\"Text.\",\"version\":0}", "language" },
        { "zz", "{\"title\":\"Help\",\"body\":\"Text.\",\"version\":0}", "language" },
        { "de", "{\"title\":\"\",\"body\":\"Text.\",\"version\":0}", "title" },
        { "de", "{\"title\":\"" + new string('x', 201) + "\",\"body\":\"Text.\",\"version\":0}", "title" },
        { "de", "{\"title\":\"Zwei\\nZeilen\",\"body\":\"Text.\",\"version\":0}", "title" },
        { "de", "{\"title\":\"Hilfe\",\"body\":\"" + new string('x', 20001) + "\",\"version\":0}", "body" },
        { "de", "{\"title\":\"Hilfe\",\"body\":\"   \",\"version\":0}", "body" },
        { "de", "{\"title\":\"Hilfe\",\"body\":\"Null\\u0000Byte\",\"version\":0}", "body" },
        { "de", "{\"title\":\"Hilfe\",\"body\":\"Text.\"}", "version" },
        { "de", "{\"title\":\"Hilfe\",\"body\":\"Text.\",\"version\":0,\"html\":true}", null },
        { "de", "{\"title\":\"Hilfe\",\"body\":\"Text.\",\"version\":\"zero\"}", null },
        { "fr", "{\"title\":\"Aide\",\"body\":\"Texte.\",\"version\":1,\"language\":\"fr\"}", null },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Invalid_input_is_refused_with_400_naming_the_field_and_nothing_changes(string language, string json, string? field)
    {
        var client = app.ApiClient(await app.UserAsync(Role.Administrator));
        var before = await SnapshotAsync();
        var response = await client.PutAsync($"/api/v1/leaflets/{language}", new StringContent(json, Encoding.UTF8, "application/json"));
        await ApiAccessTests.AssertProblem(response, HttpStatusCode.BadRequest);
        if (field is not null)
        {
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
        }

        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Validation_messages_follow_the_callers_language()
    {
        var client = app.ApiClient(await app.UserAsync(Role.Administrator));
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var response = await client.PutAsJsonAsync("/api/v1/leaflets/ENG", new { title = "Help", body = "Text.", version = 0 });
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.StartsWith("Indiquez la langue", errors.GetProperty("language")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_frontline_officer_cannot_change_the_leaflet()
    {
        var police = app.ApiClient(await app.UserAsync(Role.FrontlineOfficer));
        var before = await SnapshotAsync();
        var response = await police.PutAsJsonAsync("/api/v1/leaflets/fr", new { title = "Autre", body = "Autre texte.", version = 1 });
        await ApiAccessTests.AssertProblem(response, HttpStatusCode.Forbidden);
        Assert.Equal(before, await SnapshotAsync());

        var session = await SignedInAsync(Role.FrontlineOfficer);
        var page = await session.Client.GetAsync("/Admin/LeafletEdit?lang=fr");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/Account/AccessDenied", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stored_markup_is_shown_as_text_never_run()
    {
        var client = app.ApiClient(await app.UserAsync(Role.Administrator));
        var put = await client.PutAsJsonAsync("/api/v1/leaflets/sv",
            new { title = "<b>Hjälp</b>", body = "<script>alert('leaflet')</script>\n\n<a href=\"https://example.org\">klicka</a>", version = 0 });
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);

        var session = await SignedInAsync(Role.FrontlineOfficer);
        var html = await (await session.Client.GetAsync("/Leaflet?lang=sv")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Hj", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a href=\"https://example.org\"", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(", html, StringComparison.Ordinal);
        Assert.Contains("<script>alert('leaflet')</script>", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    /// <summary>A fresh account per browser session: each has its own authenticator, so no sign-in waits for the next code.</summary>
    private async Task<BrowserSession> SignedInAsync(Role role, Action<TestUser>? who = null)
    {
        var user = await app.CreateUserAsync(role, BelgianReferenceData.DemoSeats[role]);
        who?.Invoke(user);
        var session = new BrowserSession(app.BrowserClient());
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(user)).StatusCode);
        return session;
    }

    /// <summary>Every stored text with its version and words, and the number of audited changes.</summary>
    private async Task<string> SnapshotAsync()
    {
        var snapshot = string.Empty;
        await app.WithDbAsync(async db =>
        {
            var texts = await db.LeafletTexts.AsNoTracking().OrderBy(t => t.LanguageCode).ToListAsync();
            var audited = await db.AuditEntries.CountAsync(e => e.Type == AuditEventType.LeafletChanged);
            snapshot = string.Join("|", texts.Select(t => $"{t.LanguageCode}:{t.Version}:{t.Title}:{t.Body}")) + "#" + audited;
        });
        return snapshot;
    }
}

/// <summary>How a plain-text leaflet is cut into paragraphs and lines, and which language codes are accepted.</summary>
public sealed class LeafletLayoutTests
{
    [Theory]
    [InlineData("One.", new[] { "One." })]
    [InlineData("One.\n\nTwo.", new[] { "One.", "Two." })]
    [InlineData("One.\r\n\r\n\r\nTwo.\r\n", new[] { "One.", "Two." })]
    [InlineData("Line one\nline two\n\nNext", new[] { "Line one/line two", "Next" })]
    [InlineData("  \n\n", new string[0])]
    public void Paragraphs_are_separated_by_blank_lines_and_keep_their_line_breaks(string text, string[] expected) =>
        Assert.Equal(expected, PlainTextParagraphs.Split(text).Select(p => string.Join("/", p)).ToArray());

    [Theory]
    [InlineData("fr", true)]
    [InlineData("ar", true)]
    [InlineData("ti", true)]
    [InlineData("FR", false)]
    [InlineData("fra", false)]
    [InlineData("f1", false)]
    [InlineData("zz", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_two_lower_case_letters_naming_a_language_are_a_leaflet_language(string? code, bool valid) =>
        Assert.Equal(valid, LeafletLanguage.IsValidCode(code));

    [Fact]
    public void Arabic_is_printed_right_to_left_under_its_own_name() =>
        Assert.Equal((true, "العربية"), (LeafletLanguage.IsRightToLeft("ar"), LeafletLanguage.NativeName("ar")));
}
