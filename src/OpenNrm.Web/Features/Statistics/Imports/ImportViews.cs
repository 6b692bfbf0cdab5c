using OpenNrm.Domain.Statistics.Imports;

namespace OpenNrm.Web.Features.Statistics.Imports;

/// <summary>A batch as the history lists it: what, when, by whom, and whether it is in force. No count.</summary>
public sealed record ImportBatchView(
    Guid Id,
    string Source,
    string SourceName,
    int Year,
    ImportBatchStatus Status,
    string Sha256,
    int Lines,
    DateTimeOffset StagedAt,
    Guid? StagedBy,
    DateTimeOffset? CommittedAt,
    Guid? CommittedBy,
    DateTimeOffset? SupersededAt,
    Guid? SupersededBy,
    int Version)
{
    public static ImportBatchView Of(StatisticsImportBatch b)
    {
        ArgumentNullException.ThrowIfNull(b);
        return new(b.Id, AggregateSources.Code(b.Source), AggregateSources.Name(b.Source), b.Year, b.Status, b.Sha256, b.Lines, b.StagedAt, b.StagedBy,
            b.CommittedAt, b.CommittedBy, b.SupersededAt, b.SupersededBy, b.Version);
    }
}

/// <summary>
/// What a batch will publish (or publishes): its tables after disclosure control, exactly as the dashboard and the
/// report will show them. The rapporteur never sees a count of the file below the threshold, not even here.
/// </summary>
/// <param name="WithheldCells">Cells and totals of these tables flagged c.</param>
public sealed record ImportPreview(ImportBatchView Batch, IReadOnlyList<IndicatorPreview> Indicators, int WithheldCells);

public sealed record IndicatorPreview(string Id, string Title, StatCell? Total, IReadOnlyList<StatTable> Tables);

/// <summary>One problem of a refused file, in the caller's language.</summary>
public sealed record ImportProblemView(int Line, string Column, string Message);

/// <summary>Why a file was refused: every problem with its line, and how far the reading got. Nothing was stored.</summary>
public sealed record ImportReport(int LinesProcessed, int ProblemsFound, IReadOnlyList<ImportProblemView> Problems);
