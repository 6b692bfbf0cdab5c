using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenNrm.Web.Features.Cases;

namespace OpenNrm.Web.Features.Retention;

internal sealed class LegalHoldRecordConfiguration : IEntityTypeConfiguration<LegalHoldRecord>
{
    public void Configure(EntityTypeBuilder<LegalHoldRecord> builder)
    {
        builder.ToTable("legal_holds");
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Ignore(h => h.IsLifted);
        builder.Property(h => h.Version).IsConcurrencyToken();
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(h => h.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => h.CaseId);
    }
}

internal sealed class RetentionErasureConfiguration : IEntityTypeConfiguration<RetentionErasure>
{
    public void Configure(EntityTypeBuilder<RetentionErasure> builder)
    {
        builder.ToTable("retention_erasures");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.RecordClass).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Restrict);
        // Two purges running at once (two servers) cannot both erase the same class for the same end of support.
        builder.HasIndex(e => new { e.CaseId, e.RecordClass, e.ClosedOn }).IsUnique();
    }
}
