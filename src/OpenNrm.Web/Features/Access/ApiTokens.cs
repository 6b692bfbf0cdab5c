using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Audit;

namespace OpenNrm.Web.Features.Access;

public sealed record CreatedToken(Guid Id, string Secret, DateTimeOffset ExpiresAt);

/// <summary>Creates and revokes bearer tokens (command line). The secret is returned once and never stored.</summary>
public sealed class ApiTokens(AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public const int MaxDays = 365;

    public async Task<CreatedToken> CreateAsync(string email, int days, string name, CancellationToken ct = default)
    {
        if (days is < 1 or > MaxDays)
        {
            throw new ArgumentOutOfRangeException(nameof(days), $"A token lives between 1 and {MaxDays} days.");
        }

        var normalised = email.Trim().ToUpperInvariant();
        var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalised, ct)
            ?? throw new InvalidOperationException($"No account with the e-mail address {email}.");
        if (user.IsDisabled)
        {
            throw new InvalidOperationException("This account is disabled; enable it before creating a token.");
        }

        var secret = ApiTokenAuthenticationHandler.NewSecret();
        var now = clock.GetUtcNow();
        var token = new ApiToken(Guid.CreateVersion7(), user.Id, name, ApiTokenAuthenticationHandler.Hash(secret), now, now.AddDays(days));
        db.ApiTokens.Add(token);
        audit.Record(AuditEventType.ApiTokenCreated, "ApiToken", token.Id.ToString(), details: $"days={days}", userId: user.Id, organisationId: user.OrganisationId);
        await db.SaveChangesAsync(ct);
        return new CreatedToken(token.Id, secret, token.ExpiresAt);
    }

    public async Task<bool> RevokeAsync(Guid id, CancellationToken ct = default)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (token is null)
        {
            return false;
        }

        token.Revoke(clock.GetUtcNow());
        audit.Record(AuditEventType.ApiTokenRevoked, "ApiToken", id.ToString(), userId: token.UserId);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
