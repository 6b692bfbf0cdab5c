using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenNrm.Web.Features.Cases;

namespace OpenNrm.Web.Features.Residence;

internal sealed class ResidenceProcedureConfiguration : IEntityTypeConfiguration<ResidenceProcedure>
{
    public void Configure(EntityTypeBuilder<ResidenceProcedure> builder)
    {
        builder.ToTable("procedures");
        builder.Ignore(p => p.Opening);
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.CaseId);
        builder.Property(p => p.Stage).HasConversion<string>().HasMaxLength(24);
        builder.Property(p => p.NextDeadlineKind).HasConversion<string>().HasMaxLength(32);
        builder.Ignore(p => p.Milestones);
        builder.Property(p => p.ExitReason).HasConversion<string>().HasMaxLength(48);
        // A centre's list by next deadline, and the sweep over pending procedures.
        builder.HasIndex(p => new { p.CentreId, p.IsPending, p.NextDeadlineOn });
        builder.HasIndex(p => new { p.IsPending, p.Id });
        // The daily sweep: the pending procedures whose review day has come.
        builder.HasIndex(p => new { p.IsPending, p.ReviewOn });
        // The procedures whose statistics milestones are missing or of an older version (none, once refreshed).
        builder.HasIndex(p => p.MilestonesVersion);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasMany(p => p.Events).WithOne().HasForeignKey(e => e.ProcedureId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(p => p.Events).HasField("_events").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ProcedureEventRecordConfiguration : IEntityTypeConfiguration<ProcedureEventRecord>
{
    public void Configure(EntityTypeBuilder<ProcedureEventRecord> builder)
    {
        builder.ToTable("procedure_events");
        // Identifiers are made by the application (version 7 GUIDs): a new event found through the aggregate is an insert.
        builder.Property(e => e.Id).ValueGeneratedNever();
        // Append-only and ordered: the position in the history is unique per procedure.
        builder.HasIndex(e => new { e.ProcedureId, e.Sequence }).IsUnique();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(48);
        builder.Property(e => e.DocumentType).HasConversion<string>().HasMaxLength(48);
        builder.Property(e => e.WithdrawalReason).HasConversion<string>().HasMaxLength(48);
        builder.Property(e => e.Criterion).HasConversion<string>().HasMaxLength(48);
        builder.Property(e => e.ProceedingsStatus).HasConversion<string>().HasMaxLength(48);
    }
}
