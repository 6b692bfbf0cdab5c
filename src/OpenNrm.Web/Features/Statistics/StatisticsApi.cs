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
        group.MapGet("/report.docx", Docx).RequirePermission(Permission.StatisticsExport)
            .WithSummary("The annual report of a year as an editable Word document: the stamp, the key figures by source, the five-year trends, the rapporteur's sections and the case-law chapter; a count withheld as too small shows <5, a figure withheld to protect it c.");
        group.MapGet("/tables.xlsx", Xlsx).RequirePermission(Permission.StatisticsExport)
            .WithSummary("Every published table of a year as a workbook, one sheet per table, withheld cells as c (as in report.csv).");
        // The year and the version are read as text, without route constraints, so that a malformed one gets a problem naming it.
        group.MapGet("/sections/{year}", Sections).RequirePermission(Permission.StatisticsRead)
            .WithSummary("The rapporteur's sections of a year's report (trends, policy, case-law commentary, recommendations), their version and the history of saves.");
        group.MapPut("/sections/{year}", SaveSections).RequirePermission(Permission.ReportSectionsWrite)
            .WithSummary("Replace the four sections against the version read (0 when none was saved). 200 with the new version; 409 when someone saved in the meantime.");
        group.MapGet("/sections/{year}/revisions/{version}", Revision).RequirePermission(Permission.StatisticsRead)
            .WithSummary("The four texts of one past save, with who saved them and when.");
    }

    private static Task<IResult> Docx(string? year, StatisticsExports exports, TimeProvider clock, IStringLocalizer<SharedResource> localizer,
        CancellationToken ct) => FileAsync(ExportKind.ReportDocx, year, exports, clock, localizer, ct);

    private static Task<IResult> Xlsx(string? year, StatisticsExports exports, TimeProvider clock, IStringLocalizer<SharedResource> localizer,
        CancellationToken ct) => FileAsync(ExportKind.TablesXlsx, year, exports, clock, localizer, ct);

    private static async Task<IResult> Sections(string year, ReportSectionsService sections, TimeProvider clock, IStringLocalizer<SharedResource> localizer,
        CancellationToken ct)
    {
        var v = new Validation(localizer);
        return StatisticsYear.Parse(year, clock, v, fallback: null) is { } y ? TypedResults.Ok(await sections.ReadAsync(y, ct)) : v.Problem();
    }

    private static async Task<IResult> SaveSections(string year, ReportSectionsInput input, ReportSectionsService sections,
        IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var result = await sections.SaveAsync(year, input, ct);
        return result.Outcome switch
        {
            ReportSectionsOutcome.Saved => TypedResults.Ok(result.Sections),
            ReportSectionsOutcome.Invalid => result.Validation.Problem(),
            ReportSectionsOutcome.Conflict => Problems.Result(ProblemKind.Conflict, ReportSectionsText.Conflict(result.Current, localizer)),
        };
    }

    private static async Task<IResult> Revision(string year, string version, ReportSectionsService sections, TimeProvider clock,
        IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var v = new Validation(localizer);
        var y = StatisticsYear.Parse(year, clock, v, fallback: null);
        var ok = int.TryParse(version, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1;
        v.Require(ok, "version", "Give the version as a whole number from 1.");
        if (y is not { } reportYear || !v.IsValid)
        {
            return v.Problem();
        }

        return await sections.RevisionAsync(reportYear, n, ct) is { } revision ? TypedResults.Ok(revision) : Problems.Result(ProblemKind.NotFound);
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
