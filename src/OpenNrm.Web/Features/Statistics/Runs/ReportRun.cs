namespace OpenNrm.Web.Features.Statistics.Runs;

public enum ReportRunStatus
{
    Queued,
    Running,
    Ready,
    Failed,
}

/// <summary>
/// One export generated in the background for the person who asked for it, with its progress: the page they wait
/// on reads it from the database, so any server behind the load balancer can answer while another one works.
/// The file is kept for a day (published aggregates only: disclosure control ran before it was written).
/// </summary>
public sealed class ReportRun
{
    private ReportRun()
    {
        FileName = ContentType = Culture = StepName = string.Empty;
    }

    public ReportRun(Guid id, Guid requestedBy, Guid? organisationId, int year, ExportKind kind, string culture, DateTimeOffset requestedAt)
    {
        Id = id;
        RequestedBy = requestedBy;
        OrganisationId = organisationId;
        Year = year;
        Kind = kind;
        Culture = culture;
        RequestedAt = requestedAt;
        Status = ReportRunStatus.Queued;
        FileName = ContentType = StepName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid RequestedBy { get; private set; }

    public Guid? OrganisationId { get; private set; }

    public int Year { get; private set; }

    public ExportKind Kind { get; private set; }

    /// <summary>The interface language of the request: the document is written in it.</summary>
    public string Culture { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public ReportRunStatus Status { get; private set; }

    public int Step { get; private set; }

    /// <summary>The step under way, as an untranslated text the page localises.</summary>
    public string StepName { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public byte[]? Content { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public void Progress(ReportProgress progress)
    {
        Status = ReportRunStatus.Running;
        Step = progress.Step;
        StepName = progress.Name;
    }

    public void Finish(ExportFile file, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(file);
        Status = ReportRunStatus.Ready;
        Step = ReportProgress.StepCount;
        StepName = string.Empty;
        Content = file.Content;
        FileName = file.FileName;
        ContentType = file.ContentType;
        FinishedAt = at;
    }

    /// <summary>Failed without its cause: the log has the exception, the person gets a message to start again.</summary>
    public void Fail(DateTimeOffset at)
    {
        Status = ReportRunStatus.Failed;
        FinishedAt = at;
    }

    /// <summary>Unfinished runs older than this were lost with the server that ran them (a restart): shown as failed.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(15);
}
