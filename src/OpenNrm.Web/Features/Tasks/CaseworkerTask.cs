using NodaTime;
using OpenNrm.Domain.Tasks;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Tasks;

/// <summary>
/// A piece of a centre's work with a day it is due: for one colleague, or for the whole team when nobody is named.
/// Only the centre that owns it knows it exists. It is finished once, as done or cancelled, and keeps who finished
/// it and when (<see cref="CaseworkerTaskRules"/>).
/// </summary>
public sealed class CaseworkerTask : IVersioned
{
    private CaseworkerTask()
    {
        Title = string.Empty;
    }

    public CaseworkerTask(Guid id, Guid centreId, string title, LocalDate dueOn, Guid? supportCaseId, Guid? assigneeId, Guid createdBy, DateTimeOffset createdAt)
    {
        Id = id;
        CentreId = centreId;
        Title = title;
        DueOn = dueOn;
        SupportCaseId = supportCaseId;
        AssigneeId = assigneeId;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        Status = CaseworkerTaskStatus.Open;
    }

    public Guid Id { get; private set; }

    /// <summary>The centre whose work this is; nobody outside it learns the task exists.</summary>
    public Guid CentreId { get; private set; }

    /// <summary>Free text that may name the person or their situation: encrypted at rest.</summary>
    public string Title { get; private set; }

    public LocalDate DueOn { get; private set; }

    public Guid? SupportCaseId { get; private set; }

    /// <summary>The colleague who does it; null: the team (anyone of the centre).</summary>
    public Guid? AssigneeId { get; private set; }

    public CaseworkerTaskStatus Status { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public Guid? FinishedBy { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public int Version { get; private set; }

    /// <summary>Finishes the task; null when done, otherwise the refusal and nothing changed.</summary>
    public CaseworkerTaskRefusal? Finish(CaseworkerTaskStatus to, Guid by, DateTimeOffset at)
    {
        var refusal = CaseworkerTaskRules.Finish(Status, to);
        if (refusal is null)
        {
            Status = to;
            FinishedBy = by;
            FinishedAt = at;
        }

        return refusal;
    }

    public void BumpVersion() => Version++;
}
