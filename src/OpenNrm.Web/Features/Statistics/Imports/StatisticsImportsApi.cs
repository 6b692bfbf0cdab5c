using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Statistics.Imports;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Statistics.Imports;

public static class StatisticsImportsApi
{
    public const string CsvMediaType = ImportFormats.CsvMediaType;

    public static void MapStatisticsImportsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/statistics/imports").WithTags("Statistics");
        group.MapGet("/template", Template).RequirePermission(Permission.StatisticsImport)
            .WithSummary("The blank file of a source for a year (?source=police|prosecutors|convictions&year=&format=csv|xlsx, CSV by default): every line its template takes, each with the count 0.");
        group.MapPost("/", Stage).RequirePermission(Permission.StatisticsImport)
            .WithSummary("Check a source's file (a text/csv body, or an XLSX workbook whose first sheet holds the same lines; ?source=&year=) and stage it. 201 with the preview of what it will publish; 400 with every problem and its line (the sheet's row), or with the reason a workbook cannot be read; nothing stored.");
        group.MapGet("/", History).RequirePermission(Permission.StatisticsImport)
            .WithSummary("Every batch, newest first (?source=&year= optional): staged, in force or superseded, with who and when. No count.");
        group.MapGet("/{id:guid}", Preview).RequirePermission(Permission.StatisticsImport)
            .WithSummary("A batch and the tables it publishes (or will publish), after disclosure control.");
        group.MapPost("/{id:guid}/commit", Commit).RequirePermission(Permission.StatisticsImport)
            .WithSummary("Put a staged batch in force for its source and year; the batch in force until now is superseded and kept. 409 when the batch is not staged.");
    }

    private static IResult Template(string? source, string? year, string? format, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
    {
        var v = new Validation(localizer);
        var request = TemplateRequest.Parse(source, year, format, clock, v, fallbackYear: null);
        return request is { } r ? r.File() : v.Problem();
    }

    private static async Task<IResult> Stage(HttpRequest request, string? source, string? year, StatisticsImports imports, IStringLocalizer<SharedResource> localizer,
        CancellationToken ct)
    {
        if (ImportFormats.OfMediaType(request.ContentType) is not { } format)
        {
            return Problems.Result(ProblemKind.UnsupportedMediaType, localizer["Send the file as text/csv or, for a workbook, as {0}.", ImportFormats.XlsxMediaType]);
        }

        var result = await imports.StageAsync(source, year, request.Body, format, fileName: null, ct);
        return result.Outcome == ImportOutcome.Done
            ? TypedResults.Created($"/api/v1/statistics/imports/{result.Preview!.Batch.Id}", result.Preview)
            : ToResult(result, localizer);
    }

    private static async Task<IResult> History(string? source, string? year, StatisticsImports imports, TimeProvider clock,
        IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var v = new Validation(localizer);
        var found = AggregateSources.Find(source);
        v.Require(string.IsNullOrWhiteSpace(source) || found is not null, "source", "Choose one of the sources: {0}.",
            string.Join(", ", AggregateSources.All.Select(AggregateSources.Code)));
        var y = string.IsNullOrWhiteSpace(year) ? null : StatisticsYear.Parse(year, clock, v, fallback: null);
        return v.IsValid ? TypedResults.Ok(await imports.HistoryAsync(found, y, ct)) : v.Problem();
    }

    private static async Task<IResult> Preview(Guid id, StatisticsImports imports, CancellationToken ct) =>
        await imports.PreviewAsync(id, ct) is { } preview ? TypedResults.Ok(preview) : Problems.Result(ProblemKind.NotFound);

    private static async Task<IResult> Commit(Guid id, StatisticsImports imports, IStringLocalizer<SharedResource> localizer, CancellationToken ct) =>
        ToResult(await imports.CommitAsync(id, ct), localizer);

    private static IResult ToResult(ImportResult result, IStringLocalizer<SharedResource> localizer) => result.Outcome switch
    {
        ImportOutcome.Done => TypedResults.Ok(result.Preview),
        ImportOutcome.Invalid => result.Validation!.Problem(),
        ImportOutcome.FileRefused => FileProblem(result.Report!, localizer),
        ImportOutcome.NotFound => Problems.Result(ProblemKind.NotFound),
        ImportOutcome.Conflict => Problems.Result(ProblemKind.Conflict, result.Conflict),
    };

    /// <summary>
    /// A 400 problem with every problem of the file: "errors" keyed by line (as a validation problem reads) and
    /// "problems" in line order with the column, for a program that corrects the file.
    /// </summary>
    private static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem FileProblem(ImportReport report, IStringLocalizer<SharedResource> localizer) =>
        TypedResults.ValidationProblem(
            report.Problems.GroupBy(p => $"line {p.Line}").ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
            detail: localizer["The file was not imported: {0} problems in {1} lines. Nothing was stored.", report.ProblemsFound, report.LinesProcessed],
            extensions: new Dictionary<string, object?>
            {
                ["linesProcessed"] = report.LinesProcessed,
                ["problemsFound"] = report.ProblemsFound,
                ["problems"] = report.Problems,
            });
}
