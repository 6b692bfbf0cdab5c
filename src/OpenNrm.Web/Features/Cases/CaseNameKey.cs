using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenNrm.Web.Data;

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

    /// <summary>The file's <see cref="CaseFile.MayProtect"/>, copied by the database onto each key so that the check's index holds only such keys.</summary>
    public bool MayProtect { get; private set; }
}

internal sealed class CaseNameKeyConfiguration : IEntityTypeConfiguration<CaseNameKey>
{
    public void Configure(EntityTypeBuilder<CaseNameKey> builder)
    {
        builder.ToTable("case_name_keys");
        builder.HasKey(k => new { k.CaseId, k.KeyHash });
        builder.Property(k => k.KeyHash).HasMaxLength(64);
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(k => k.CaseId).OnDelete(DeleteBehavior.Cascade);
        // The key, then the file: duplicate detection reads the files of a key from the index alone.
        builder.HasIndex(k => new { k.KeyHash, k.CaseId });
        // The protection check's: only the keys of files that may protect, so a common name of people who cannot be
        // protected (EU citizens without a procedure) costs one probe instead of one per namesake.
        builder.HasIndex(k => new { k.KeyHash, k.CaseId }, "IX_case_name_keys_protecting").HasFilter("\"MayProtect\"");
        builder.Property(k => k.MayProtect).DatabaseKeptFlag();
    }
}
