using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Assistance;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Assistance;

/// <summary>
/// The forms of a support case's documents, interpreters, subsistence and voluntary return, shown on the case page
/// (<see cref="SupportServicesViewComponent"/>). A change goes back to the case page; a refusal is shown here with the
/// same sections. Downloads come from here too, each audited.
/// </summary>
[RequirePermission(Permission.SupportRead)]
public sealed class CaseServicesModel(SupportAccess access, AttachmentService attachments, InterpretationService interpretations,
    SubsistenceService subsistence, VoluntaryReturnService returns, CurrentUser me, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public const string PageName = "/Assistance/CaseServices";

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)] public Guid AttachmentId { get; set; }
    [BindProperty] public AttachmentType? DocumentType { get; set; }
    [BindProperty] public IFormFile? Document { get; set; }
    [BindProperty] public InterpretationInput? NewInterpretation { get; set; }
    [BindProperty] public Guid InterpretationId { get; set; }
    [BindProperty] public InterpretationStatusInput? InterpretationMove { get; set; }
    [BindProperty] public SubsistenceReferralInput? NewReferral { get; set; }
    [BindProperty] public Guid ReferralId { get; set; }
    [BindProperty] public SubsistenceDecisionInput? Decision { get; set; }
    [BindProperty] public VoluntaryReturnInput? NewReturn { get; set; }
    [BindProperty] public Guid ReturnId { get; set; }
    [BindProperty] public ReintegrationPlanInput? Plan { get; set; }
    [BindProperty] public VoluntaryReturnWithdrawalInput? Withdrawal { get; set; }

    public string? Message { get; private set; }

    public bool CanManage => me.Can(Permission.SupportManage);

    public async Task<IActionResult> OnGetAsync() =>
        await access.FindAsync(Id, HttpContext.RequestAborted, tracked: false) is null ? NotFound() : Page();

    public async Task<IActionResult> OnGetDownloadAsync() =>
        await attachments.DownloadAsync(Id, AttachmentId, purpose: null, HttpContext.RequestAborted) is { } file
            ? File(file.Content, file.ContentType, file.DownloadName)
            : NotFound();

    public Task<IActionResult> OnPostDocumentAsync() => RunAsync(ct => attachments.AddAsync(Id, DocumentType, Document, ct));

    public Task<IActionResult> OnPostInterpretationAsync() =>
        RunAsync(ct => interpretations.RequestAsync(Id, NewInterpretation ?? new(null, null, null), ct));

    public Task<IActionResult> OnPostInterpretationStatusAsync() =>
        RunAsync(ct => interpretations.MoveAsync(Id, InterpretationId, InterpretationMove ?? new(null), ct));

    public Task<IActionResult> OnPostReferralAsync() => RunAsync(ct => subsistence.ReferAsync(Id, NewReferral ?? new(null, null), ct));

    public Task<IActionResult> OnPostDecisionAsync() => RunAsync(ct => subsistence.DecideAsync(Id, ReferralId, Decision ?? new(null, null, null), ct));

    public Task<IActionResult> OnPostReturnAsync() => RunAsync(ct => returns.ReferAsync(Id, NewReturn ?? new(null, null), ct));

    public Task<IActionResult> OnPostPlanAsync() => RunAsync(ct => returns.PlanAsync(Id, ReturnId, Plan ?? new(null, null), ct));

    public Task<IActionResult> OnPostWithdrawAsync() => RunAsync(ct => returns.WithdrawAsync(Id, ReturnId, Withdrawal ?? new(null), ct));

    private async Task<IActionResult> RunAsync<T>(Func<CancellationToken, Task<SupportResult<T>>> command)
        where T : class
    {
        if (!CanManage)
        {
            return Forbid();
        }

        var result = await command(HttpContext.RequestAborted);
        switch (result.Kind)
        {
            case SupportOutcomeKind.Done:
                return Redirect($"/Assistance/Case?id={Id}#services");
            case SupportOutcomeKind.NotFound:
                return NotFound();
            default:
                Message = result.Message(localizer);
                return await OnGetAsync();
        }
    }
}
