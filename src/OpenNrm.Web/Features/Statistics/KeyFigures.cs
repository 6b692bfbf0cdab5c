using OpenNrm.Domain.Statistics;

namespace OpenNrm.Web.Features.Statistics;

public sealed record DisclosureView(int Threshold, bool ZeroIsSensitive, bool ProtectTotals, int? RoundTotalsTo, string Flag, string Basis);

public sealed record StampView(DateTimeOffset SnapshotAt, string Sha256, string HashOf, string DefinitionsVersion, DisclosureView Disclosure, string DurationsMethod);

/// <summary>An indicator as the export states it: "recorded": false and no total when its source is not recorded (never 0).</summary>
public sealed record IndicatorView(string Id, string Title, string Definition, string? Unit, string? Source, string? Basis, bool Recorded,
    string? NotRecordedReason, StatCell? Total, ImportedFromView? ImportedFrom = null);

/// <summary>The source and batch of an imported figure: "imported from the police database, batch of …".</summary>
public sealed record ImportedFromView(string Source, string SourceName, Guid Batch, DateTimeOffset At, string Sha256)
{
    public static ImportedFromView? Of(Imports.ImportedFrom? from) =>
        from is null ? null : new(from.SourceCode, from.SourceName, from.BatchId, from.At, from.Sha256);
}

/// <summary>The key figures of a year: every published table, the catalogue's indicators and the stamp.</summary>
public sealed record KeyFiguresView(int Year, StampView Stamp, IReadOnlyList<IndicatorView> Indicators, IReadOnlyList<StatTable> Tables,
    IReadOnlyDictionary<SuppressionReason, string> Footnotes)
{
    public const string ReportFile = "report.csv";

    public static KeyFiguresView Of(StatisticsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rules = report.Stamp.Rules;
        return new KeyFiguresView(
            report.Year,
            new StampView(report.Stamp.SnapshotAt, report.Stamp.Sha256, ReportFile, report.Stamp.DefinitionsVersion,
                new DisclosureView(rules.Threshold, rules.ZeroIsSensitive, rules.ProtectTotals, rules.RoundTotalsTo, PublishedCell.ConfidentialFlag,
                    DisclosureControl.Basis.Citation),
                Durations.Method),
            [
                .. report.Figures.Indicators.Select(i => new IndicatorView(i.Id, i.Title, i.Definition, i.Catalogue?.Unit.ToString(), i.Catalogue?.Source.ToString(),
                    i.Catalogue?.Basis.Citation, i.IsRecorded, i.NotRecordedReason, i.Total, ImportedFromView.Of(i.Imported))),
            ],
            [.. report.Tables],
            Enum.GetValues<SuppressionReason>().ToDictionary(r => r, r => DisclosureControl.Explain(r, rules)));
    }
}
