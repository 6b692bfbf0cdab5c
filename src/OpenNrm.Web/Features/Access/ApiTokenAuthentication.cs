using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Access;

/// <summary>
/// "Authorization: Bearer onrm_..." for scripts and other systems. The token is looked up by its SHA-256; it
/// acts with its user's current roles, so disabling the user or revoking the token stops it at once.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AppDbContext db,
    AuditLog audit,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    public const string TokenPrefix = "onrm_";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = header["Bearer ".Length..].Trim();
        var now = clock.GetUtcNow();
        var hash = Hash(secret);
        // The token, its user and the user's roles in one round trip: this runs on every API request.
        var found = await db.ApiTokens.AsNoTracking()
            .Where(t => t.TokenHash == hash)
            .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new
            {
                Token = t,
                User = u,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .FirstOrDefaultAsync(Context.RequestAborted);
        if (found is null || !found.Token.IsValidAt(now) || found.User.IsDisabled)
        {
            return AuthenticateResult.Fail("invalid token");
        }

        var (token, user) = (found.Token, found.User);
        var principal = Principal(user, found.Roles);
        // Token use is recorded once per token per window, not per request: every read of personal data is already
        // audited by the endpoint itself, and a write per request would double the cost of each API read.
        if (TokenUseWindow.ShouldRecord(token.Id, now))
        {
            audit.Record(AuditEventType.ApiTokenUsed, "ApiToken", token.Id.ToString(), details: Request.Method + " " + Request.Path,
                userId: user.Id, organisationId: user.OrganisationId);
            await db.SaveChangesAsync(Context.RequestAborted);
        }
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    /// <summary>The same claims the sign-in cookie carries (identifier, name, organisation, roles).</summary>
    private static ClaimsPrincipal Principal(AppUser user, List<string> roles)
    {
        var identity = new ClaimsIdentity(SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()));
        identity.AddClaim(new Claim(ClaimTypes.Name, user.UserName ?? string.Empty));
        identity.AddClaim(new Claim(ClaimTypes.GivenName, user.DisplayName));
        identity.AddClaim(new Claim(CurrentUser.OrganisationClaim, user.OrganisationId.ToString()));
        identity.AddClaims(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(identity);
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return Problems.WriteAsync(Context, ProblemKind.Unauthorized);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problems.WriteAsync(Context, ProblemKind.Forbidden);

    public static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static string NewSecret() => TokenPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .Replace('+', '-').Replace('/', '_').TrimEnd('=');
}

/// <summary>Remembers when each token's use was last recorded, so that the audit says "in use" every few minutes.</summary>
internal static class TokenUseWindow
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, DateTimeOffset> LastRecorded = new();

    public static bool ShouldRecord(Guid tokenId, DateTimeOffset now)
    {
        var last = LastRecorded.GetValueOrDefault(tokenId, DateTimeOffset.MinValue);
        return now - last >= Window && LastRecorded.TryUpdate(tokenId, now, last) | LastRecorded.TryAdd(tokenId, now);
    }
}
