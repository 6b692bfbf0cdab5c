using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Indicators;

public static class IndicatorListsApi
{
    public static void MapIndicatorListsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/indicator-lists").WithTags("Indicator lists");
        group.MapGet("/", List).RequirePermission(Permission.DetectionAssess)
            .WithSummary("Every indicator list: the shipped ones and each imported version, with the version in force. Items are given for lists in force.");
        group.MapGet("/{id}/versions/{version}", Version).RequirePermission(Permission.DetectionAssess)
            .WithSummary("One list version with its items, in force or not: what an earlier signal was assessed against.");
        group.MapPost("/", Import).RequirePermission(Permission.IndicatorListsManage)
            .WithSummary("Import a list (docs/indicator-lists.md) as the JSON body. 201; 400 with each problem at its position; 409 for a shipped id or a version already imported.");
        group.MapPost("/{id}/versions/{version}/activate", Activate).RequirePermission(Permission.IndicatorListsManage)
            .WithSummary("Put this version in force for its list id; the previous version stays stored.");
    }

    private static async Task<IResult> List(IndicatorListCatalogue catalogue, CancellationToken ct) => TypedResults.Ok(await catalogue.AllAsync(ct));

    private static async Task<IResult> Version(string id, string version, IndicatorListCatalogue catalogue, CancellationToken ct) =>
        await catalogue.EntryAsync(id, version, ct) is { } entry ? TypedResults.Ok(entry) : Problems.Result(ProblemKind.NotFound);

    private static async Task<IResult> Import(HttpRequest request, IndicatorListImport import, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
        {
            return Problems.Result(ProblemKind.UnsupportedMediaType);
        }

        var (text, problem) = await IndicatorListText.ReadAsync(request.Body, ct);
        var result = problem is null
            ? await import.ImportAsync(text, ct)
            : new IndicatorListResult(IndicatorListOutcome.Invalid, Validation: new Validation(localizer).Require(false, problem.Position, problem.Message, [.. problem.Arguments]));
        return result.Outcome == IndicatorListOutcome.Done
            ? TypedResults.Created($"/api/v1/indicator-lists/{result.Entry!.Id}/versions/{result.Entry.Version}", result.Entry)
            : ToResult(result);
    }

    private static async Task<IResult> Activate(string id, string version, IndicatorListImport import, CancellationToken ct) =>
        ToResult(await import.ActivateAsync(id, version, ct));

    private static IResult ToResult(IndicatorListResult result) => result.Outcome switch
    {
        IndicatorListOutcome.Done => TypedResults.Ok(result.Entry),
        IndicatorListOutcome.Invalid => result.Validation!.Problem(),
        IndicatorListOutcome.NotFound => Problems.Result(ProblemKind.NotFound),
        IndicatorListOutcome.Conflict => Problems.Result(ProblemKind.Conflict, result.Conflict),
    };
}
