using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Assistance;

/// <summary>The centre's shelters with tonight's occupancy; coordinators register new ones. Addresses are not on this page.</summary>
[RequirePermission(Permission.SupportRead)]
public sealed class SheltersModel(ShelterService shelters, CurrentUser me, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty] public ShelterInput? NewShelter { get; set; }

    public IReadOnlyList<ShelterView> Rows { get; private set; } = [];

    public string? Message { get; private set; }

    public bool CanManage => me.Can(Permission.SheltersManage);

    public bool CanReveal => me.Can(Permission.SupportManage);

    public async Task OnGetAsync() => Rows = await shelters.ListAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        if (!CanManage)
        {
            return Forbid();
        }

        var result = await shelters.CreateAsync(NewShelter ?? new(null, null, null, null), HttpContext.RequestAborted);
        if (result.Kind == SupportOutcomeKind.Done)
        {
            return Redirect("/Assistance/Shelters");
        }

        Message = result.Message(localizer);
        await OnGetAsync();
        return Page();
    }
}
