using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Admin;

public static class OrganisationsApi
{
    public static void MapOrganisationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organisations").WithTags("Organisations");
        group.MapGet("/", List).RequirePermission(Permission.OrganisationsRead);
        group.MapGet("/{id:guid}", Get).RequirePermission(Permission.OrganisationsRead);
        group.MapPost("/", Create).RequirePermission(Permission.OrganisationsManage);
        group.MapPut("/{id:guid}", Update).RequirePermission(Permission.OrganisationsManage);
    }

    private static async Task<Ok<List<OrganisationDto>>> List(AppDbContext db, CancellationToken ct)
    {
        // Reference data of a few hundred rows at most: one ordered read, no paging needed.
        var all = await db.Organisations.AsNoTracking().OrderBy(o => o.Code).ToListAsync(ct);
        return TypedResults.Ok(all.Select(OrganisationDto.From).ToList());
    }

    private static async Task<Results<Ok<OrganisationDto>, ProblemHttpResult>> Get(Guid id, AppDbContext db, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        return organisation is null
            ? (ProblemHttpResult)Problems.Result(ProblemKind.NotFound)
            : TypedResults.Ok(OrganisationDto.From(organisation));
    }

    private static async Task<IResult> Create(OrganisationInput input, OrganisationService service, CancellationToken ct)
    {
        var result = await service.CreateAsync(input, ct);
        return result.Outcome == SaveOutcome.Saved
            ? TypedResults.Created($"/api/v1/organisations/{result.Organisation!.Id}", result.Organisation)
            : ToProblem(result);
    }

    private static async Task<IResult> Update(Guid id, OrganisationInput input, OrganisationService service, CancellationToken ct)
    {
        var result = await service.UpdateAsync(id, input, ct);
        return result.Outcome == SaveOutcome.Saved ? TypedResults.Ok(result.Organisation) : ToProblem(result);
    }

    private static IResult ToProblem(SaveResult result) => result.Outcome switch
    {
        SaveOutcome.Invalid => result.Validation.Problem(),
        SaveOutcome.NotFound => Problems.Result(ProblemKind.NotFound),
        SaveOutcome.Conflict => Problems.Result(ProblemKind.Conflict),
        SaveOutcome.Saved => throw new InvalidOperationException("A saved result is not a problem."),
    };
}
