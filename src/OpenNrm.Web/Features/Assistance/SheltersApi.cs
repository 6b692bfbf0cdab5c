using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Assistance;

/// <summary>The centre's shelters: places and occupancy. No endpoint returns an address; it is revealed on its own page only.</summary>
public static class SheltersApi
{
    public static void MapSheltersApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/shelters").WithTags("Assistance");
        group.MapGet("/", List).RequirePermission(Permission.SupportRead)
            .WithSummary("The centre's shelters with tonight's occupancy; never the address.");
        group.MapPost("/", Create).RequirePermission(Permission.SheltersManage)
            .WithSummary("Register a shelter: a label that does not say where it is, its places, and its address (encrypted, not returned).");
    }

    private static async Task<IResult> List(ShelterService service, CancellationToken ct) => TypedResults.Ok(await service.ListAsync(ct));

    private static async Task<IResult> Create(ShelterInput input, ShelterService service, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        SupportResults.ToHttp(await service.CreateAsync(input, ct), l, _ => "/api/v1/shelters");
}
