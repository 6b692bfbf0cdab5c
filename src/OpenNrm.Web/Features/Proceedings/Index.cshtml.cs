using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Proceedings;

/// <summary>An office's register (with the form to open a notice); for a centre, the cases its files are linked to.</summary>
[RequirePermission(Permission.ProceedingsRead)]
public sealed class ProceedingsIndexModel(ProceedingsQueries queries, ProceedingsService service, OfficeStaff staff, CurrentUser me, TimeProvider clock) : PageModel
{
    [BindProperty] public string? NoticeNumber { get; set; }

    [BindProperty] public DateOnly? OpenedOn { get; set; }

    [BindProperty] public Guid? MagistrateId { get; set; }

    public IReadOnlyList<ProceedingsRow> Rows { get; private set; } = [];

    public IReadOnlyList<StaffMember> Prosecutors { get; private set; } = [];

    public string? Message { get; private set; }

    public bool CanManage => me.Can(Permission.ProceedingsManage);

    public Guid? Me => me.UserId;

    public DateOnly Today => LegalCalendar.Today(clock).ToDateOnly();

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!CanManage)
        {
            return Forbid();
        }

        var outcome = await service.OpenAsync(new OpenProceedingsInput(NoticeNumber, OpenedOn, MagistrateId), HttpContext.RequestAborted);
        if (outcome.Kind == ProceedingsOutcomeKind.Done)
        {
            return Redirect($"/Proceedings/Detail?id={outcome.Proceedings!.Id}");
        }

        Message = outcome.Message();
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Rows = await queries.ListAsync(HttpContext.RequestAborted);
        if (CanManage && me.OrganisationId is { } office)
        {
            Prosecutors = await staff.ProsecutorsAsync(office, HttpContext.RequestAborted);
        }
    }
}
