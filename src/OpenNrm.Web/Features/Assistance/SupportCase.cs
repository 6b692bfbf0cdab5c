using NodaTime;
using OpenNrm.Domain.Assistance;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Assistance;

public enum SupportCaseStatus
{
    Active,
    Closed,
}

/// <summary>
/// A centre's long-term support of the person of one file. A file has at most one open support case; a transfer
/// closes the case at the first centre and opens its continuation at the next, so each centre keeps the record of
/// what it did and the chain shows the whole path.
/// </summary>
public sealed class SupportCase : IVersioned
{
    private SupportCase()
    {
    }

    public SupportCase(Guid id, Guid caseId, Guid centreId, LocalDate openedOn, Guid openedBy, DateTimeOffset openedAt, Guid? previousId = null)
    {
        Id = id;
        CaseId = caseId;
        CentreId = centreId;
        OpenedOn = openedOn;
        OpenedBy = openedBy;
        OpenedAt = openedAt;
        PreviousId = previousId;
        Status = SupportCaseStatus.Active;
        OpenForCaseId = caseId;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    /// <summary>The centre that gives this support; only its staff know the case exists.</summary>
    public Guid CentreId { get; private set; }

    public LocalDate OpenedOn { get; private set; }

    public Guid OpenedBy { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public SupportCaseStatus Status { get; private set; }

    /// <summary>The file while this case is open, null once closed: a unique index keeps one open support per file.</summary>
    public Guid? OpenForCaseId { get; private set; }

    public LocalDate? ClosedOn { get; private set; }

    public ClosureReason? ClosureReason { get; private set; }

    /// <summary>Free text, encrypted at rest.</summary>
    public string? ClosureExplanation { get; private set; }

    public Guid? ClosedBy { get; private set; }

    /// <summary>The support at another centre that this one continues, after a transfer.</summary>
    public Guid? PreviousId { get; private set; }

    /// <summary>The support at another centre that continued this one.</summary>
    public Guid? NextId { get; private set; }

    public LocalDate? LawyerAppointedOn { get; private set; }

    public int Version { get; private set; }

    public bool IsOpen => Status == SupportCaseStatus.Active;

    public SupportClosure? Closure => ClosedOn is { } on && ClosureReason is { } reason ? new SupportClosure(on, reason, ClosureExplanation) : null;

    /// <summary>Keeps a closure the domain accepted (<see cref="SupportClosureRules"/>).</summary>
    public void Close(SupportClosure closure, Guid by)
    {
        ArgumentNullException.ThrowIfNull(closure);
        Status = SupportCaseStatus.Closed;
        OpenForCaseId = null;
        ClosedOn = closure.ClosedOn;
        ClosureReason = closure.Reason;
        ClosureExplanation = closure.Explanation;
        ClosedBy = by;
    }

    public void ContinuedBy(Guid next) => NextId = next;

    public void LawyerAppointed(LocalDate on) => LawyerAppointedOn = on;

    public void BumpVersion() => Version++;
}
