using OpenNrm.Domain.Statistics;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>
/// One indicator of a year: its published total and tables, or why it cannot be computed yet. An indicator whose
/// source is not recorded has no total at all: "not recorded" is never shown as zero.
/// </summary>
/// <param name="Catalogue">The domain's definition; null for a figure derived from catalogue indicators.</param>
public sealed record IndicatorFigures(
    string Id,
    string Title,
    string Definition,
    IndicatorDefinition? Catalogue,
    string? NotRecordedReason,
    StatCell? Total,
    IReadOnlyList<StatTable> Tables)
{
    public bool IsRecorded => NotRecordedReason is null;

    /// <summary>The source and batch when another actor counted the figure; null when OpenNRM computed it.</summary>
    public Imports.ImportedFrom? Imported { get; init; }
}

/// <summary>A year's published statistics, nationally or for one judicial district.</summary>
public sealed record YearFigures(int Year, string? JudicialDistrict, IReadOnlyList<IndicatorFigures> Indicators, StatTable Funnel, StatTable Durations)
{
    /// <summary>The judgments of the year by exploitation category; empty for the earlier years of a trend.</summary>
    public IReadOnlyList<StatTable> CaseLaw { get; init; } = [];

    public IndicatorFigures Indicator(string id) => Indicators.Single(i => i.Id == id);

    /// <summary>Every published table, in a fixed order: the indicators' tables, the path, the durations, then the case law.</summary>
    public IEnumerable<StatTable> Tables => Indicators.SelectMany(i => i.Tables).Append(Funnel).Append(Durations).Concat(CaseLaw);
}
