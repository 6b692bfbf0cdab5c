using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Detection.Indicators;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Detection;

public sealed record IndicatorListView(string Id, string Name, string Version, TargetPopulation Population, ExploitationForm Exploitation,
    string Source, string? SourceNote, IReadOnlyList<Indicator> Indicators);

public static class DetectionApi
{
    public static void MapDetectionApi(this RouteGroupBuilder api)
    {
        api.MapGet("/indicator-lists", () => TypedResults.Ok(PublicIndicatorLists.All.Select(l =>
                new IndicatorListView(l.Id, l.Name, l.Version, l.Population, l.Exploitation, l.SourceCitation, l.SourceNote, l.Indicators)).ToList()))
            .RequirePermission(Permission.DetectionAssess).WithTags("Detection")
            .WithSummary("The indicator lists in force, with each indicator's dimension and strength.");
        api.MapPost("/detection-assessments", Assess).RequirePermission(Permission.DetectionAssess).WithTags("Detection")
            .WithSummary("Decision support: the Delphi rule on the indicators seen, and the caller's legal duties. Nothing is stored.");
    }

    private static async Task<IResult> Assess(DetectionRequest request, DetectionSupport support, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var (result, field, error) = await support.AssessAsync(request, ct);
        return result is not null ? TypedResults.Ok(result) : new Validation(localizer).Require(false, field!, error!).Problem();
    }
}
