using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenNrm.Web.Features.Cases;

/// <summary>
/// A keyed hash of one spelling-independent key of a file's person's name or alias (see
/// <see cref="Domain.Matching.MatchKeys"/>). The protection check and duplicate detection match on these without
/// decrypting any name; the version tells which key rules produced them, so a change of rules means a re-index.
/// </summary>
public sealed class CaseNameKey
{
    private CaseNameKey()
    {
        KeyHash = string.Empty;
    }

    public CaseNameKey(Guid caseId, string keyHash, int keyVersion)
    {
        CaseId = caseId;
        KeyHash = keyHash;
        KeyVersion = keyVersion;
    }

    public Guid CaseId { get; private set; }

    public string KeyHash { get; private set; }

    public int KeyVersion { get; private set; }
}

internal sealed class CaseNameKeyConfiguration : IEntityTypeConfiguration<CaseNameKey>
{
    public void Configure(EntityTypeBuilder<CaseNameKey> builder)
    {
        builder.ToTable("case_name_keys");
        builder.HasKey(k => new { k.CaseId, k.KeyHash });
        builder.Property(k => k.KeyHash).HasMaxLength(64);
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(k => k.CaseId).OnDelete(DeleteBehavior.Cascade);
        // The key, then the file: the protection check reads the files of a key from the index alone.
        builder.HasIndex(k => new { k.KeyHash, k.CaseId });
    }
}
