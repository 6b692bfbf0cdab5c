using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Access;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Statistics;

public static class StatisticsApi
{
    public static void MapStatisticsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/statistics").WithTags("Statistics");
        group.MapGet("/eurostat.csv", Eurostat).RequirePermission(Permission.StatisticsExport)
            .WithSummary("Registered victims of a year by sex, age, citizenship and form of exploitation (Eurostat crim_thb); withheld cells have an empty value and the flag c.");
        group.MapGet("/key-figures", KeyFigures).RequirePermission(Permission.StatisticsExport)
            .WithSummary("Every published table of a year as JSON, the catalogue's indicators (not recorded ones without a figure) and the reproducibility stamp.");
        group.MapGet("/report.csv", Report).RequirePermission(Permission.StatisticsExport)
            .WithSummary("Every published table of a year, one line per cell; its SHA-256 is the stamp of the printed report.");
    }

    // The year is read as text so that "abc" gets a problem naming the field, like any other invalid value.
    private static Task<IResult> Eurostat(string? year, StatisticsExports exports, TimeProvider clock, IStringLocalizer<SharedResource> localizer,
        CancellationToken ct) => FileAsync(ExportKind.EurostatCsv, year, exports, clock, localizer, ct);

    private static Task<IResult> Report(string? year, StatisticsExports exports, TimeProvider clock, IStringLocalizer<SharedResource> localizer,
        CancellationToken ct) => FileAsync(ExportKind.ReportCsv, year, exports, clock, localizer, ct);

    private static async Task<IResult> KeyFigures(string? year, StatisticsExports exports, TimeProvider clock, IStringLocalizer<SharedResource> localizer,
        CancellationToken ct)
    {
        var v = new Validation(localizer);
        return StatisticsYear.Parse(year, clock, v, fallback: null) is { } y ? TypedResults.Ok(await exports.KeyFiguresAsync(y, ct)) : v.Problem();
    }

    private static async Task<IResult> FileAsync(ExportKind kind, string? year, StatisticsExports exports, TimeProvider clock,
        IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var v = new Validation(localizer);
        if (StatisticsYear.Parse(year, clock, v, fallback: null) is not { } y)
        {
            return v.Problem();
        }

        var file = await exports.FileAsync(kind, y, ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
