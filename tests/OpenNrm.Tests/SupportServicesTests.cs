using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Audit;
using OpenNrm.Tests.Infrastructure;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Assistance;

namespace OpenNrm.Tests;

/// <summary>
/// A support case's documents (recognised by content, size-limited, encrypted at rest, every download audited),
/// interpreters, subsistence through the PCSW and voluntary return; need-to-know like the support case; refusals
/// write nothing.
/// </summary>
public abstract partial class SupportServicesTests(TestApp app)
{
    private static DateOnly Today => LegalToday.Date;

    /// <summary>Words inside the document that would show in a stolen copy of the database if it were not encrypted.</summary>
    private const string Marker = "Passport of Anna Example, number EX1234567";

    [Fact]
    public async Task A_pdf_is_kept_encrypted_downloads_identical_and_every_download_is_audited()
    {
        var caseworker = await app.UserAsync(Role.CentreCaseworker);
        var (support, _) = await OpenSupportAsync(caseworker);
        var client = app.ApiClient(caseworker);
        var pdf = Pdf(200_000);

        var uploaded = await client.PostAsync($"/api/v1/support-cases/{support}/attachments", Form("IdentityDocument", pdf, "passport-anna.pdf"));
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var view = await uploaded.Content.ReadFromJsonAsync<JsonElement>();
        var attachment = view.GetProperty("id").GetGuid();
        Assert.Equal(("IdentityDocument", "Pdf", "application/pdf", (long)pdf.Length),
            (view.GetProperty("type").GetString(), view.GetProperty("kind").GetString(), view.GetProperty("contentType").GetString(), view.GetProperty("length").GetInt64()));
        Assert.Equal($"/api/v1/support-cases/{support}/attachments/{attachment}", uploaded.Headers.Location!.OriginalString);
        Assert.Equal(1, await AuditCountAsync(AuditEventType.SupportAttachmentAdded, support));

        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/support-cases/{support}/attachments?purpose=identity%20check");
        Assert.Equal("passport-anna.pdf", list.EnumerateArray().Single().GetProperty("fileName").GetString());
        Assert.Equal(1, await AuditCountAsync(AuditEventType.SupportServicesViewed, support, "identity check"));

        var download = await client.GetAsync($"/api/v1/support-cases/{support}/attachments/{attachment}?purpose=identity%20check");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("passport-anna.pdf", download.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(1, await AuditCountAsync(AuditEventType.SupportAttachmentDownloaded, support, "identity check", attachment.ToString()));
        await client.GetAsync($"/api/v1/support-cases/{support}/attachments/{attachment}");
        Assert.Equal(2, await AuditCountAsync(AuditEventType.SupportAttachmentDownloaded, support, details: attachment.ToString()));

        // What a stolen copy of the database holds: neither the document's words nor its name.
        SupportAttachmentContent? stored = null;
        await app.WithDbAsync(async db => stored = await db.Set<SupportAttachmentContent>().AsNoTracking().SingleAsync(c => c.AttachmentId == attachment));
        Assert.True(stored!.Ciphertext.Length >= pdf.Length);
        Assert.Equal(-1, stored.Ciphertext.AsSpan().IndexOf(Encoding.ASCII.GetBytes(Marker)));
        Assert.False(stored.Ciphertext.AsSpan().StartsWith("%PDF"u8));
        Assert.DoesNotContain("passport-anna", await RawAsync("SELECT \"FileName\" FROM support_attachments"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_program_renamed_pdf_an_unknown_type_and_an_oversized_file_are_refused_and_nothing_is_written()
    {
        var caseworker = await app.UserAsync(Role.CentreCaseworker);
        var (support, _) = await OpenSupportAsync(caseworker);
        var client = app.ApiClient(caseworker);
        var url = $"/api/v1/support-cases/{support}/attachments";
        var before = await SnapshotAsync();

        // A Windows program starts with "MZ", whatever it is called and whatever type the browser claims.
        var program = Encoding.ASCII.GetBytes("MZ\u0090\0\u0003\0\0\0This program cannot be run in DOS mode.").Concat(new byte[4096]).ToArray();
        await AssertFieldProblem(await client.PostAsync(url, Form("ConsentForm", program, "consent.pdf")), "file");
        await AssertFieldProblem(await client.PostAsync(url, Form("Certificate", "just text"u8.ToArray(), "certificate.png", "image/png")), "file");
        await AssertFieldProblem(await client.PostAsync(url, Form("Passport", Pdf(1000), "passport.pdf")), "type");
        await AssertFieldProblem(await client.PostAsync(url, Form(null, Pdf(1000), "passport.pdf")), "type");
        await AssertFieldProblem(await client.PostAsync(url, Form("Other", [], "empty.pdf")), "file");
        await AssertFieldProblem(await client.PostAsJsonAsync(url, new { type = "Other" }), "file");

        // One byte over the limit fits the request's envelope and is refused by the file's own check; a body far over
        // the limit is refused before it is read. Both answer 413 with a problem, never a 500.
        var justOver = await client.PostAsync(url, Form("Other", Pdf((int)AttachmentOptions.DefaultMaxBytes + 1), "scan.pdf"));
        await ApiAccessTests.AssertProblem(justOver, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("10 MB", (await justOver.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await ApiAccessTests.AssertProblem(await client.PostAsync(url, Form("Other", Pdf(12 * 1024 * 1024), "huge.pdf")), HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal(before, await SnapshotAsync());

        // A file of exactly the limit is accepted.
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync(url, Form("Other", Pdf((int)AttachmentOptions.DefaultMaxBytes), "limit.pdf"))).StatusCode);
    }

    [Fact]
    public async Task Another_centre_is_told_not_found_and_a_police_officer_is_forbidden()
    {
        var caseworker = await app.UserAsync(Role.CentreCaseworker);
        var (support, file) = await OpenSupportAsync(caseworker);
        var uploaded = await app.ApiClient(caseworker).PostAsync($"/api/v1/support-cases/{support}/attachments", Form("Certificate", Png(), "school.png", "image/png"));
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var attachment = (await uploaded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal("Png", (await app.ApiClient(caseworker).GetFromJsonAsync<JsonElement>($"/api/v1/support-cases/{support}/attachments"))[0].GetProperty("kind").GetString());

        // Another centre sees nothing, even once it works on the same file.
        await app.WithDbAsync(async db =>
        {
            var f = await db.Cases.Include(c => c.Involvements).SingleAsync(c => c.Id == file);
            f.Involve(BelgianReferenceData.IdFor("CENTRE-SURYA"), DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        });
        var surya = await app.CreateUserAsync(Role.CentreCoordinator, "CENTRE-SURYA");
        var police = await app.UserAsync(Role.FrontlineOfficer);
        var volunteer = await app.CreateUserAsync(Role.FrontlineOfficer, "CENTRE-PAGASA");
        var reads = new[] { "/attachments", $"/attachments/{attachment}", "/interpretations", "/subsistence", "/voluntary-returns" };
        foreach (var path in reads)
        {
            await ApiAccessTests.AssertProblem(await app.ApiClient(surya).GetAsync($"/api/v1/support-cases/{support}{path}"), HttpStatusCode.NotFound);
            await ApiAccessTests.AssertProblem(await app.ApiClient(police).GetAsync($"/api/v1/support-cases/{support}{path}"), HttpStatusCode.Forbidden);
            await ApiAccessTests.AssertProblem(await app.ApiClient(volunteer).GetAsync($"/api/v1/support-cases/{support}{path}"), HttpStatusCode.Forbidden);
        }

        // Sign-ins are audited; they happen before the snapshot so that it counts the refused attempts only.
        var suryaPage = await SignedInAsync(surya);
        var policePage = await SignedInAsync(police);
        var before = await SnapshotAsync();
        await ApiAccessTests.AssertProblem(await app.ApiClient(surya).PostAsync($"/api/v1/support-cases/{support}/attachments", Form("Other", Pdf(500), "x.pdf")),
            HttpStatusCode.NotFound);
        await ApiAccessTests.AssertProblem(await app.ApiClient(police).PostAsync($"/api/v1/support-cases/{support}/attachments", Form("Other", Pdf(500), "x.pdf")),
            HttpStatusCode.Forbidden);
        await ApiAccessTests.AssertProblem(await app.ApiClient(surya).PostAsJsonAsync($"/api/v1/support-cases/{support}/subsistence",
            new { pcsw = "CPAS de Liège", referredOn = Today }), HttpStatusCode.NotFound);

        // The page refuses the same way: not found for the other centre, access denied for the police.
        Assert.Equal(HttpStatusCode.NotFound,
            (await suryaPage.Client.GetAsync($"/Assistance/CaseServices?id={support}&attachmentId={attachment}&handler=Download")).StatusCode);
        var denied = await policePage.Client.GetAsync($"/Assistance/CaseServices?id={support}&attachmentId={attachment}&handler=Download");
        Assert.Contains("/Account/AccessDenied", denied.Headers.Location?.OriginalString ?? string.Empty, StringComparison.Ordinal);

        Assert.Equal(before, await SnapshotAsync());
        Assert.Equal(0, await AuditCountAsync(AuditEventType.SupportAttachmentDownloaded, support));
    }

    [Fact]
    public async Task An_interpreter_is_requested_confirmed_and_held_and_a_bad_transition_writes_nothing()
    {
        var caseworker = await app.UserAsync(Role.CentreCaseworker);
        var (support, _) = await OpenSupportAsync(caseworker);
        var client = app.ApiClient(caseworker);

        var requested = await client.PostAsJsonAsync($"/api/v1/support-cases/{support}/interpretations",
            new { language = "Tigrinya", on = Today, provider = "Sociaal Vertaalbureau" });
        Assert.Equal(HttpStatusCode.Created, requested.StatusCode);
        var view = await requested.Content.ReadFromJsonAsync<JsonElement>();
        var id = view.GetProperty("id").GetGuid();
        Assert.Equal("Requested", view.GetProperty("status").GetString());
        Assert.Equal(["Confirmed", "Cancelled"], view.GetProperty("nextStatuses").EnumerateArray().Select(s => s.GetString()!).ToArray());

        var status = $"/api/v1/support-cases/{support}/interpretations/{id}/status";
        var before = await SnapshotAsync();
        var french = app.ApiClient(caseworker);
        french.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var skipped = await AssertRefusal(await french.PostAsJsonAsync(status, new { status = "Done" }), "InterpretationStatusNotAllowed",
            "Circular of 23 December 2016, 4; Law of 15 June 1935");
        Assert.StartsWith("Une interprétation est confirmée avec le prestataire", skipped.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());

        Assert.Equal("Confirmed", (await Ok(await client.PostAsJsonAsync(status, new { status = "Confirmed" }))).GetProperty("status").GetString());
        Assert.Equal("Done", (await Ok(await client.PostAsJsonAsync(status, new { status = "Done" }))).GetProperty("status").GetString());
        before = await SnapshotAsync();
        await AssertRefusal(await client.PostAsJsonAsync(status, new { status = "Cancelled" }), "InterpretationStatusNotAllowed", "Circular of 23 December 2016, 4");
        Assert.Equal(before, await SnapshotAsync());

        // A session next week is not done yet.
        var later = await Ok(await client.PostAsJsonAsync($"/api/v1/support-cases/{support}/interpretations",
            new { language = "Dari", on = Today.AddDays(7), provider = "Interpretation service" }), HttpStatusCode.Created);
        var laterStatus = $"/api/v1/support-cases/{support}/interpretations/{later.GetProperty("id").GetGuid()}/status";
        await Ok(await client.PostAsJsonAsync(laterStatus, new { status = "Confirmed" }));
        await AssertRefusal(await client.PostAsJsonAsync(laterStatus, new { status = "Done" }), "InterpretationNotYetHeld", "Circular of 23 December 2016, 4");

        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/support-cases/{support}/interpretations");
        Assert.Equal(["Done", "Confirmed"], list.EnumerateArray().Select(i => i.GetProperty("status").GetString()!).ToArray());
        await AssertFieldProblem(await client.PostAsJsonAsync($"/api/v1/support-cases/{support}/interpretations", new { language = "", on = Today, provider = "X" }),
            "language");
    }

    [Fact]
    public async Task A_PCSW_referral_is_granted_or_refused_with_its_reason_and_a_second_decision_writes_nothing()
    {
        var caseworker = await app.UserAsync(Role.CentreCaseworker);
        var (support, _) = await OpenSupportAsync(caseworker);
        var client = app.ApiClient(caseworker);
        var referrals = $"/api/v1/support-cases/{support}/subsistence";

        var referred = await Ok(await client.PostAsJsonAsync(referrals, new { pcsw = "CPAS de Saint-Gilles", referredOn = Today.AddDays(-10) }), HttpStatusCode.Created);
        Assert.Equal("Referred", referred.GetProperty("status").GetString());
        Assert.StartsWith("Organic Act of 8 July 1976 on PCSWs, art. 1, 57 §1", referred.GetProperty("basis").GetString(), StringComparison.Ordinal);
        var decision = $"{referrals}/{referred.GetProperty("id").GetGuid()}/decision";

        var before = await SnapshotAsync();
        await AssertRefusal(await client.PostAsJsonAsync(referrals, new { pcsw = "CPAS de Forest", referredOn = Today }), "SubsistenceReferralPending",
            "Organic Act of 8 July 1976 on PCSWs");
        await AssertRefusal(await client.PostAsJsonAsync(decision, new { outcome = "Refused", on = Today }), "SubsistenceRefusalReasonMissing",
            "Organic Act of 8 July 1976 on PCSWs");
        await AssertRefusal(await client.PostAsJsonAsync(decision, new { outcome = "Granted", on = Today.AddDays(-11) }), "SubsistenceDecisionBeforeReferral",
            "Organic Act of 8 July 1976 on PCSWs");
        await AssertFieldProblem(await client.PostAsJsonAsync(decision, new { outcome = "Referred", on = Today }), "outcome");
        Assert.Equal(before, await SnapshotAsync());

        var refused = await Ok(await client.PostAsJsonAsync(decision, new { outcome = "Refused", on = Today, reason = "Address in the municipality not proven" }));
        Assert.Equal(("Refused", "Address in the municipality not proven"), (refused.GetProperty("status").GetString(), refused.GetProperty("refusalReason").GetString()));
        Assert.DoesNotContain("not proven", await RawAsync("SELECT \"RefusalReason\" FROM support_subsistence_referrals WHERE \"RefusalReason\" IS NOT NULL"),
            StringComparison.Ordinal);

        before = await SnapshotAsync();
        await AssertRefusal(await client.PostAsJsonAsync(decision, new { outcome = "Granted", on = Today }), "SubsistenceAlreadyDecided", "Organic Act of 8 July 1976");
        Assert.Equal(before, await SnapshotAsync());

        var again = await Ok(await client.PostAsJsonAsync(referrals, new { pcsw = "OCMW Antwerpen", referredOn = Today }), HttpStatusCode.Created);
        await Ok(await client.PostAsJsonAsync($"{referrals}/{again.GetProperty("id").GetGuid()}/decision", new { outcome = "Granted", on = Today, reason = "ignored" }));
        var list = await client.GetFromJsonAsync<JsonElement>(referrals);
        Assert.Equal(["Refused", "Granted"], list.EnumerateArray().Select(r => r.GetProperty("status").GetString()!).ToArray());
        Assert.Equal(JsonValueKind.Null, list[1].GetProperty("refusalReason").ValueKind);
    }

    [Fact]
    public async Task A_reintegration_plan_longer_than_a_year_is_refused_with_its_basis_and_the_return_points_to_the_residence_procedure()
    {
        var caseworker = await app.UserAsync(Role.CentreCaseworker);
        var (support, file) = await OpenSupportAsync(caseworker);
        var client = app.ApiClient(caseworker);
        var procedure = await client.PostAsJsonAsync("/api/v1/procedures", new
        {
            caseId = file, openedOn = Today.AddDays(-20), thirdCountryNational = true, unaccompaniedMinor = false,
            prosecutorOfficeId = BelgianReferenceData.IdFor("PROS-BXL"),
        });
        Assert.Equal(HttpStatusCode.Created, procedure.StatusCode);
        var procedureId = (await procedure.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var referred = await Ok(await client.PostAsJsonAsync($"/api/v1/support-cases/{support}/voluntary-returns",
            new { partner = "Iom", referredOn = Today }), HttpStatusCode.Created);
        var plan = $"/api/v1/support-cases/{support}/voluntary-returns/{referred.GetProperty("id").GetGuid()}/plan";
        var returnOn = Today.AddDays(30);

        var before = await SnapshotAsync();
        var tooLong = await AssertRefusal(await client.PostAsJsonAsync(plan, new { returnOn, endsOn = returnOn.AddYears(1).AddDays(1) }),
            "ReintegrationLongerThanOneYear", "Fedasil reintegration programme (product rule: at most 1 year; EMN Belgium 2022, 6.2)");
        Assert.Contains("at most one year", tooLong.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await AssertRefusal(await client.PostAsJsonAsync(plan, new { returnOn = Today.AddDays(-1), endsOn = Today.AddMonths(6) }), "ReturnBeforeReferral",
            "Circular of 23 December 2016, 5.2.2");
        await AssertRefusal(await client.PostAsJsonAsync($"/api/v1/support-cases/{support}/voluntary-returns", new { partner = "CaritasInternational", referredOn = Today }),
            "VoluntaryReturnPending", "Circular of 23 December 2016, 5.2.2");
        Assert.Equal(before, await SnapshotAsync());

        var agreed = await Ok(await client.PostAsJsonAsync(plan, new { returnOn, endsOn = returnOn.AddYears(1) }));
        Assert.Equal(("PlanAgreed", returnOn.AddYears(1)), (agreed.GetProperty("status").GetString(), DateOnly.Parse(agreed.GetProperty("planEndsOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(1, await AuditCountAsync(AuditEventType.SupportReintegrationPlanned, support));

        // The return is also an exit from the residence procedure: the view points there, and the procedure is unchanged.
        var returns = await client.GetFromJsonAsync<JsonElement>($"/api/v1/support-cases/{support}/voluntary-returns");
        Assert.Equal(procedureId, returns.GetProperty("residenceProcedureId").GetGuid());
        Assert.Equal("Circular of 23 December 2016, 5.2.2", returns.GetProperty("residenceExitBasis").GetString());
        Assert.False(returns.GetProperty("informPoliceConsentInForce").GetBoolean());
        var page = await (await (await SignedInAsync(caseworker)).Client.GetAsync($"/Assistance/Case?id={support}")).Content.ReadAsStringAsync();
        Assert.Contains($"/Residence/Procedure?id={procedureId}", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"voluntary-return\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_case_page_keeps_a_document_through_its_form_with_antiforgery_and_downloads_it()
    {
        var coordinator = await app.UserAsync(Role.CentreCoordinator);
        var (support, _) = await OpenSupportAsync(coordinator);
        var session = await SignedInAsync(coordinator);
        var casePath = $"/Assistance/Case?id={support}";
        var casePage = await (await session.Client.GetAsync(casePath)).Content.ReadAsStringAsync();
        Assert.Contains("enctype=\"multipart/form-data\"", casePage, StringComparison.Ordinal);
        var token = WebUtility.HtmlDecode(TokenRegex().Match(casePage).Groups[1].Value);
        var action = $"/Assistance/CaseServices?id={support}&handler=Document";

        // Without the antiforgery token a form post is refused and keeps nothing.
        var before = await SnapshotAsync();
        var forged = await session.Client.PostAsync(action, PageForm("Certificate", Pdf(1000), "forged.pdf", token: null));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(before, await SnapshotAsync());

        // Larger than the host's default body limit of 1 MB: the page states the documents' own limit.
        var scan = Pdf(2 * 1024 * 1024);
        var kept = await session.Client.PostAsync(action, PageForm("Certificate", scan, "medical-certificate.pdf", token));
        Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        Assert.Equal($"/Assistance/Case?id={support}#services", kept.Headers.Location!.OriginalString);

        // A program is refused on the page, with the reason, and nothing is kept.
        before = await SnapshotAsync();
        var refused = await session.Client.PostAsync(action, PageForm("Other", "MZ\u0090\0"u8.ToArray(), "form.pdf", token));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("validation-summary", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());

        var page = await (await session.Client.GetAsync(casePath)).Content.ReadAsStringAsync();
        Assert.Contains("medical-certificate.pdf", page, StringComparison.Ordinal);
        var link = WebUtility.HtmlDecode(DownloadRegex().Match(page).Groups[1].Value);
        var download = await session.Client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(scan, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(1, await AuditCountAsync(AuditEventType.SupportAttachmentDownloaded, support));

        // The sections speak the reader's language.
        using var dutch = new HttpRequestMessage(HttpMethod.Get, casePath);
        dutch.Headers.AcceptLanguage.ParseAdd("nl");
        var dutchPage = await (await session.Client.SendAsync(dutch)).Content.ReadAsStringAsync();
        Assert.Contains("Levensonderhoud via het OCMW", dutchPage, StringComparison.Ordinal);
        Assert.Contains("Een document bewaren", dutchPage, StringComparison.Ordinal);

        // The other forms go through the same page and come back to the case.
        var interpretation = await session.PostFormAsync($"/Assistance/CaseServices?id={support}&handler=Interpretation", new()
        {
            ["NewInterpretation.Language"] = "Arabic", ["NewInterpretation.On"] = Today.ToString("yyyy-MM-dd"), ["NewInterpretation.Provider"] = "Babel",
        }, casePath);
        Assert.Equal(HttpStatusCode.Redirect, interpretation.StatusCode);
        Assert.Contains("data-testid=\"interpretation\"", await (await session.Client.GetAsync(casePath)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static MultipartFormDataContent Form(string? type, byte[] content, string fileName, string contentType = "application/pdf")
    {
        var form = new MultipartFormDataContent();
        if (type is not null)
        {
            form.Add(new StringContent(type), "type");
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        return form;
    }

    private static MultipartFormDataContent PageForm(string type, byte[] content, string fileName, string? token)
    {
        var form = new MultipartFormDataContent { { new StringContent(type), "DocumentType" } };
        if (token is not null)
        {
            form.Add(new StringContent(token), "__RequestVerificationToken");
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "Document", fileName);
        return form;
    }

    /// <summary>A PDF of the given length: header, the marker words, filler bytes of every value, end marker.</summary>
    private static byte[] Pdf(int length)
    {
        var head = Encoding.ASCII.GetBytes("%PDF-1.7\n% " + Marker + "\n");
        var tail = Encoding.ASCII.GetBytes("\n%%EOF\n");
        var bytes = new byte[Math.Max(length, head.Length + tail.Length)];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(i * 31 % 251);
        }

        head.CopyTo(bytes, 0);
        tail.CopyTo(bytes, bytes.Length - tail.Length);
        return bytes;
    }

    private static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0];

    private static async Task AssertFieldProblem(HttpResponseMessage response, string field)
    {
        await ApiAccessTests.AssertProblem(response, HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(field, out _), body);
    }

    /// <summary>A 422 naming the unmet rule by code, with its basis in the detail; returns the problem.</summary>
    private static async Task<JsonElement> AssertRefusal(HttpResponseMessage response, string code, string basisStart)
    {
        await ApiAccessTests.AssertProblem(response, HttpStatusCode.UnprocessableEntity);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.StartsWith(basisStart, problem.GetProperty("basis").GetString(), StringComparison.Ordinal);
        Assert.Contains(problem.GetProperty("basis").GetString()!, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        return problem;
    }

    private async Task<(Guid Support, Guid File)> OpenSupportAsync(TestUser centreUser)
    {
        var file = await app.ApiClient(centreUser).PostAsJsonAsync("/api/v1/cases", new { personName = "Services Person " + Guid.NewGuid().ToString("N")[..6] });
        Assert.Equal(HttpStatusCode.Created, file.StatusCode);
        var fileId = (await file.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var opened = await app.ApiClient(centreUser).PostAsJsonAsync("/api/v1/support-cases", new { caseId = fileId, openedOn = Today.AddDays(-30) });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        return ((await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), fileId);
    }

    private async Task<BrowserSession> SignedInAsync(TestUser user)
    {
        var session = new BrowserSession(app.BrowserClient());
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(user)).StatusCode);
        return session;
    }

    private static async Task<JsonElement> Ok(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<int> AuditCountAsync(AuditEventType type, Guid support, string? purpose = null, string? details = null)
    {
        var id = support.ToString();
        var count = 0;
        await app.WithDbAsync(async db => count = (await db.AuditEntries.AsNoTracking()
                .Where(a => a.Type == type && a.SubjectType == "SupportCase" && a.SubjectId == id && (purpose == null || a.Purpose == purpose))
                .Select(a => a.Details).ToListAsync())
            .Count(d => details == null || (d ?? string.Empty).Contains(details, StringComparison.Ordinal)));
        return count;
    }

    /// <summary>Every row and version these features write, and the audit trail: equal before and after means nothing was written.</summary>
    private async Task<string> SnapshotAsync()
    {
        var counts = string.Empty;
        await app.WithDbAsync(async db => counts = string.Join(",",
            await db.Set<SupportAttachment>().CountAsync(), await db.Set<SupportAttachmentContent>().CountAsync(),
            await db.Set<InterpretationRecord>().CountAsync(), await db.Set<InterpretationRecord>().SumAsync(r => r.Version),
            await db.Set<SubsistenceReferralRecord>().CountAsync(), await db.Set<SubsistenceReferralRecord>().SumAsync(r => r.Version),
            await db.Set<VoluntaryReturnRecord>().CountAsync(), await db.Set<VoluntaryReturnRecord>().SumAsync(r => r.Version),
            await db.SupportCases.SumAsync(s => s.Version),
            await db.AuditEntries.CountAsync(e => e.Type != AuditEventType.ApiTokenUsed && e.Type != AuditEventType.SupportServicesViewed
                                                  && e.Type != AuditEventType.SupportCaseViewed && e.Type != AuditEventType.SupportNotesViewed
                                                  && e.Type != AuditEventType.SupportCareNotesViewed)));
        return counts;
    }

    /// <summary>The stored column values as the database holds them, joined: what a stolen copy would show.</summary>
    private async Task<string> RawAsync(string sql)
    {
        var values = new List<string>();
        await app.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                values.Add(reader.GetString(0));
            }
        });
        Assert.NotEmpty(values);
        return string.Join("\n", values);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();

    [GeneratedRegex("href=\"(/Assistance/CaseServices\\?[^\"]*handler=Download[^\"]*)\"")]
    private static partial Regex DownloadRegex();
}
