using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Assistance;

/// <summary>
/// Reveals one shelter's address after a fresh authentication code and a stated purpose. The address is in this
/// one response only: it is not kept in the session, and the page is never cached (see the security headers).
/// </summary>
[RequirePermission(Permission.SupportManage)]
[EnableRateLimiting(AccessSetup.LoginRateLimit)]
public sealed class ShelterAddressModel(ShelterAddressReveal reveal, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Purpose { get; set; }

    public string? ShelterName { get; private set; }

    public string? Address { get; private set; }

    public string? Error { get; private set; }

    public string? DemoCode { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        ShelterName = await reveal.NameAsync(Id, HttpContext.RequestAborted);
        DemoCode = await reveal.DemoCodeAsync();
        return ShelterName is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await reveal.RevealAsync(Id, Code, Purpose, HttpContext.RequestAborted);
        ShelterName = result.Name;
        switch (result.Outcome)
        {
            case RevealOutcome.NotFound:
                return NotFound();
            case RevealOutcome.Revealed:
                Address = result.Address;
                Purpose = null;
                break;
            case RevealOutcome.Invalid:
                Error = string.Join(" ", result.Validation!.Errors.SelectMany(e => e.Value));
                break;
            case RevealOutcome.Refused:
                Error = localizer["This code is not valid, or was already used. Codes change every 30 seconds; each can be used once. The attempt is recorded."];
                break;
        }

        DemoCode = Address is null ? await reveal.DemoCodeAsync() : null;
        return Page();
    }
}
