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
        group.MapGet("/{id:guid}/possible-duplicates", Duplicates).RequirePermission(Permission.CasesRead)
            .WithSummary("Files of the caller's organisation that may be the same person, with the reasons (no names).");
        group.MapPost("/{id:guid}/merges", Merge).RequirePermission(Permission.CasesMerge)
            .WithSummary("Link another file to this one as the same person, with the reason; audited, and can be undone.");
        api.MapPost("/case-merges/{id:guid}/undo", Undo).RequirePermission(Permission.CasesMerge).WithTags("Cases")
            .WithSummary("Undo a link between two files, with the reason.");
    }

    private static async Task<IResult> Duplicates(Guid id, PossibleDuplicates duplicates, CancellationToken ct) =>
        await duplicates.FindAsync(id, ct) is { } found ? TypedResults.Ok(found) : Problems.Result(ProblemKind.NotFound);

    private static async Task<IResult> Merge(Guid id, MergeInput input, PossibleDuplicates duplicates, CancellationToken ct)
    {
        var (kind, merge, validation, refusal) = await duplicates.MergeAsync(id, input, ct);
        return kind switch
        {
            MergeOutcomeKind.Done => TypedResults.Created($"/api/v1/cases/{id}", merge),
            MergeOutcomeKind.Invalid => validation.Problem(),
            MergeOutcomeKind.NotFound => Problems.Result(ProblemKind.NotFound),
            _ => Problems.Result(ProblemKind.Conflict, refusal),
        };
    }

    private static async Task<IResult> Undo(Guid id, UndoInput input, PossibleDuplicates duplicates, CancellationToken ct)
    {
        var (kind, validation, refusal) = await duplicates.UndoAsync(id, input, ct);
        return kind switch
        {
            MergeOutcomeKind.Done => TypedResults.NoContent(),
            MergeOutcomeKind.Invalid => validation.Problem(),
            MergeOutcomeKind.NotFound => Problems.Result(ProblemKind.NotFound),
            _ => Problems.Result(ProblemKind.Conflict, refusal),
        };
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
