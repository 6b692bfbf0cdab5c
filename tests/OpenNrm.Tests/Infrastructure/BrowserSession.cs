using System.Net;
using System.Text.RegularExpressions;

namespace OpenNrm.Tests.Infrastructure;

/// <summary>Drives the sign-in pages as a browser would: GET the form, keep cookies, POST with the antiforgery token.</summary>
public sealed partial class BrowserSession(HttpClient client)
{
    public HttpClient Client { get; } = client;

    public async Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> fields, string? formPath = null)
    {
        var form = await Client.GetAsync(formPath ?? path);
        var html = await form.Content.ReadAsStringAsync();
        var token = TokenRegex().Match(html);
        Assert.True(token.Success, $"no antiforgery token on {path} (status {(int)form.StatusCode})");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return await Client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    /// <summary>Password then TOTP; returns the final response (a redirect home on success).</summary>
    public async Task<HttpResponseMessage> SignInAsync(TestUser user, string? password = null, string? code = null)
    {
        var first = await PostFormAsync("/Account/Login", new() { ["Email"] = user.Email, ["Password"] = password ?? TestApp.Password });
        if (first.StatusCode != HttpStatusCode.Redirect || !first.Headers.Location!.OriginalString.Contains("LoginWith2fa", StringComparison.Ordinal))
        {
            return first;
        }

        return await PostFormAsync("/Account/LoginWith2fa", new() { ["Code"] = code ?? user.CurrentCode() });
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();
}
