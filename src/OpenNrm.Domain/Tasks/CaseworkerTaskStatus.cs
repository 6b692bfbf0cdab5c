namespace OpenNrm.Domain.Tasks;

/// <summary>Where a caseworker's task stands. Done and cancelled are final: a new need is a new task.</summary>
public enum CaseworkerTaskStatus
{
    Open,
    Done,
    Cancelled,
}
