using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Leaflet;

/// <summary>
/// Edit a language's text or add a language. The version read with the form guards against overwriting a
/// colleague's change; on a conflict the editor keeps what they typed, to copy into the current text.
/// </summary>
[RequirePermission(Permission.LeafletManage)]
public sealed class LeafletEditModel(LeafletService leaflets, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "lang")]
    public string? Language { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Body { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public bool IsNew => Version == 0;

    public string? Conflict { get; private set; }

    public IReadOnlyDictionary<string, List<string>> Errors { get; private set; } = new Dictionary<string, List<string>>();

    public async Task OnGetAsync()
    {
        if (await leaflets.FindAsync(Language, HttpContext.RequestAborted) is { } text)
        {
            (Language, Title, Body, Version) = (text.Language, text.Title, text.Body, text.Version);
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await leaflets.SaveAsync(Language, new LeafletInput(Title, Body, Version), HttpContext.RequestAborted);
        switch (result.Outcome)
        {
            case LeafletOutcome.Created:
            case LeafletOutcome.Updated:
                return Redirect("/Admin/Leaflets");
            case LeafletOutcome.Conflict:
                Conflict = LeafletsApi.ConflictDetail(result, localizer);
                break;
            case LeafletOutcome.Invalid:
                Errors = result.Validation.Errors;
                break;
        }

        return Page();
    }
}
