using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Notices;

[RequirePermission(Permission.NoticesRead)]
public sealed class NoticesIndexModel(NoticeService notices) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    public IReadOnlyList<NoticeView> Notices { get; private set; } = [];

    public async Task OnGetAsync() => Notices = await notices.ListAsync(!All, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostReadAsync(Guid id)
    {
        await notices.MarkReadAsync(id, HttpContext.RequestAborted);
        return RedirectToPage(new { all = All });
    }
}
