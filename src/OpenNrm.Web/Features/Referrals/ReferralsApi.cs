using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Referrals;

public static class ReferralsApi
{
    public static void MapReferralsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/referrals").WithTags("Referrals");
        group.MapPost("/", Send).RequirePermission(Permission.SignalsRecord)
            .WithSummary("The detecting service refers a person of its signal to a specialised centre (Circular 2016, 3.1-3.3). The routing advice applies unless overridden with a reason.");
        group.MapGet("/", List).RequirePermission(Permission.SignalsRead)
            .WithSummary("box=Incoming (the caller's centre) or Sent (the caller's organisation), with the acknowledgement clock. Waiting referrals " +
                "first, then handled ones newest first, limit (1-200, default 50) at a time; the Link header (rel=next) gives the next page (before=).");
        group.MapGet("/{id:guid}", Read).RequirePermission(Permission.SignalsRead);
        group.MapPost("/{id:guid}/acknowledge", Acknowledge).RequirePermission(Permission.ReferralsHandle)
            .WithSummary("The addressed centre's caseworker on duty acknowledges the referral.");
        group.MapPost("/{id:guid}/intake", Intake).RequirePermission(Permission.ReferralsHandle)
            .WithSummary("Schedule the intake interview (scheduledFor) or record its outcome.");
        group.MapPost("/{id:guid}/cancel", Cancel).RequirePermission(Permission.SignalsRecord)
            .WithSummary("The referring service cancels the referral, with a reason.");
    }

    private static async Task<IResult> Send(SendReferralInput input, ReferralService referrals, CancellationToken ct) =>
        ToResult(await referrals.SendAsync(input, ct), created: true);

    private static async Task<IResult> List(ReferralBox? box, DateTimeOffset? before, int? limit, ReferralViews views, HttpContext http,
        IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var v = new Validation(localizer).Require(limit is null or (>= 1 and <= ReferralPage.MaxLimit), "limit", "Give a number from {0} to {1}.", 1, ReferralPage.MaxLimit);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var shown = box ?? ReferralBox.Incoming;
        var page = await views.ListAsync(shown, new ReferralPage(before, limit ?? ReferralPage.DefaultLimit), ct);
        if (page.NextBefore is { } next)
        {
            var query = $"?box={shown}&before={Uri.EscapeDataString(next.ToString("O", System.Globalization.CultureInfo.InvariantCulture))}&limit={limit ?? ReferralPage.DefaultLimit}";
            http.Response.Headers.Link = $"</api/v1/referrals{query}>; rel=\"next\"";
        }

        return TypedResults.Ok(page.Rows);
    }

    private static async Task<IResult> Read(Guid id, ReferralService referrals, CancellationToken ct) =>
        await referrals.ReadAsync(id, ct) is { } view ? TypedResults.Ok(view) : Problems.Result(ProblemKind.NotFound);

    private static async Task<IResult> Acknowledge(Guid id, ReferralService referrals, CancellationToken ct) =>
        ToResult(await referrals.AcknowledgeAsync(id, ct), created: false);

    private static async Task<IResult> Intake(Guid id, IntakeInput input, ReferralService referrals, CancellationToken ct) =>
        ToResult(await referrals.IntakeAsync(id, input, ct), created: false);

    private static async Task<IResult> Cancel(Guid id, CancelInput input, ReferralService referrals, CancellationToken ct) =>
        ToResult(await referrals.CancelAsync(id, input, ct), created: false);

    private static IResult ToResult(ReferralResult result, bool created) => result.Kind switch
    {
        ReferralOutcomeKind.Done when created => TypedResults.Created($"/api/v1/referrals/{result.Referral!.Id}", result.Referral),
        ReferralOutcomeKind.Done => TypedResults.Ok(result.Referral),
        ReferralOutcomeKind.Invalid => result.Validation!.Problem(),
        ReferralOutcomeKind.NotFound => Problems.Result(ProblemKind.NotFound),
        ReferralOutcomeKind.Refused or ReferralOutcomeKind.Conflict => Problems.Result(ProblemKind.Conflict, result.Refusal),
        _ => Problems.Result(ProblemKind.BadRequest),
    };
}
