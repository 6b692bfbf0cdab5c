namespace OpenNrm.Web.Data;

/// <summary>
/// An editable aggregate with an application-managed version: the same optimistic concurrency on SQLite and
/// PostgreSQL. A save that finds another version answers a conflict instead of overwriting someone's work.
/// </summary>
public interface IVersioned
{
    int Version { get; }

    void BumpVersion();
}
