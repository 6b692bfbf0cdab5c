using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Audit;

namespace OpenNrm.Web.Features.Statistics;

public enum ExportKind
{
    EurostatCsv,
    KeyFigures,
    ReportCsv,
    ReportDocx,
    TablesXlsx,
}

public sealed record ExportFile(byte[] Content, string ContentType, string FileName);

/// <summary>
/// The national exports. Each one is audited with its kind, its year and the hash of what it published, in the
/// same unit of work, before the file is handed over.
/// </summary>
public sealed class StatisticsExports(StatisticsQuery query, ReportSectionsService sections, AuditLog audit, AppDbContext db, IOptions<JsonOptions> json,
    StatisticsOptions options, IStringLocalizer<SharedResource> localizer)
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string NameOf(ExportKind kind) => kind switch
    {
        ExportKind.EurostatCsv => "eurostat.csv",
        ExportKind.KeyFigures => "key-figures",
        ExportKind.ReportCsv => "report.csv",
        ExportKind.ReportDocx => "report.docx",
        ExportKind.TablesXlsx => "tables.xlsx",
    };

    public static ExportKind? Find(string? name) =>
        Enum.GetValues<ExportKind>().Select(k => (ExportKind?)k).FirstOrDefault(k => NameOf(k!.Value).Equals(name?.Trim(), StringComparison.OrdinalIgnoreCase));

    public async Task<KeyFiguresView> KeyFiguresAsync(int year, CancellationToken ct)
    {
        var report = await query.ForYearAsync(year, null, ct);
        await AuditAsync(ExportKind.KeyFigures, report, ct);
        return KeyFiguresView.Of(report);
    }

    public Task<ExportFile> FileAsync(ExportKind kind, int year, CancellationToken ct) => FileAsync(kind, year, null, null, ct);

    /// <summary>
    /// The file, reporting each step to <paramref name="progress"/>. A background run names the person who asked
    /// for it (<paramref name="requester"/>), since no request carries them there; the audit entry is theirs.
    /// </summary>
    public async Task<ExportFile> FileAsync(ExportKind kind, int year, Runs.Requester? requester, IProgress<Runs.ReportProgress>? progress, CancellationToken ct)
    {
        var report = await query.ForYearAsync(year, null, progress, ct);
        progress?.Report(Runs.ReportProgress.Writing);
        var y = year.ToString(CultureInfo.InvariantCulture);
        var file = kind switch
        {
            ExportKind.EurostatCsv => Csv(StatisticsCsv.Eurostat(year, report.Figures.Indicator(StatisticsCalculator.RegisteredId).Tables[0]), $"opennrm-eurostat-{y}.csv"),
            ExportKind.ReportCsv => Csv(report.Csv, $"opennrm-report-{y}.csv"),
            ExportKind.KeyFigures => new ExportFile(JsonSerializer.SerializeToUtf8Bytes(KeyFiguresView.Of(report), json.Value.SerializerOptions),
                "application/json", $"opennrm-key-figures-{y}.json"),
            ExportKind.ReportDocx => new ExportFile(AnnualReportDocument.Build(report, await sections.TextsAsync(year, ct), options.Rules, localizer),
                DocxContentType, $"opennrm-annual-report-{y}.docx"),
            ExportKind.TablesXlsx => new ExportFile(StatisticsWorkbook.Build(report, options.Rules, localizer), XlsxContentType, $"opennrm-tables-{y}.xlsx"),
        };
        progress?.Report(Runs.ReportProgress.Recording);
        await AuditAsync(kind, report, ct, requester);
        return file;
    }

    private async Task AuditAsync(ExportKind kind, StatisticsReport report, CancellationToken ct, Runs.Requester? requester = null)
    {
        var type = kind switch
        {
            ExportKind.EurostatCsv => AuditEventType.StatisticsEurostatExported,
            ExportKind.KeyFigures => AuditEventType.StatisticsKeyFiguresExported,
            ExportKind.ReportCsv => AuditEventType.StatisticsReportExported,
            ExportKind.ReportDocx => AuditEventType.StatisticsReportDocxExported,
            ExportKind.TablesXlsx => AuditEventType.StatisticsTablesXlsxExported,
        };
        audit.Record(type, "Statistics", report.Year.ToString(CultureInfo.InvariantCulture),
            details: $"kind={NameOf(kind)} year={report.Year} sha256={report.Stamp.Sha256}", userId: requester?.UserId, organisationId: requester?.OrganisationId);
        await db.SaveChangesAsync(ct);
    }

    private static ExportFile Csv(string text, string name) => new(Encoding.UTF8.GetBytes(text), "text/csv; charset=utf-8", name);
}
