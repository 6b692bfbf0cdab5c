using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Detection;

/// <summary>A signal's persons and, for each, the duties of the detecting service with who did them and when.</summary>
[RequirePermission(Permission.SignalsRead)]
public sealed class SignalPageModel(SignalService signals, Referrals.ReferralService referrals, Referrals.ReferralViews referralViews, CurrentUser me) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public Guid DutyId { get; set; }

    public SignalView? Signal { get; private set; }

    /// <summary>The referrals this organisation sent for the signal's persons, by person.</summary>
    public IReadOnlyDictionary<Guid, Referrals.ReferralView> ReferralsByPerson { get; private set; } = new Dictionary<Guid, Referrals.ReferralView>();

    [BindProperty]
    public Guid PersonId { get; set; }

    [BindProperty]
    public Guid? CentreId { get; set; }

    [BindProperty]
    public string? OverrideReason { get; set; }

    public string? Message { get; private set; }

    public bool CanRecord => me.Can(Permission.SignalsRecord) && Signal?.DetectingOrganisationId == me.OrganisationId;

    public async Task<IActionResult> OnGetAsync()
    {
        Signal = await signals.ReadAsync(Id, HttpContext.RequestAborted);
        if (Signal is null)
        {
            return NotFound();
        }

        var sent = await referralViews.ForSignalAsync(Id, HttpContext.RequestAborted);
        ReferralsByPerson = Signal.Persons
            .Select(p => (p.Id, Referral: sent.Where(r => r.CaseId == p.CaseId && r.Status != Domain.Referral.ReferralStatus.Cancelled).OrderByDescending(r => r.SentAt).FirstOrDefault()))
            .Where(x => x.Referral is not null).ToDictionary(x => x.Id, x => x.Referral!);
        return Page();
    }

    /// <summary>Refer one person: the routing advice applies unless the officer chose another centre and said why.</summary>
    public async Task<IActionResult> OnPostReferAsync()
    {
        if (!me.Can(Permission.SignalsRecord))
        {
            return Forbid();
        }

        var result = await referrals.SendAsync(new Referrals.SendReferralInput(Id, PersonId, CentreId, null, OverrideReason), HttpContext.RequestAborted);
        switch (result.Kind)
        {
            case Referrals.ReferralOutcomeKind.Done:
                return Redirect($"/Detection/Signal?id={Id}");
            case Referrals.ReferralOutcomeKind.NotFound:
                return NotFound();
            default:
                Message = result.Refusal ?? string.Join(" ", result.Validation?.Errors.SelectMany(e => e.Value) ?? []);
                return await OnGetAsync();
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!me.Can(Permission.SignalsRecord))
        {
            return Forbid();
        }

        var (outcome, _) = await signals.MarkDutyDoneAsync(Id, DutyId, HttpContext.RequestAborted);
        if (outcome == SignalOutcome.NotFound)
        {
            return NotFound();
        }

        if (outcome == SignalOutcome.Done)
        {
            return Redirect($"/Detection/Signal?id={Id}");
        }

        Message = "This duty was already reported as done.";
        return await OnGetAsync();
    }
}
