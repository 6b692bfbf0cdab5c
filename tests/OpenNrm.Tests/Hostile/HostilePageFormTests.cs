using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenNrm.Domain.Access;
using OpenNrm.Tests.Infrastructure;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Tests.Hostile;

/// <summary>
/// The pages' forms get the API's hostile values: every page a role may open is read as that role, each of its
/// forms (and each handler its buttons name) is posted with hostile values in its fields, antiforgery token
/// included so the input reaches the validation. Expected: never a 5xx or a stack trace, and a form refused in
/// every case (answered without a redirect) writes nothing. Sign-out and language forms are left out: they change
/// the session, not the data. <c>OPENNRM_FUZZ_CASES</c> and <c>OPENNRM_FUZZ_SEED</c> as for the API pass.
/// </summary>
public abstract partial class HostilePageFormTests(TestApp app)
{
    [Fact]
    public async Task Hostile_values_in_every_form_of_every_page_never_cause_an_error_and_a_refused_form_writes_nothing()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("OPENNRM_FUZZ_CASES"), out var n) && n > 0 ? n : 4;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("OPENNRM_FUZZ_SEED"), out var s) ? s : 20261206;
        var failures = new List<string>();
        var sessions = new Dictionary<Role, BrowserSession>();
        var forms = 0;
        var sent = 0;

        foreach (var (path, permission) in Pages())
        {
            var role = Enum.GetValues<Role>().First(r => PermissionMatrix.Allows(r, permission));
            if (!sessions.TryGetValue(role, out var session))
            {
                session = new BrowserSession(app.BrowserClient());
                Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(await app.UserAsync(role))).StatusCode);
                sessions[role] = session;
            }

            var page = await session.Client.GetAsync(path);
            if (page.StatusCode != HttpStatusCode.OK)
            {
                continue;
            }

            foreach (var form in Forms(await page.Content.ReadAsStringAsync(), path))
            {
                forms++;
                var random = new Random(seed ^ StableHash.Of(form.Action + "|" + string.Join(',', form.Fields.Select(f => f.Name))));
                // Exports started by an earlier form run in the background: let them finish, or their progress would count as this form's writes.
                await BackgroundRunsFinishedAsync();
                var before = await FingerprintAsync();
                var redirected = false;
                for (var i = 0; i < cases; i++)
                {
                    var fields = form.Fields.Select(f => new KeyValuePair<string, string>(f.Name, random.Next(10) < 7 ? HostileValues.Text(random) : f.Value))
                        .Append(new("__RequestVerificationToken", form.Token)).ToList();
                    using var content = new FormUrlEncodedContent(fields);
                    var response = await session.Client.PostAsync(form.Action, content);
                    sent++;
                    redirected |= (int)response.StatusCode is >= 300 and < 400;
                    var text = await response.Content.ReadAsStringAsync();
                    if (response.StatusCode >= HttpStatusCode.InternalServerError)
                    {
                        failures.Add($"POST {form.Action} as {role}: {(int)response.StatusCode} for {Describe(fields)}");
                    }
                    else if (text.Contains("   at ", StringComparison.Ordinal) && text.Contains("Exception", StringComparison.Ordinal))
                    {
                        failures.Add($"POST {form.Action} as {role}: a stack trace in the answer");
                    }
                }

                // A form that took a case redirects (post-redirect-get); one refused in every case must have written nothing.
                if (!redirected)
                {
                    await BackgroundRunsFinishedAsync();
                    var changed = DatabaseFingerprint.Changed(before, await FingerprintAsync()).ToList();
                    if (changed.Count > 0)
                    {
                        failures.Add($"POST {form.Action} as {role}: refused every case but changed {string.Join(", ", changed)}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} hostile form posts misbehaved (seed {seed}):{Environment.NewLine}{string.Join(Environment.NewLine, failures.Take(60))}");
        Assert.True(forms >= 10, $"only {forms} forms found on the pages ({sent} posts)");
    }

    private sealed record Field(string Name, string Value);

    private sealed record Form(string Action, string Token, IReadOnlyList<Field> Fields);

    /// <summary>The page's POST forms, one per handler its buttons name, without the session's own forms (sign-out, language).</summary>
    private static IEnumerable<Form> Forms(string html, string page)
    {
        foreach (Match form in FormRegex().Matches(html))
        {
            var attributes = form.Groups[1].Value;
            if (!MethodPostRegex().IsMatch(attributes))
            {
                continue;
            }

            var action = WebUtility.HtmlDecode(ActionRegex().Match(attributes) is { Success: true } a ? a.Groups[1].Value : page);
            if (action.Length == 0)
            {
                action = page;
            }

            if (action.Contains("Logout", StringComparison.OrdinalIgnoreCase) || action.Contains("Language", StringComparison.OrdinalIgnoreCase)
                || !action.StartsWith('/'))
            {
                continue;
            }

            var body = form.Groups[2].Value;
            var token = TokenRegex().Match(body);
            if (!token.Success)
            {
                continue;
            }

            var fields = FieldRegex().Matches(body).Select(f => new Field(WebUtility.HtmlDecode(f.Groups[2].Value),
                    ValueRegex().Match(f.Value) is { Success: true } v ? WebUtility.HtmlDecode(v.Groups[1].Value) : string.Empty))
                .Where(f => f.Name != "__RequestVerificationToken")
                .DistinctBy(f => f.Name)
                .ToList();
            var actions = FormActionRegex().Matches(body).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Where(x => x.StartsWith('/')).Append(action).Distinct();
            foreach (var target in actions)
            {
                yield return new Form(target, WebUtility.HtmlDecode(token.Groups[1].Value), fields);
            }
        }
    }

    private List<(string Path, Permission Permission)> Pages()
    {
        _ = app.CreateClient();
        return app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && !raw.TrimStart('/').StartsWith("api/", StringComparison.Ordinal) && !raw.Contains('{', StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.OfType<RequirePermissionAttribute>().Take(1).Select(p => ("/" + e.RoutePattern.RawText!.TrimStart('/'), p.Permission)))
            .Distinct()
            .OrderBy(p => p.Item1, StringComparer.Ordinal)
            .ToList();
    }

    private async Task BackgroundRunsFinishedAsync()
    {
        for (var i = 0; i < 600; i++)
        {
            var busy = await app.WithScopeAsync(sp => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(
                sp.GetRequiredService<AppDbContext>().Set<OpenNrm.Web.Features.Statistics.Runs.ReportRun>(),
                r => r.Status == OpenNrm.Web.Features.Statistics.Runs.ReportRunStatus.Queued || r.Status == OpenNrm.Web.Features.Statistics.Runs.ReportRunStatus.Running));
            if (!busy)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("background exports still running after a minute");
    }

    private Task<Dictionary<string, string>> FingerprintAsync() =>
        app.WithScopeAsync(sp => DatabaseFingerprint.TakeAsync(sp.GetRequiredService<AppDbContext>()));

    private static string Describe(IEnumerable<KeyValuePair<string, string>> fields) =>
        string.Join("&", fields.Where(f => f.Key != "__RequestVerificationToken").Select(f => f.Key + "=" + (f.Value.Length > 60 ? f.Value[..60] + "…" : f.Value)));

    [GeneratedRegex("<form\\b([^>]*)>(.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormRegex();

    [GeneratedRegex("method=\"post\"", RegexOptions.IgnoreCase)]
    private static partial Regex MethodPostRegex();

    [GeneratedRegex("\\baction=\"([^\"]*)\"")]
    private static partial Regex ActionRegex();

    [GeneratedRegex("\\bformaction=\"([^\"]*)\"")]
    private static partial Regex FormActionRegex();

    [GeneratedRegex("<(input|select|textarea)\\b[^>]*\\bname=\"([^\"]+)\"[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex FieldRegex();

    [GeneratedRegex("\\bvalue=\"([^\"]*)\"")]
    private static partial Regex ValueRegex();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();
}
