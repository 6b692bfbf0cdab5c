using OpenNrm.Domain.Statistics.Imports;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Statistics.Imports;

/// <summary>Where a batch stands: checked and waiting to be committed; the source's figures for its year; replaced by a newer batch.</summary>
public enum ImportBatchStatus
{
    Staged,
    InForce,
    Superseded,
}

/// <summary>
/// One imported file of one source for one year, with its counts. Only a valid file becomes a batch: it is staged
/// (nothing published yet), then committed by the rapporteur after the preview. A newer batch for the same source
/// and year takes over; the older stays stored, superseded, so an earlier report can still be explained.
/// </summary>
public sealed class StatisticsImportBatch : IVersioned
{
    public const int Sha256Length = 64;

    private readonly List<StatisticsImportFigure> _figures = [];

    private StatisticsImportBatch()
    {
        Sha256 = string.Empty;
    }

    public StatisticsImportBatch(Guid id, AggregateFile file, string sha256, DateTimeOffset stagedAt, Guid? stagedBy)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!file.IsValid)
        {
            throw new ArgumentException("A file with problems is never stored.", nameof(file));
        }

        Id = id;
        Source = file.Source;
        Year = file.Year;
        Sha256 = sha256;
        Lines = file.LinesRead;
        StagedAt = stagedAt;
        StagedBy = stagedBy;
        Status = ImportBatchStatus.Staged;
        _figures.AddRange(file.Counts.Select(c => new StatisticsImportFigure(Guid.CreateVersion7(), id, c)));
    }

    public Guid Id { get; private set; }

    public AggregateSource Source { get; private set; }

    public int Year { get; private set; }

    /// <summary>SHA-256 of the file's bytes as uploaded: the source can check which file the figures came from.</summary>
    public string Sha256 { get; private set; }

    /// <summary>Lines of the file, the header included.</summary>
    public int Lines { get; private set; }

    public DateTimeOffset StagedAt { get; private set; }

    public Guid? StagedBy { get; private set; }

    public ImportBatchStatus Status { get; private set; }

    public DateTimeOffset? CommittedAt { get; private set; }

    public Guid? CommittedBy { get; private set; }

    public DateTimeOffset? SupersededAt { get; private set; }

    /// <summary>The batch that took over from this one.</summary>
    public Guid? SupersededBy { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<StatisticsImportFigure> Figures => _figures;

    public void BumpVersion() => Version++;

    public void Commit(DateTimeOffset at, Guid? by)
    {
        if (Status != ImportBatchStatus.Staged)
        {
            throw new InvalidOperationException($"Batch {Id} is {Status}; only a staged batch is committed.");
        }

        Status = ImportBatchStatus.InForce;
        CommittedAt = at;
        CommittedBy = by;
    }
}

/// <summary>One count of a batch, as the file's line gave it: a true count, published only through disclosure control.</summary>
public sealed class StatisticsImportFigure
{
    public const int MaxIndicatorLength = 64;
    public const int MaxValueLength = 32;

    private StatisticsImportFigure()
    {
        Indicator = Value = string.Empty;
    }

    public StatisticsImportFigure(Guid id, Guid batchId, AggregateCount count)
    {
        ArgumentNullException.ThrowIfNull(count);
        Id = id;
        BatchId = batchId;
        Line = count.Line;
        Indicator = count.Indicator;
        Dimension = count.Dimension;
        Value = count.Value;
        Count = count.Count;
    }

    public Guid Id { get; private set; }

    public Guid BatchId { get; private set; }

    public int Line { get; private set; }

    public string Indicator { get; private set; }

    public AggregateDimension Dimension { get; private set; }

    public string Value { get; private set; }

    public int Count { get; private set; }
}
