using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Leaflet;

public static class LeafletsApi
{
    public static void MapLeafletsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/leaflets").WithTags("Leaflet");
        group.MapGet("/", List).RequirePermission(Permission.LeafletRead)
            .WithSummary("The languages the victim information leaflet is available in, with each text's version.");
        // No route constraint on the language: a malformed code reaches the handler and gets a problem that says why.
        group.MapGet("/{lang}", Get).RequirePermission(Permission.LeafletRead)
            .WithSummary("The leaflet in one language (ISO 639-1): plain text, paragraphs separated by a blank line.");
        group.MapPut("/{lang}", Put).RequirePermission(Permission.LeafletManage)
            .WithSummary("Add a language (version 0) or revise a text (the version you read). 201 for a new language, 200 for a revision, 409 for a stale version.");
    }

    private static async Task<IResult> List(LeafletService leaflets, CancellationToken ct) => TypedResults.Ok(await leaflets.ListAsync(ct));

    private static async Task<IResult> Get(string lang, LeafletService leaflets, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        if (await leaflets.FindAsync(lang, ct) is { } leaflet)
        {
            return TypedResults.Ok(leaflet);
        }

        var available = (await leaflets.ListAsync(ct)).Select(l => l.Language);
        return Problems.Result(ProblemKind.NotFound, localizer["There is no leaflet in this language. Available languages: {0}.", string.Join(", ", available)]);
    }

    private static async Task<IResult> Put(string lang, LeafletInput input, LeafletService leaflets, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var result = await leaflets.SaveAsync(lang, input, ct);
        return result.Outcome switch
        {
            LeafletOutcome.Created => TypedResults.Created($"/api/v1/leaflets/{result.Leaflet!.Language}", result.Leaflet),
            LeafletOutcome.Updated => TypedResults.Ok(result.Leaflet),
            LeafletOutcome.Invalid => result.Validation.Problem(),
            LeafletOutcome.Conflict => Problems.Result(ProblemKind.Conflict, ConflictDetail(result, localizer)),
        };
    }

    public static string ConflictDetail(LeafletSaveResult result, IStringLocalizer localizer) => result.CurrentVersion is { } current
        ? localizer["This text was changed in the meantime: it is now at version {0}. Reload it and apply your change again.", current]
        : localizer["There is no text in this language yet: send version 0 to add it."];
}
