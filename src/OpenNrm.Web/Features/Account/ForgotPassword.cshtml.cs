using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;

namespace OpenNrm.Web.Features.Account;

/// <summary>The answer is the same whether or not the address exists; a request for a real account lands in the audit trail for administrators.</summary>
[AllowAnonymous]
[EnableRateLimiting(AccessSetup.LoginRateLimit)]
public sealed class ForgotPasswordModel(UserManager<AppUser> users, AuditLog audit, AppDbContext db) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = string.IsNullOrWhiteSpace(Email) || Email.Length > 256 ? null : await users.FindByEmailAsync(Email.Trim());
        if (user is not null)
        {
            audit.Record(AuditEventType.PasswordResetRequested, "User", user.Id.ToString(), userId: user.Id, organisationId: user.OrganisationId);
            await db.SaveChangesAsync();
        }

        Sent = true;
        return Page();
    }
}
