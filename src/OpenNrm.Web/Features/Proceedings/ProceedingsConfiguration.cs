using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenNrm.Domain.Proceedings;
using OpenNrm.Web.Features.Cases;

namespace OpenNrm.Web.Features.Proceedings;

internal sealed class ProceedingsRecordConfiguration : IEntityTypeConfiguration<ProceedingsRecord>
{
    public void Configure(EntityTypeBuilder<ProceedingsRecord> builder)
    {
        builder.ToTable("criminal_proceedings");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.NoticeNumber).HasMaxLength(NoticeNumber.MaxLength);
        // A notice number names one case in its office's register; another office may use the same string.
        builder.HasIndex(p => new { p.OfficeId, p.NoticeNumber }).IsUnique();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasMany(p => p.Events).WithOne().HasForeignKey(e => e.ProceedingsId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(p => p.Events).HasField("_events").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.Magistrates).WithOne().HasForeignKey(m => m.ProceedingsId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(p => p.Magistrates).HasField("_magistrates").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ProceedingsEventRecordConfiguration : IEntityTypeConfiguration<ProceedingsEventRecord>
{
    public void Configure(EntityTypeBuilder<ProceedingsEventRecord> builder)
    {
        builder.ToTable("criminal_proceedings_events");
        // Identifiers are made by the application: a new act found through the aggregate is an insert.
        builder.Property(e => e.Id).ValueGeneratedNever();
        // Append-only and ordered: the position in the history is unique per case.
        builder.HasIndex(e => new { e.ProceedingsId, e.Sequence }).IsUnique();
        // The case-law chapter reads judgments by year.
        builder.HasIndex(e => new { e.Kind, e.Date });
        foreach (var name in new[] { nameof(ProceedingsEventRecord.Kind), nameof(ProceedingsEventRecord.Route), nameof(ProceedingsEventRecord.Outcome),
                     nameof(ProceedingsEventRecord.Exploitation), nameof(ProceedingsEventRecord.Reason) })
        {
            builder.Property(name).HasConversion<string>().HasMaxLength(32);
        }
    }
}

internal sealed class MagistrateAssignmentRecordConfiguration : IEntityTypeConfiguration<MagistrateAssignmentRecord>
{
    public void Configure(EntityTypeBuilder<MagistrateAssignmentRecord> builder)
    {
        builder.ToTable("criminal_proceedings_magistrates");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasIndex(m => new { m.ProceedingsId, m.Sequence }).IsUnique();
    }
}

internal sealed class VictimLinkRecordConfiguration : IEntityTypeConfiguration<VictimLinkRecord>
{
    public void Configure(EntityTypeBuilder<VictimLinkRecord> builder)
    {
        builder.ToTable("criminal_proceedings_victims");
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Ignore(l => l.Compensation);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.HasOne<ProceedingsRecord>().WithMany().HasForeignKey(l => l.ProceedingsId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(l => l.CaseId).OnDelete(DeleteBehavior.Restrict);
        // A file is linked once per case; a file's page lists its cases.
        builder.HasIndex(l => new { l.ProceedingsId, l.CaseId }).IsUnique();
        builder.HasIndex(l => l.CaseId);
    }
}
