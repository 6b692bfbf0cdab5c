using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Assistance;

public sealed record FileChoice(Guid Id, string Reference);

/// <summary>The centre's support cases (references only, no names) and the opening of a new one for a file the centre works on.</summary>
[RequirePermission(Permission.SupportRead)]
public sealed class AssistanceIndexModel(SupportViews views, SupportCaseService support, AppDbContext db, CurrentUser me, TimeProvider clock,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    [BindProperty]
    public Guid? CaseId { get; set; }

    [BindProperty]
    public DateOnly? OpenedOn { get; set; }

    public IReadOnlyList<SupportCaseSummary> Rows { get; private set; } = [];

    /// <summary>Files the centre works on that have no open support, to open one.</summary>
    public IReadOnlyList<FileChoice> Files { get; private set; } = [];

    public string? Message { get; private set; }

    public bool CanManage => me.Can(Permission.SupportManage);

    public DateOnly Today => LegalCalendar.Today(clock).ToDateOnly();

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!CanManage)
        {
            return Forbid();
        }

        var result = await support.OpenAsync(new OpenSupportInput(CaseId, OpenedOn), HttpContext.RequestAborted);
        if (result.Kind == SupportOutcomeKind.Done)
        {
            return Redirect($"/Assistance/Case?id={result.Value!.Id}");
        }

        Message = result.Message(localizer);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Rows = await views.ListAsync(All, HttpContext.RequestAborted);
        if (CanManage)
        {
            var organisation = me.OrganisationId ?? Guid.Empty;
            Files = await db.Cases.AsNoTracking()
                .Where(c => c.Involvements.Any(i => i.OrganisationId == organisation) && !db.SupportCases.Any(s => s.OpenForCaseId == c.Id))
                .OrderByDescending(c => c.Id).Take(SupportLimits.MaxRows).Select(c => new FileChoice(c.Id, c.Reference)).ToListAsync(HttpContext.RequestAborted);
        }
    }
}
