using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Referral;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Referrals;

/// <summary>A centre's incoming referrals with their acknowledgement clocks; a referrer's sent referrals and their fate.</summary>
[RequirePermission(Permission.SignalsRead)]
public sealed class ReferralsIndexModel(ReferralViews views, ReferralService referrals, CurrentUser me) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ReferralBox? Box { get; set; }

    [BindProperty]
    public Guid ReferralId { get; set; }

    [BindProperty]
    public IntakeOutcome? Outcome { get; set; }

    public IReadOnlyList<ReferralView> Rows { get; private set; } = [];

    public string? Message { get; private set; }

    public bool CanHandle => me.Can(Permission.ReferralsHandle);

    public ReferralBox Shown => Box ?? (CanHandle ? ReferralBox.Incoming : ReferralBox.Sent);

    [BindProperty(SupportsGet = true)]
    public DateTimeOffset? Before { get; set; }

    /// <summary>Where the next, older page starts; null on the last page.</summary>
    public DateTimeOffset? NextBefore { get; private set; }

    public async Task OnGetAsync()
    {
        var page = await views.ListAsync(Shown, ReferralPage.First with { Before = Before }, HttpContext.RequestAborted);
        (Rows, NextBefore) = (page.Rows, page.NextBefore);
    }

    public async Task<IActionResult> OnPostAcknowledgeAsync() =>
        await After(CanHandle ? await referrals.AcknowledgeAsync(ReferralId, HttpContext.RequestAborted) : null);

    public async Task<IActionResult> OnPostIntakeAsync() =>
        await After(CanHandle ? await referrals.IntakeAsync(ReferralId, new IntakeInput(null, Outcome, null), HttpContext.RequestAborted) : null);

    private async Task<IActionResult> After(ReferralResult? result)
    {
        if (result is null)
        {
            return Forbid();
        }

        if (result.Kind == ReferralOutcomeKind.Done)
        {
            return Redirect("/Referrals?box=" + Shown);
        }

        Message = result.Refusal ?? string.Join(" ", result.Validation?.Errors.SelectMany(e => e.Value) ?? []);
        await OnGetAsync();
        return Page();
    }
}
