using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Admin;

/// <summary>Create or edit an organisation; the version read with the form guards against overwriting a colleague's change.</summary>
[RequirePermission(Permission.OrganisationsManage)]
public sealed class OrganisationEditModel(AppDbContext db, OrganisationService service) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public OrganisationKind Kind { get; set; }

    [BindProperty]
    public Guid? ParentId { get; set; }

    [BindProperty]
    public string? JudicialDistrict { get; set; }

    [BindProperty]
    public bool IsActive { get; set; } = true;

    [BindProperty]
    public int Version { get; set; }

    public bool Conflict { get; private set; }

    public IReadOnlyDictionary<string, List<string>> Errors { get; private set; } = new Dictionary<string, List<string>>();

    public IReadOnlyList<OrganisationDto> Parents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is { } id)
        {
            var o = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id);
            if (o is null)
            {
                return NotFound();
            }

            (Code, Name, Kind, ParentId, JudicialDistrict, IsActive, Version) = (o.Code, o.Name, o.Kind, o.ParentId, o.JudicialDistrict, o.IsActive, o.Version);
        }

        await LoadParentsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var input = new OrganisationInput(Code, Name, Kind, ParentId, JudicialDistrict, IsActive, Version);
        var result = Id is { } id ? await service.UpdateAsync(id, input, HttpContext.RequestAborted) : await service.CreateAsync(input, HttpContext.RequestAborted);
        switch (result.Outcome)
        {
            case SaveOutcome.Saved:
                return Redirect("/Admin/Organisations");
            case SaveOutcome.NotFound:
                return NotFound();
            case SaveOutcome.Conflict:
                Conflict = true;
                break;
            case SaveOutcome.Invalid:
                Errors = result.Validation.Errors;
                break;
        }

        await LoadParentsAsync();
        return Page();
    }

    private async Task LoadParentsAsync() =>
        Parents = (await db.Organisations.AsNoTracking().Where(o => o.Id != Id).OrderBy(o => o.Code).ToListAsync()).Select(OrganisationDto.From).ToList();
}
