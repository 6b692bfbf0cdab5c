using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenNrm.Web.Features.Cases;

/// <summary>
/// Two files found to be the same person, as a person decided (the system only proposes). The files stay as they
/// are; the record links them, each file shows the other, and an undo ends the link: a wrong merge must cost
/// nothing to repair, and no one's history is rewritten.
/// </summary>
public sealed class CaseMerge
{
    private CaseMerge()
    {
        Reasons = Reason = UndoReason = string.Empty;
    }

    public CaseMerge(Guid id, Guid survivorId, Guid mergedId, string reasons, string reason, Guid decidedBy, DateTimeOffset decidedAt)
    {
        Id = id;
        SurvivorId = survivorId;
        MergedId = mergedId;
        Reasons = reasons;
        Reason = reason;
        DecidedBy = decidedBy;
        DecidedAt = decidedAt;
        UndoReason = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid SurvivorId { get; private set; }

    public Guid MergedId { get; private set; }

    /// <summary>The matching reasons shown when it was proposed (no names).</summary>
    public string Reasons { get; private set; }

    /// <summary>Why the person decided they are the same (free text, encrypted).</summary>
    public string Reason { get; private set; }

    public Guid DecidedBy { get; private set; }

    public DateTimeOffset DecidedAt { get; private set; }

    public Guid? UndoneBy { get; private set; }

    public DateTimeOffset? UndoneAt { get; private set; }

    /// <summary>Empty until undone; encrypted.</summary>
    public string UndoReason { get; private set; }

    public bool IsInForce => UndoneAt is null;

    public void Undo(Guid by, DateTimeOffset at, string reason)
    {
        UndoneBy = by;
        UndoneAt = at;
        UndoReason = reason;
    }
}

internal sealed class CaseMergeConfiguration : IEntityTypeConfiguration<CaseMerge>
{
    public void Configure(EntityTypeBuilder<CaseMerge> builder)
    {
        builder.ToTable("case_merges");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Reasons).HasMaxLength(2000);
        builder.HasIndex(m => m.SurvivorId);
        builder.HasIndex(m => m.MergedId);
    }
}
