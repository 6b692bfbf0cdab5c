using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Assistance;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Referrals;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Assistance;

public sealed record CentreChoice(Guid Id, string Name);

/// <summary>
/// One support case: plan, goals and their overdue reviews, notes (care notes only for those with care access),
/// consents in force, stays, the lawyer alert, closure and transfer. Each opening is audited, and so is each list
/// of notes shown.
/// </summary>
[RequirePermission(Permission.SupportRead)]
public sealed class SupportCasePageModel(SupportCaseService support, SupportPlanService plan, CaseNoteService notes, ConsentService consents,
    ShelterService shelters, DisclosureService disclosures, AppDbContext db, CurrentUser me, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty] public PlanActionInput? NewAction { get; set; }
    [BindProperty] public Guid ActionId { get; set; }
    [BindProperty] public MoveActionInput? Move { get; set; }
    [BindProperty] public GoalInput? NewGoal { get; set; }
    [BindProperty] public Guid GoalId { get; set; }
    [BindProperty] public GoalReviewInput? Review { get; set; }
    [BindProperty] public NoteInput? NewNote { get; set; }
    [BindProperty] public ConsentPurpose? ConsentPurpose { get; set; }
    [BindProperty] public bool? ConsentCoversHealthData { get; set; }
    [BindProperty] public Guid ConsentId { get; set; }
    [BindProperty] public LawyerInput? Lawyer { get; set; }
    [BindProperty] public StayInput? NewStay { get; set; }
    [BindProperty] public Guid StayId { get; set; }
    [BindProperty] public StayEndInput? Departure { get; set; }
    [BindProperty] public CloseSupportInput? Closure { get; set; }
    [BindProperty] public TransferSupportInput? Transfer { get; set; }
    [BindProperty] public DisclosureInput? Disclosure { get; set; }

    public SupportCaseView? View { get; private set; }

    public IReadOnlyList<NoteView> GeneralNotes { get; private set; } = [];

    /// <summary>Null for a reader without care access: the care notes are not read at all, so not audited either.</summary>
    public IReadOnlyList<NoteView>? CareNotes { get; private set; }

    public IReadOnlyList<ShelterView> Shelters { get; private set; } = [];

    public IReadOnlyList<CentreChoice> OtherCentres { get; private set; } = [];

    /// <summary>What the centre passed on under a consent: the organisations a withdrawal is sent to.</summary>
    public IReadOnlyList<DisclosureView> Disclosures { get; private set; } = [];

    public IReadOnlyList<CentreChoice> Recipients { get; private set; } = [];

    public string? Message { get; private set; }

    public bool CanManage => me.Can(Permission.SupportManage);

    public bool HasCareAccess => CaseNoteAccess.HasCareAccess(me.Roles);

    public bool IsOpen => View?.Status == SupportCaseStatus.Active;

    public string Today => LegalCalendar.Today(clock).ToDateOnly().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public Task<IActionResult> OnPostActionAsync() => RunAsync(ct => plan.PlanAsync(Id, NewAction ?? new(null, null, null, null), ct));

    public Task<IActionResult> OnPostMoveAsync() => RunAsync(ct => plan.MoveAsync(Id, ActionId, Move ?? new(null, null), ct));

    public Task<IActionResult> OnPostGoalAsync() => RunAsync(ct => plan.SetGoalAsync(Id, NewGoal ?? new(null, null, null), ct));

    public Task<IActionResult> OnPostReviewAsync() => RunAsync(ct => plan.ReviewGoalAsync(Id, GoalId, Review ?? new(null, null), ct));

    public Task<IActionResult> OnPostNoteAsync() => RunAsync(ct => notes.WriteAsync(Id, NewNote ?? new(null, null), ct));

    public Task<IActionResult> OnPostConsentAsync() => RunAsync(ct => consents.GiveAsync(Id, new ConsentInput(ConsentPurpose, null, ConsentCoversHealthData), ct));

    public Task<IActionResult> OnPostRevokeAsync() => RunAsync(ct => consents.RevokeAsync(Id, ConsentId, ct));

    public Task<IActionResult> OnPostLawyerAsync() => RunAsync(ct => support.AppointLawyerAsync(Id, Lawyer ?? new(null), ct));

    public Task<IActionResult> OnPostStayAsync() => RunAsync(ct => shelters.AdmitAsync(Id, NewStay ?? new(null, null, null, null), ct));

    public Task<IActionResult> OnPostDepartAsync() => RunAsync(ct => shelters.DepartAsync(Id, StayId, Departure ?? new(null), ct));

    public Task<IActionResult> OnPostCloseAsync() => RunAsync(ct => support.CloseAsync(Id, Closure ?? new(null, null, null), ct));

    public Task<IActionResult> OnPostDisclosureAsync() => RunAsync(ct => disclosures.RecordAsync(Id, Disclosure ?? new(null, null, null), ct));

    /// <summary>After a transfer the continuation belongs to the other centre: this centre stays on its own case, now closed.</summary>
    public Task<IActionResult> OnPostTransferAsync() => RunAsync(ct => support.TransferAsync(Id, Transfer ?? new(null, null), ct));

    private async Task<IActionResult> RunAsync<T>(Func<CancellationToken, Task<SupportResult<T>>> command)
        where T : class
    {
        if (!CanManage)
        {
            return Forbid();
        }

        return await AfterAsync(await command(HttpContext.RequestAborted));
    }

    private async Task<IActionResult> AfterAsync<T>(SupportResult<T> result)
        where T : class
    {
        switch (result.Kind)
        {
            case SupportOutcomeKind.Done:
                return Redirect($"/Assistance/Case?id={Id}");
            case SupportOutcomeKind.NotFound:
                return NotFound();
            default:
                Message = result.Message(localizer);
                return await LoadAsync() ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        View = await support.ReadAsync(Id, purpose: null, ct);
        if (View is null)
        {
            return false;
        }

        GeneralNotes = await notes.ReadAsync(Id, NoteRead.General, purpose: null, ct) ?? [];
        CareNotes = HasCareAccess ? await notes.ReadAsync(Id, NoteRead.Care, purpose: null, ct) : null;
        Disclosures = await disclosures.ListAsync(View.Id, ct);
        if (CanManage && IsOpen)
        {
            Shelters = await shelters.ListAsync(ct);
            var others = CentreDirectory.AllCentreIds.Where(c => c != View.CentreId).ToList();
            OtherCentres = await db.Organisations.AsNoTracking().Where(o => others.Contains(o.Id) && o.IsActive).OrderBy(o => o.Name)
                .Select(o => new CentreChoice(o.Id, o.Name)).ToListAsync(ct);
            Recipients = await disclosures.RecipientsAsync(ct);
        }

        return true;
    }
}
