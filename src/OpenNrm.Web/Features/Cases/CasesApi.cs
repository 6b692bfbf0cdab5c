using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Cases;

public static class CasesApi
{
    public static void MapCasesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/cases").WithTags("Cases");
        group.MapPost("/", Open).RequirePermission(Permission.CasesCreate)
            .WithSummary("Open a person's file; the caller's organisation becomes involved in it.");
        group.MapGet("/{id:guid}", Read).RequirePermission(Permission.CasesRead)
            .WithSummary("Read a file the caller's organisation is involved in; any other file answers 404. The read is audited with its purpose.");
    }

    private static async Task<IResult> Open(CaseInput input, CaseService cases, CancellationToken ct)
    {
        var (file, validation) = await cases.OpenAsync(input, ct);
        return file is null ? validation.Problem() : TypedResults.Created($"/api/v1/cases/{file.Id}", file);
    }

    private static async Task<IResult> Read(Guid id, string? purpose, CaseService cases, CancellationToken ct)
    {
        var file = await cases.ReadAsync(id, purpose, ct);
        return file is null ? Problems.Result(ProblemKind.NotFound) : TypedResults.Ok(file);
    }
}
