using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;

namespace OpenNrm.Web.Features.Admin;

public sealed record UserResult(bool Succeeded, IReadOnlyList<string> Errors, string? TemporaryPassword = null, Guid? UserId = null)
{
    public static UserResult Fail(params string[] errors) => new(false, errors);
}

/// <summary>
/// What an administrator does to accounts. Each change renews the security stamp where it affects access,
/// so sessions opened under the old rights end at their next request.
/// </summary>
public sealed class UserAdministration(UserManager<AppUser> users, AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<UserResult> CreateAsync(string? email, string? displayName, Guid organisationId, IReadOnlyCollection<Role> roles)
    {
        var errors = await ValidateAsync(displayName, organisationId, roles);
        if (string.IsNullOrWhiteSpace(email) || email.Length > 256 || !email.Contains('@', StringComparison.Ordinal))
        {
            errors.Add("Enter a valid e-mail address.");
        }

        if (errors.Count > 0)
        {
            return new UserResult(false, errors);
        }

        var password = TemporaryPassword();
        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email!.Trim(),
            Email = email.Trim(),
            DisplayName = displayName!.Trim(),
            OrganisationId = organisationId,
            CreatedAt = clock.GetUtcNow(),
        };
        await using var tx = await db.Database.BeginTransactionAsync();
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            // Identity says "already taken" for a duplicate address; to an administrator that is not a leak.
            return new UserResult(false, created.Errors.Select(e => e.Description).ToList());
        }

        await users.AddToRolesAsync(user, roles.Select(r => r.ToString()));
        audit.Record(AuditEventType.UserCreated, "User", user.Id.ToString(), details: string.Join(',', roles));
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        return new UserResult(true, [], password, user.Id);
    }

    public async Task<UserResult> UpdateAsync(Guid id, string? displayName, Guid organisationId, IReadOnlyCollection<Role> roles)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return UserResult.Fail("Not found.");
        }

        var errors = await ValidateAsync(displayName, organisationId, roles);
        if (errors.Count > 0)
        {
            return new UserResult(false, errors);
        }

        await using var tx = await db.Database.BeginTransactionAsync();
        user.DisplayName = displayName!.Trim();
        user.OrganisationId = organisationId;
        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(roles.Select(r => r.ToString())));
        await users.AddToRolesAsync(user, roles.Select(r => r.ToString()).Except(current));
        await users.UpdateSecurityStampAsync(user);
        audit.Record(AuditEventType.UserUpdated, "User", user.Id.ToString(), details: string.Join(',', roles));
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        return new UserResult(true, []);
    }

    public async Task<UserResult> SetDisabledAsync(Guid id, bool disabled)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return UserResult.Fail("Not found.");
        }

        user.IsDisabled = disabled;
        await users.UpdateAsync(user);
        // Ends every open session and makes every bearer token of the account fail at once.
        await users.UpdateSecurityStampAsync(user);
        audit.Record(disabled ? AuditEventType.UserDisabled : AuditEventType.UserEnabled, "User", user.Id.ToString());
        await db.SaveChangesAsync();
        return new UserResult(true, []);
    }

    public async Task<UserResult> ResetPasswordAsync(Guid id)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return UserResult.Fail("Not found.");
        }

        var password = TemporaryPassword();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, password);
        if (!result.Succeeded)
        {
            return new UserResult(false, result.Errors.Select(e => e.Description).ToList());
        }

        await users.SetLockoutEndDateAsync(user, null);
        audit.Record(AuditEventType.UserPasswordReset, "User", user.Id.ToString());
        await db.SaveChangesAsync();
        return new UserResult(true, [], password);
    }

    /// <summary>The person enrols a new authenticator at their next sign-in.</summary>
    public async Task<UserResult> ResetSecondFactorAsync(Guid id)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return UserResult.Fail("Not found.");
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.UpdateSecurityStampAsync(user);
        audit.Record(AuditEventType.UserSecondFactorReset, "User", user.Id.ToString());
        await db.SaveChangesAsync();
        return new UserResult(true, []);
    }

    private async Task<List<string>> ValidateAsync(string? displayName, Guid organisationId, IReadOnlyCollection<Role> roles)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(displayName) || displayName.Length > 200)
        {
            errors.Add("Enter a display name of at most 200 characters.");
        }

        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId && o.IsActive))
        {
            errors.Add("Choose an active organisation.");
        }

        if (roles.Count == 0)
        {
            errors.Add("Choose at least one role.");
        }

        return errors;
    }

    private static string TemporaryPassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', '-').Replace('/', '_');
}
