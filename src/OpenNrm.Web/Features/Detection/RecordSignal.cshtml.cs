using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Detection;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Detection;

/// <summary>The shortest path for one person at 2 a.m.: the API takes several persons; this form takes the first.</summary>
[RequirePermission(Permission.SignalsRecord)]
public sealed class RecordSignalModel(SignalService signals, TimeProvider clock) : PageModel
{
    [BindProperty] public DateTime DetectedAt { get; set; }
    [BindProperty] public string? Municipality { get; set; }

    [BindProperty] public string? PostalCode { get; set; }
    [BindProperty] public DetectionContext Context { get; set; } = DetectionContext.PoliceControl;
    [BindProperty] public string? Circumstances { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public HtcdsGender Gender { get; set; } = HtcdsGender.NonSpecifiedUnknown;
    [BindProperty] public DateOnly? BirthDate { get; set; }
    [BindProperty] public int? EstimatedAge { get; set; }
    [BindProperty] public string? Nationality { get; set; }
    [BindProperty] public string? Language { get; set; }
    [BindProperty] public bool Unaccompanied { get; set; }
    [BindProperty] public ExploitationPurpose Exploitation { get; set; } = ExploitationPurpose.LabourExploitation;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public void OnGet() => DetectedAt = clock.GetLocalNow().DateTime;

    public async Task<IActionResult> OnPostAsync()
    {
        // The form's local time is the server's zone (Europe/Brussels in production): the legal calendar's zone.
        var detectedAt = new DateTimeOffset(DetectedAt, clock.LocalTimeZone.GetUtcOffset(DetectedAt));
        var person = new SignalPersonInput(Name, null, Gender, BirthDate, EstimatedAge, Listed(Nationality), Listed(Language),
            null, Unaccompanied, [Exploitation], null, null);
        var (outcome, signal, validation) = await signals.RecordAsync(new SignalInput(detectedAt, Municipality, Context, Circumstances, [person], PostalCode), HttpContext.RequestAborted);
        if (outcome == SignalOutcome.Done)
        {
            return Redirect($"/Detection/Signal?id={signal!.Id}");
        }

        Errors = validation.Errors.SelectMany(e => e.Value).ToList();
        return Page();
    }

    private static List<string> Listed(string? code) => string.IsNullOrWhiteSpace(code) ? [] : [code.Trim()];
}
