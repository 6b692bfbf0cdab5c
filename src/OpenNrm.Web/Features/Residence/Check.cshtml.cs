using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Residence;

/// <summary>The protection check as a page for return, Dublin and frontline officers: a name in, yes or no out.</summary>
[RequirePermission(Permission.ProtectionCheck)]
[EnableRateLimiting(AccessSetup.LoginRateLimit)]
public sealed class CheckModel(ProtectionCheck check) : PageModel
{
    [BindProperty]
    public string? PersonName { get; set; }

    [BindProperty]
    public string? Aliases { get; set; }

    [BindProperty]
    public string? Purpose { get; set; }

    public ProtectionAnswer? Answer { get; private set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync()
    {
        var aliases = (Aliases ?? string.Empty).Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (string.IsNullOrWhiteSpace(PersonName) || PersonName.Length > 200 || aliases.Count > Security.NameKeyIndex.MaxAliases || aliases.Any(a => a.Length > 200))
        {
            Error = "Give the person's name (at most 200 characters) and at most ten other names.";
            return;
        }

        if (string.IsNullOrWhiteSpace(Purpose) || Purpose.Trim().Length < 5 || Purpose.Length > 500)
        {
            Error = "State why you check (for example the measure you are about to take).";
            return;
        }

        Answer = await check.CheckAsync(PersonName.Trim(), aliases, Purpose, HttpContext.RequestAborted);
    }
}
