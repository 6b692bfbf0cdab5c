using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Detection;

/// <summary>A signal's persons and, for each, the duties of the detecting service with who did them and when.</summary>
[RequirePermission(Permission.SignalsRead)]
public sealed class SignalPageModel(SignalService signals, CurrentUser me) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public Guid DutyId { get; set; }

    public SignalView? Signal { get; private set; }

    public string? Message { get; private set; }

    public bool CanRecord => me.Can(Permission.SignalsRecord) && Signal?.DetectingOrganisationId == me.OrganisationId;

    public async Task<IActionResult> OnGetAsync()
    {
        Signal = await signals.ReadAsync(Id, HttpContext.RequestAborted);
        return Signal is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!me.Can(Permission.SignalsRecord))
        {
            return Forbid();
        }

        var (outcome, _) = await signals.MarkDutyDoneAsync(Id, DutyId, HttpContext.RequestAborted);
        if (outcome == SignalOutcome.NotFound)
        {
            return NotFound();
        }

        if (outcome == SignalOutcome.Done)
        {
            return Redirect($"/Detection/Signal?id={Id}");
        }

        Message = "This duty was already reported as done.";
        return await OnGetAsync();
    }
}
