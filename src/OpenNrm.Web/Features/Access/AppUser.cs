using Microsoft.AspNetCore.Identity;

namespace OpenNrm.Web.Features.Access;

/// <summary>A person who signs in. Belongs to exactly one organisation; roles come from Identity's role table.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = string.Empty;

    public Guid OrganisationId { get; set; }

    public bool IsDisabled { get; set; }

    /// <summary>"en", "fr" or "nl": the language the interface opens in.</summary>
    public string PreferredCulture { get; set; } = "en";

    public DateTimeOffset CreatedAt { get; set; }
}

public sealed class AppRole : IdentityRole<Guid>
{
    public AppRole()
    {
    }

    public AppRole(string name)
        : base(name)
    {
    }
}
