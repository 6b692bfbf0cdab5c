using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Assistance;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Retention;

/// <summary>
/// The legal holds of one file, found by its reference: place one with its reason, lift one with its reason. A
/// centre reaches only the files it supports or supported; any other reference is "not found".
/// </summary>
[RequirePermission(Permission.LegalHoldsManage)]
public sealed class HoldsModel(LegalHoldService holds, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "file")]
    public string? FileReference { get; set; }

    [BindProperty] public string? Reason { get; set; }

    [BindProperty] public DateOnly? On { get; set; }

    [BindProperty] public Guid HoldId { get; set; }

    public IReadOnlyList<LegalHoldView> Rows { get; private set; } = [];

    public bool Found { get; private set; }

    public string? Message { get; private set; }

    public string Today => LegalCalendar.Today(clock).ToDateOnly().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return !string.IsNullOrWhiteSpace(FileReference) && !Found ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostPlaceAsync() =>
        await AfterAsync(await holds.PlaceAsync(new PlaceHoldInput(FileReference, Reason, On), HttpContext.RequestAborted));

    public async Task<IActionResult> OnPostLiftAsync() =>
        await AfterAsync(await holds.LiftAsync(HoldId, new LiftHoldInput(On, Reason), HttpContext.RequestAborted));

    private async Task<IActionResult> AfterAsync(SupportResult<LegalHoldView> result)
    {
        if (result.Kind == SupportOutcomeKind.Done)
        {
            return Redirect("/Retention/Holds?file=" + Uri.EscapeDataString(result.Value!.CaseReference));
        }

        if (result.Kind == SupportOutcomeKind.NotFound)
        {
            return NotFound();
        }

        Message = result.Message(localizer);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        if (string.IsNullOrWhiteSpace(FileReference))
        {
            return;
        }

        Found = await holds.CanReachAsync(FileReference, HttpContext.RequestAborted);
        Rows = Found ? await holds.ListAsync(FileReference, all: true, HttpContext.RequestAborted) : [];
    }
}
