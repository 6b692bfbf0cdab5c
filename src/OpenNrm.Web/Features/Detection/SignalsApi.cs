using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
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
            .WithSummary("Signals recorded by the caller (scope=Mine), their organisation (Organisation) or received (Received), newest first, without names.");
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

    private static async Task<IResult> List(SignalListScope? scope, bool? minors, bool? thirdCountry, SignalQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ListAsync(scope ?? SignalListScope.Mine, minors == true, thirdCountry == true, ct));

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
