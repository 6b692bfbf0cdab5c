using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Detection;

public static class DetectionApi
{
    public static void MapDetectionApi(this RouteGroupBuilder api)
    {
        // The indicator lists themselves (shipped and imported) are served by Features/Indicators.
        api.MapPost("/detection-assessments", Assess).RequirePermission(Permission.DetectionAssess).WithTags("Detection")
            .WithSummary("Decision support: the Delphi rule on the indicators seen, and the caller's legal duties. Nothing is stored.");
    }

    private static async Task<IResult> Assess(DetectionRequest request, DetectionSupport support, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var (result, field, error) = await support.AssessAsync(request, ct);
        return result is not null ? TypedResults.Ok(result) : new Validation(localizer).Require(false, field!, error!).Problem();
    }
}
