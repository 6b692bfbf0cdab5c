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
public sealed class CaseDetailModel(CaseService cases, ResidenceService residence, PossibleDuplicates duplicates, AppDbContext db, CurrentUser me, TimeProvider clock) : PageModel
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

    /// <summary>Duplicates are looked for on request only: each search is audited.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Duplicates { get; set; }

    [BindProperty] public Guid? MergedId { get; set; }

    [BindProperty] public Guid? MergeId { get; set; }

    [BindProperty] public string? Reason { get; set; }

    public IReadOnlyList<DuplicateCandidate>? Candidates { get; private set; }

    public IReadOnlyList<MergeView> Merges { get; private set; } = [];

    public bool CanMerge => me.Can(Permission.CasesMerge);

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostMergeAsync()
    {
        if (!CanMerge)
        {
            return Forbid();
        }

        var (kind, _, validation, refusal) = await duplicates.MergeAsync(Id, new MergeInput(MergedId, Reason), HttpContext.RequestAborted);
        if (kind == MergeOutcomeKind.Done)
        {
            return Redirect($"/Cases/Detail?id={Id}");
        }

        Error = refusal ?? string.Join(" ", validation.Errors.SelectMany(e => e.Value));
        Duplicates = true;
        return await LoadAsync() ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostUndoAsync()
    {
        if (!CanMerge || MergeId is null)
        {
            return Forbid();
        }

        var (kind, validation, refusal) = await duplicates.UndoAsync(MergeId.Value, new UndoInput(Reason), HttpContext.RequestAborted);
        if (kind == MergeOutcomeKind.Done)
        {
            return Redirect($"/Cases/Detail?id={Id}");
        }

        Error = refusal ?? string.Join(" ", validation.Errors.SelectMany(e => e.Value));
        return await LoadAsync() ? Page() : NotFound();
    }

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

        // The organisations involved and the offices a procedure may be opened with, in one read (a page is read often);
        // an involved office can be in both halves, hence the distinct.
        var ids = Case.InvolvedOrganisations;
        var organisations = (await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id))
            .Concat(db.Organisations.AsNoTracking().Where(Organisation.ProcedureOffices))
            .OrderBy(o => o.Name).ToListAsync()).DistinctBy(o => o.Id).ToList();
        Involved = [.. organisations.Where(o => ids.Contains(o.Id)).Select(o => o.Name)];
        ProcedureId = await residence.FindForCaseAsync(Id, HttpContext.RequestAborted);
        Merges = await duplicates.MergesOfAsync(Id, HttpContext.RequestAborted);
        if (Duplicates)
        {
            Candidates = await duplicates.FindAsync(Id, HttpContext.RequestAborted);
        }
        ProsecutorOffices = [.. organisations.Where(o => o.TakesProcedures).Select(OrganisationDto.From)];
        return true;
    }
}
