using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Detection;

public static class SignalsApi
{
    public static void MapSignalsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/signals").WithTags("Detection");
        group.MapPost("/", Record).RequirePermission(Permission.SignalsRecord)
            .WithSummary("Record a signal: persons, indicators, and the legal duties the detecting service now has.");
        group.MapGet("/", List).RequirePermission(Permission.SignalsRead)
            .WithSummary("Signals recorded by the caller (scope=Mine), their organisation (Organisation) or received (Received), newest first, without names; a page of `limit` (default 50) and a `Link: rel=\"next\"` header to the next.");
        group.MapGet("/{id:guid}", Read).RequirePermission(Permission.SignalsRead)
            .WithSummary("A signal the caller's organisation recorded or is involved in; any other answers 404.");
        group.MapPost("/{id:guid}/duties/{dutyId:guid}/done", Done).RequirePermission(Permission.SignalsRecord)
            .WithSummary("Report a duty as carried out (by the detecting service only).");
    }

    private static async Task<IResult> Record(SignalInput input, SignalService signals, CancellationToken ct)
    {
        var (outcome, signal, validation) = await signals.RecordAsync(input, ct);
        return outcome == SignalOutcome.Done ? TypedResults.Created($"/api/v1/signals/{signal!.Id}", signal) : validation.Problem();
    }

    private static async Task<IResult> List(SignalListScope? scope, bool? minors, bool? thirdCountry, DateTimeOffset? before, int? limit, SignalQueries queries,
        HttpContext http, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var v = new Validation(localizer).Require(limit is null or (>= 1 and <= SignalPage.MaxLimit), "limit", "Give a number from {0} to {1}.", 1, SignalPage.MaxLimit);
        if (!v.IsValid)
        {
            return v.Problem();
        }

        var shown = scope ?? SignalListScope.Mine;
        var size = limit ?? SignalPage.DefaultLimit;
        var page = await queries.ListAsync(shown, minors == true, thirdCountry == true, new SignalPage(before, size), ct);
        if (page.NextBefore is { } next)
        {
            var query = $"?scope={shown}&minors={minors == true}&thirdCountry={thirdCountry == true}" +
                        $"&before={Uri.EscapeDataString(next.ToString("O", System.Globalization.CultureInfo.InvariantCulture))}&limit={size}";
            http.Response.Headers.Link = $"</api/v1/signals{query}>; rel=\"next\"";
        }

        return TypedResults.Ok(page.Rows);
    }

    private static async Task<IResult> Read(Guid id, SignalService signals, CancellationToken ct) =>
        await signals.ReadAsync(id, ct) is { } signal ? TypedResults.Ok(signal) : Problems.Result(ProblemKind.NotFound);

    private static async Task<IResult> Done(Guid id, Guid dutyId, SignalService signals, CancellationToken ct)
    {
        var (outcome, signal) = await signals.MarkDutyDoneAsync(id, dutyId, ct);
        return outcome switch
        {
            SignalOutcome.Done => TypedResults.Ok(signal),
            SignalOutcome.AlreadyDone => Problems.Result(ProblemKind.Conflict, "This duty was already reported as done."),
            _ => Problems.Result(ProblemKind.NotFound),
        };
    }
}
