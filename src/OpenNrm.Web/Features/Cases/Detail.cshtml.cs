using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Admin;
using OpenNrm.Web.Features.Residence;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Cases;

/// <summary>One file: who works on it, and its residence procedure (a centre opens it here).</summary>
[RequirePermission(Permission.CasesRead)]
public sealed class CaseDetailModel(CaseService cases, ResidenceService residence, AppDbContext db, CurrentUser me, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty] public DateOnly? OpenedOn { get; set; }
    [BindProperty] public bool ThirdCountryNational { get; set; }
    [BindProperty] public bool UnaccompaniedMinor { get; set; }
    [BindProperty] public Guid? ProsecutorOfficeId { get; set; }

    public CaseDto? Case { get; private set; }

    public IReadOnlyList<string> Involved { get; private set; } = [];

    public Guid? ProcedureId { get; private set; }

    public IReadOnlyList<OrganisationDto> ProsecutorOffices { get; private set; } = [];

    public string? Error { get; private set; }

    public DateOnly Today => LegalCalendar.Today(clock).ToDateOnly();

    public bool CanOpenProcedure => me.Can(Permission.ProceduresOpen);

    public bool CanReadProcedure => me.Can(Permission.ProceduresRead);

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!CanOpenProcedure)
        {
            return Forbid();
        }

        var outcome = await residence.OpenAsync(new OpenProcedureInput(Id, OpenedOn, ThirdCountryNational, UnaccompaniedMinor, ProsecutorOfficeId), HttpContext.RequestAborted);
        switch (outcome.Kind)
        {
            case OutcomeKind.Done:
                return Redirect($"/Residence/Procedure?id={outcome.Procedure!.Id}");
            case OutcomeKind.NotFound:
                return NotFound();
            default:
                Error = outcome.Kind == OutcomeKind.Conflict ? "A procedure already exists for this file." : outcome.Message();
                break;
        }

        return await LoadAsync() ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync()
    {
        Case = await cases.ReadAsync(Id, CaseService.DefaultPurpose, HttpContext.RequestAborted);
        if (Case is null)
        {
            return false;
        }

        var ids = Case.InvolvedOrganisations;
        Involved = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).OrderBy(o => o.Name).Select(o => o.Name).ToListAsync();
        ProcedureId = await residence.FindForCaseAsync(Id, HttpContext.RequestAborted);
        ProsecutorOffices = (await db.Organisations.AsNoTracking()
                .Where(o => o.IsActive && (o.Kind == OrganisationKind.ProsecutorOffice || o.Kind == OrganisationKind.LabourAuditorate))
                .OrderBy(o => o.Name).ToListAsync())
            .Select(OrganisationDto.From).ToList();
        return true;
    }
}
