using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using NodaTime;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Proceedings;

public static class ProceedingsApi
{
    public static void MapProceedingsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/proceedings").WithTags("Criminal proceedings");
        group.MapPost("/", Open).RequirePermission(Permission.ProceedingsManage)
            .WithSummary("A prosecutor opens a notice in their office's register (preliminary investigation, Code of Criminal Procedure art. 28bis). 409 when the office already has this notice number.");
        group.MapGet("/", CaseLaw).RequirePermission(Permission.CaseLawRead)
            .WithSummary("judgments=true&year=YYYY: every judgment of the year with office, date, outcome, exploitation category and whether trafficking was retained; no names, no files.");
        group.MapGet("/{id:guid}", Read).RequirePermission(Permission.ProceedingsRead)
            .WithSummary("The case as of a date (asOf=YYYY-MM-DD, default today in Brussels): in full for its office; the status and the caller's files' roles and damages for an organisation working on a linked file; 404 otherwise.");
        group.MapPost("/{id:guid}/events", Record).RequirePermission(Permission.ProceedingsManage)
            .WithSummary("Record a dated act. 422 listing each unmet condition with its article; 409 when someone recorded at the same moment.");
        group.MapPost("/{id:guid}/magistrates", Assign).RequirePermission(Permission.ProceedingsManage)
            .WithSummary("Hand the case to another reference magistrate of the office from a date (COL 01/2015).");
        group.MapPost("/{id:guid}/victims", Link).RequirePermission(Permission.ProceedingsManage)
            .WithSummary("Link a victim's file the office already works on, with the victim's roles.");
        group.MapPut("/{id:guid}/victims/{caseId:guid}", Change).RequirePermission(Permission.ProceedingsManage)
            .WithSummary("Replace a victim's roles and damages (euro cents) against the version read; 422 when an award lacks a civil party or a conviction, or more is paid than awarded.");
        api.MapGet("/cases/{caseId:guid}/proceedings", ForCase).RequirePermission(Permission.ProceedingsRead).WithTags("Criminal proceedings")
            .WithSummary("The criminal cases a file is linked to: status, and this file's roles and damages only.");
    }

    private static async Task<IResult> Open(OpenProceedingsInput input, ProceedingsService service, CancellationToken ct) =>
        ToResult(await service.OpenAsync(input, ct), created: true);

    private static async Task<IResult> Read(Guid id, DateOnly? asOf, string? purpose, ProceedingsQueries queries, CancellationToken ct) =>
        ToResult(await queries.ReadAsync(id, asOf is { } d ? LocalDate.FromDateOnly(d) : null, purpose, ct), created: false);

    private static async Task<IResult> Record(Guid id, ProceedingsEventInput input, ProceedingsService service, CancellationToken ct) =>
        ToResult(await service.RecordAsync(id, input, ct), created: false);

    private static async Task<IResult> Assign(Guid id, AssignMagistrateInput input, ProceedingsService service, CancellationToken ct) =>
        ToResult(await service.AssignMagistrateAsync(id, input, ct), created: false);

    private static async Task<IResult> Link(Guid id, LinkVictimInput input, ProceedingsService service, CancellationToken ct) =>
        ToResult(await service.LinkVictimAsync(id, input, ct), created: false);

    private static async Task<IResult> Change(Guid id, Guid caseId, VictimLinkInput input, ProceedingsService service, CancellationToken ct) =>
        ToResult(await service.ChangeVictimAsync(id, caseId, input, ct), created: false);

    private static async Task<IResult> ForCase(Guid caseId, string? purpose, ProceedingsQueries queries, CancellationToken ct) =>
        await queries.ForCaseAsync(caseId, purpose, ct) is { } list ? TypedResults.Ok(list) : Problems.Result(ProblemKind.NotFound);

    private static async Task<IResult> CaseLaw(bool? judgments, int? year, ProceedingsQueries queries, TimeProvider clock, IStringLocalizer<SharedResource> localizer,
        CancellationToken ct)
    {
        var thisYear = LegalCalendar.Today(clock).Year;
        var v = new Validation(localizer)
            .Require(judgments == true, "judgments", "Only judgments are listed here: ask with judgments=true.")
            .Require(year is { } y && y >= ProceedingsQueries.FirstCaseLawYear && y <= thisYear, "year", "Give a year from {0} to {1}.",
                ProceedingsQueries.FirstCaseLawYear, thisYear);
        return v.IsValid ? TypedResults.Ok(await queries.CaseLawAsync(year!.Value, ct)) : v.Problem();
    }

    private static IResult ToResult(ProceedingsOutcome outcome, bool created) => outcome.Kind switch
    {
        ProceedingsOutcomeKind.Done when created => TypedResults.Created($"/api/v1/proceedings/{outcome.Proceedings!.Id}", outcome.Proceedings),
        ProceedingsOutcomeKind.Done => outcome.Proceedings is { } full ? TypedResults.Ok(full) : TypedResults.Ok(outcome.StatusOnly),
        ProceedingsOutcomeKind.NotFound => Problems.Result(ProblemKind.NotFound),
        ProceedingsOutcomeKind.Invalid => outcome.Validation!.Problem(),
        ProceedingsOutcomeKind.NotCompetent => Problems.Result(ProblemKind.Forbidden, outcome.Detail),
        ProceedingsOutcomeKind.Conflict => Problems.Result(ProblemKind.Conflict, outcome.Detail),
        ProceedingsOutcomeKind.RefusedByLaw => TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity,
            detail: outcome.Message(), extensions: new Dictionary<string, object?> { ["unmetConditions"] = outcome.Refusals }),
    };
}
