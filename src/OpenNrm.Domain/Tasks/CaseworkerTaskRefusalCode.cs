namespace OpenNrm.Domain.Tasks;

/// <summary>Stable codes for the reasons a task does not change, for clients that act on them.</summary>
public enum CaseworkerTaskRefusalCode
{
    AlreadyDone,
    AlreadyCancelled,
}
