namespace OpenNrm.Web.Features.Audit;

/// <summary>
/// An entry waiting for its seal, written in the same transaction as the entry and removed when it is sealed.
/// The sealer reads this small table instead of searching a hundred million entries for the unsealed ones, and
/// an entry that is neither sealed nor waiting was not written by the application (<see cref="AuditVerifier"/>).
/// </summary>
public sealed class PendingSeal
{
    private PendingSeal()
    {
    }

    internal PendingSeal(Guid entryId, DateTimeOffset entryAt)
    {
        EntryId = entryId;
        EntryAt = entryAt;
    }

    public Guid EntryId { get; private set; }

    /// <summary>The entry's time, which PostgreSQL partitions entries by: with it, finding the entry reads one partition.</summary>
    public DateTimeOffset EntryAt { get; private set; }
}
