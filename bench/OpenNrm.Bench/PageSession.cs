using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace OpenNrm.Bench;

/// <summary>
/// A signed-in browser session without a browser, for measuring pages: the sign-in form, then the first-time
/// enrolment of an authenticator as a person does it (the page shows the key, the "app" computes the code from it,
/// RFC 6238 with SHA-1, 30-second steps, 6 digits). For a new account only: the bench makes one for each run.
/// </summary>
public static partial class PageSession
{
    public static async Task<HttpClient> SignInAsync(string baseUrl, string email, string password, int workers)
    {
        var client = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true, MaxConnectionsPerServer = workers * 2 })
        {
            BaseAddress = new Uri(baseUrl),
        };
        var login = await client.GetStringAsync("/Account/Login");
        var enrol = await PostFormAsync(client, "/Account/Login", login, new() { ["Email"] = email, ["Password"] = password });
        var key = SharedKey().Match(enrol) is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups[1].Value).Replace(" ", string.Empty, StringComparison.Ordinal)
            : throw new InvalidOperationException("The sign-in did not lead to the enrolment page (is the account new, with a password?).");
        var home = await PostFormAsync(client, "/Account/Enrol", enrol, new() { ["Code"] = Totp(key, DateTimeOffset.UtcNow) });
        if (home.Contains("name=\"Code\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The enrolment refused the computed code.");
        }

        return client;
    }

    private static async Task<string> PostFormAsync(HttpClient client, string path, string page, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = Antiforgery().Match(page) is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException($"No antiforgery token on the page before {path}.");
        if (ReturnUrl().Match(page) is { Success: true } r)
        {
            fields["ReturnUrl"] = WebUtility.HtmlDecode(r.Groups[1].Value);
        }

        var response = await client.PostAsync(path, new FormUrlEncodedContent(fields));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    private static string Totp(string base32Key, DateTimeOffset at)
    {
        var step = BitConverter.GetBytes(at.ToUnixTimeSeconds() / 30);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(step);
        }

        // SHA-1 is what authenticator apps and the server's TOTP use (RFC 6238's default); HMAC-SHA-1 is not broken.
#pragma warning disable CA5350
        var hash = HMACSHA1.HashData(Base32(base32Key), step);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('=').ToUpperInvariant())
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }

    [GeneratedRegex("data-testid=\"shared-key\">([^<]+)<")]
    private static partial Regex SharedKey();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    [GeneratedRegex("name=\"ReturnUrl\" value=\"([^\"]*)\"")]
    private static partial Regex ReturnUrl();
}
