using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Statistics.Microdata;

public static class MicrodataApi
{
    public static void MapMicrodataApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/statistics/microdata").WithTags("Statistics");
        group.MapPost("/htcds", Release).RequirePermission(Permission.MicrodataExport)
            .WithSummary("A k-anonymised HTCDS 2.0 release (ZIP: rows as CSV, release.json with the rows generalised and left out, the data dictionary). Body: from, to, purpose, agreementReference, optional k. Audited with the purpose.");
        group.MapGet("/htcds/dictionary", Dictionary).RequirePermission(Permission.MicrodataExport)
            .WithSummary("The data dictionary of the HTCDS release (Markdown).");
    }

    private static async Task<IResult> Release(MicrodataRequest request, MicrodataRelease release, CancellationToken ct)
    {
        var result = await release.ReleaseAsync(request, ct);
        return result.File is { } file ? TypedResults.File(file.Content, file.ContentType, file.FileName) : result.Validation!.Problem();
    }

    private static Microsoft.AspNetCore.Http.HttpResults.FileContentHttpResult Dictionary(MicrodataRelease release) =>
        TypedResults.File(Encoding.UTF8.GetBytes(release.Dictionary()), "text/markdown; charset=utf-8", "opennrm-htcds-data-dictionary.md");
}
