using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Detection;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Detection;

/// <summary>One person in the signal form.</summary>
public sealed class PersonForm
{
    public string? Name { get; set; }
    public string? Aliases { get; set; }
    public HtcdsGender Gender { get; set; } = HtcdsGender.NonSpecifiedUnknown;
    public DateOnly? BirthDate { get; set; }
    public int? EstimatedAge { get; set; }
    public string? Nationality { get; set; }
    public string? Language { get; set; }
    public bool Unaccompanied { get; set; }
    public ExploitationPurpose Exploitation { get; set; } = ExploitationPurpose.LabourExploitation;

    public SignalPersonInput ToInput() =>
        new(Name, Aliases, Gender, BirthDate, EstimatedAge, Listed(Nationality), Listed(Language), null, Unaccompanied, [Exploitation], null, null);

    private static List<string> Listed(string? code) => string.IsNullOrWhiteSpace(code) ? [] : [code.Trim()];
}

/// <summary>
/// The shortest path at 2 a.m.: one person is shown; "Add a person" adds another (twelve workers on one site) by a
/// round trip to the server, without scripts, keeping what was typed.
/// </summary>
[RequirePermission(Permission.SignalsRecord)]
public sealed class RecordSignalModel(SignalService signals, TimeProvider clock) : PageModel
{
    [BindProperty] public DateTime DetectedAt { get; set; }
    [BindProperty] public string? Municipality { get; set; }
    [BindProperty] public string? PostalCode { get; set; }
    [BindProperty] public DetectionContext Context { get; set; } = DetectionContext.PoliceControl;
    [BindProperty] public string? Circumstances { get; set; }
    [BindProperty] public List<PersonForm> Persons { get; set; } = [new()];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public void OnGet() => DetectedAt = clock.GetLocalNow().DateTime;

    public IActionResult OnPostAddPerson()
    {
        if (Persons.Count == 0)
        {
            Persons.Add(new());
        }

        if (Persons.Count < SignalValidation.MaxPersons)
        {
            Persons.Add(new());
        }

        // The new fields start empty; the ones typed so far are re-rendered from the bound values.
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // The form's local time is the server's zone (Europe/Brussels in production): the legal calendar's zone.
        var detectedAt = new DateTimeOffset(DetectedAt, clock.LocalTimeZone.GetUtcOffset(DetectedAt));
        var input = new SignalInput(detectedAt, Municipality, Context, Circumstances, Persons.Select(p => p.ToInput()).ToList(), PostalCode);
        var (outcome, signal, validation) = await signals.RecordAsync(input, HttpContext.RequestAborted);
        if (outcome == SignalOutcome.Done)
        {
            return Redirect($"/Detection/Signal?id={signal!.Id}");
        }

        Errors = validation.Errors.SelectMany(e => e.Value).ToList();
        return Page();
    }
}
