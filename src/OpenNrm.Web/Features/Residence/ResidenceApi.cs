using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using NodaTime;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Residence;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Shared;
using OpenNrm.Web.Security;

namespace OpenNrm.Web.Features.Residence;

public sealed record EvaluationRequest(bool? ThirdCountryNational, bool? UnaccompaniedMinor, DateOnly? OpenedOn, List<ProcedureEventInput>? Events, DateOnly? AsOf);

public sealed record ProtectionCheckRequest(string? PersonName, List<string>? Aliases = null, string? Purpose = null);


public static class ResidenceApi
{
    public const int MaxSimulatedEvents = 500;

    public static void MapResidenceApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/procedures").WithTags("Residence procedure");
        group.MapPost("/", Open).RequirePermission(Permission.ProceduresOpen)
            .WithSummary("A recognised centre opens the special residence procedure for a person's file (RD 8 Oct 1981 art. 110bis §1).");
        group.MapPost("/{id:guid}/events", Record).RequirePermission(Permission.ProcedureEventsRecord)
            .WithSummary("Record a dated event. 403 when the caller is not the competent authority for it; 422 listing each unmet legal condition.");
        group.MapGet("/{id:guid}", Read).RequirePermission(Permission.ProceduresRead)
            .WithSummary("The history and its evaluation as of a date (asOf=YYYY-MM-DD, default today in Brussels).");
        api.MapPost("/procedure-evaluations", Evaluate).RequirePermission(Permission.ProceduresSimulate).WithTags("Residence procedure")
            .WithSummary("Evaluate a hypothetical history; nothing is stored.");
        api.MapPost("/protection-checks", Check).RequirePermission(Permission.ProtectionCheck).WithTags("Residence procedure")
            .RequireRateLimiting(AccessSetup.LoginRateLimit)
            .WithSummary("Hit or no hit: is a person of this name protected from return measures by a pending procedure?");
    }

    private static async Task<IResult> Open(OpenProcedureInput input, ResidenceService service, CancellationToken ct) =>
        ToResult(await service.OpenAsync(input, ct), created: true);

    private static async Task<IResult> Record(Guid id, ProcedureEventInput input, ResidenceService service, CancellationToken ct) =>
        ToResult(await service.RecordAsync(id, input, ct), created: false);

    private static async Task<IResult> Read(Guid id, DateOnly? asOf, string? purpose, ResidenceService service, CancellationToken ct)
    {
        var view = await service.ReadAsync(id, asOf is { } d ? LocalDate.FromDateOnly(d) : null, purpose, ct);
        return view is null ? Problems.Result(ProblemKind.NotFound) : TypedResults.Ok(view);
    }

    private static IResult Evaluate(EvaluationRequest request, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
    {
        var v = new Validation(localizer)
            .Require(request.ThirdCountryNational is not null, "thirdCountryNational", "This field is required.")
            .Require(request.UnaccompaniedMinor is not null, "unaccompaniedMinor", "This field is required.")
            .Require(request.OpenedOn is not null, "openedOn", "This field is required.")
            .Require((request.Events?.Count ?? 0) <= MaxSimulatedEvents, "events", "At most {0} events.", MaxSimulatedEvents);
        var history = new List<ProcedureEvent>();
        if (v.IsValid)
        {
            history.Add(new ProcedureOpened(LocalDate.FromDateOnly(request.OpenedOn!.Value), request.ThirdCountryNational!.Value, request.UnaccompaniedMinor!.Value));
            foreach (var (input, i) in (request.Events ?? []).Select((e, i) => (e, i)))
            {
                var (e, missing) = ProcedureEventMapping.ToDomain(input);
                v.Require(e is not null, $"events[{i}].{missing}", "This field is required for this kind of event.");
                if (e is not null)
                {
                    history.Add(e);
                }
            }
        }

        if (!v.IsValid)
        {
            return v.Problem();
        }

        var asOf = request.AsOf is { } d ? LocalDate.FromDateOnly(d) : LegalCalendar.Today(clock);
        return TypedResults.Ok(EvaluationView.From(ProcedureEvaluator.Evaluate(history, asOf)));
    }

    private static async Task<IResult> Check(ProtectionCheckRequest request, ProtectionCheck check, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var v = new Validation(localizer).RequireText(request.PersonName, "personName", 200)
            .Require((request.Aliases ?? []).Count <= NameKeyIndex.MaxAliases && (request.Aliases ?? []).All(a => !string.IsNullOrWhiteSpace(a) && a.Length <= 200), "aliases",
                "Give up to {0} other names of at most 200 characters each.", NameKeyIndex.MaxAliases)
            .Require((request.Purpose?.Length ?? 0) <= 500, "purpose", "This field is limited to {0} characters.", 500);
        return v.IsValid ? TypedResults.Ok(await check.CheckAsync(request.PersonName!, request.Aliases, request.Purpose, ct)) : v.Problem();
    }

    private static IResult ToResult(ResidenceOutcome outcome, bool created) => outcome.Kind switch
    {
        OutcomeKind.Done => created
            ? TypedResults.Created($"/api/v1/procedures/{outcome.Procedure!.Id}", outcome.Procedure)
            : TypedResults.Ok(outcome.Procedure),
        OutcomeKind.NotFound => Problems.Result(ProblemKind.NotFound),
        OutcomeKind.Invalid => outcome.Validation!.Problem(),
        OutcomeKind.NotCompetent => Problems.Result(ProblemKind.Forbidden, outcome.Detail),
        OutcomeKind.Conflict => Problems.Result(ProblemKind.Conflict),
        OutcomeKind.RefusedByLaw => TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity,
            detail: string.Join(" ", outcome.UnmetConditions!.Select(c => $"{c.Explanation} ({c.Basis})")),
            extensions: new Dictionary<string, object?> { ["unmetConditions"] = outcome.UnmetConditions }),
    };
}
