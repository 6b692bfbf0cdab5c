using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Assistance;

public enum RevealOutcome
{
    Revealed,
    NotFound,

    /// <summary>The purpose is missing or out of bounds: no code was checked, nothing was revealed.</summary>
    Invalid,

    /// <summary>The code was wrong, already used, or the account is locked: audited as a failed reveal.</summary>
    Refused,
}

public sealed record RevealResult(RevealOutcome Outcome, string? Name = null, string? Address = null, Validation? Validation = null);

/// <summary>
/// Shows a shelter's secret address to one of its centre's staff who, at this moment, proves their second factor
/// again and says why. A session left open on a desk, or a stolen cookie, is not enough. The code is single-use
/// (the sign-in code cannot be replayed here); a wrong code counts towards the account's lockout like a wrong
/// sign-in code. Every attempt, granted or not, is audited with the stated purpose.
/// </summary>
public sealed class ShelterAddressReveal(AppDbContext db, CurrentUser me, UserManager<AppUser> users, AuditLog audit, OpenNrmOptions options,
    TimeProvider clock, IStringLocalizer<SharedResource> localizer)
{
    /// <summary>Demo mode only, as on the sign-in page: the code an authenticator would show now.</summary>
    public async Task<string?> DemoCodeAsync()
    {
        var user = options.DemoMode && me.UserId is { } id ? await users.FindByIdAsync(id.ToString()) : null;
        return user is null ? null : await Account.DemoTotp.CurrentCodeAsync(options, users, user, clock);
    }

    public async Task<string?> NameAsync(Guid shelterId, CancellationToken ct) =>
        await db.Shelters.AsNoTracking().Where(s => s.Id == shelterId && s.CentreId == me.OrganisationId).Select(s => s.Name).FirstOrDefaultAsync(ct);

    public async Task<RevealResult> RevealAsync(Guid shelterId, string? code, string? purpose, CancellationToken ct)
    {
        var shelter = await db.Shelters.AsNoTracking().FirstOrDefaultAsync(s => s.Id == shelterId && s.CentreId == me.OrganisationId, ct);
        var user = me.UserId is { } id ? await users.FindByIdAsync(id.ToString()) : null;
        if (shelter is null || user is null)
        {
            return new RevealResult(RevealOutcome.NotFound);
        }

        var stated = purpose?.Trim() ?? string.Empty;
        var v = new Validation(localizer)
            .Require(stated.Length is >= SupportLimits.PurposeMin and <= SupportLimits.PurposeMax, "purpose",
                "Say why you need the address, in {0} to {1} characters.", SupportLimits.PurposeMin, SupportLimits.PurposeMax);
        if (!v.IsValid)
        {
            return new RevealResult(RevealOutcome.Invalid, shelter.Name, Validation: v);
        }

        var token = (code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal);
        var locked = await users.IsLockedOutAsync(user);
        var valid = !locked && token.Length == 6 && token.All(char.IsAsciiDigit)
                    && await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, token);
        // The account is saved by the user store before the audit entry is added, so the entry is written by the
        // SaveChanges below, alone and certainly.
        if (valid)
        {
            await users.ResetAccessFailedCountAsync(user);
        }
        else if (!locked)
        {
            await users.AccessFailedAsync(user);
        }

        audit.Record(valid ? AuditEventType.ShelterAddressRevealed : AuditEventType.ShelterAddressRevealFailed, "Shelter", shelter.Id.ToString(),
            purpose: stated, details: valid ? null : locked ? "account locked" : "second factor refused");
        await db.SaveChangesAsync(ct);
        return valid ? new RevealResult(RevealOutcome.Revealed, shelter.Name, shelter.Address) : new RevealResult(RevealOutcome.Refused, shelter.Name);
    }
}
