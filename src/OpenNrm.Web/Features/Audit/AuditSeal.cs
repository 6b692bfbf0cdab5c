namespace OpenNrm.Web.Features.Audit;

/// <summary>
/// An entry's place in the hash chain, kept apart from the entry so that an entry is written once and never
/// rewritten: sealing inserts one narrow row here instead of updating the wide entry and all its indexes.
/// The previous link is the seal at <c>ChainIndex - 1</c>, so it is not stored twice.
/// </summary>
public sealed class AuditSeal
{
    private AuditSeal()
    {
        Hash = string.Empty;
    }

    internal AuditSeal(long chainIndex, Guid entryId, DateTimeOffset entryAt, string hash)
    {
        ChainIndex = chainIndex;
        EntryId = entryId;
        EntryAt = entryAt;
        Hash = hash;
    }

    public long ChainIndex { get; private set; }

    public Guid EntryId { get; private set; }

    /// <summary>The entry's time, which PostgreSQL partitions entries by: with it, finding the entry reads one partition.</summary>
    public DateTimeOffset EntryAt { get; private set; }

    /// <summary>SHA-256 of the previous seal's hash, this position and the entry's MAC (<see cref="AuditChain.Link"/>).</summary>
    public string Hash { get; private set; }
}
