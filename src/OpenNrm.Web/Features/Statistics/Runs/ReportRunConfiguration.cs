using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenNrm.Web.Features.Statistics.Runs;

internal sealed class ReportRunConfiguration : IEntityTypeConfiguration<ReportRun>
{
    public void Configure(EntityTypeBuilder<ReportRun> builder)
    {
        builder.ToTable("report_runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.Culture).HasMaxLength(10);
        builder.Property(r => r.StepName).HasMaxLength(100);
        builder.Property(r => r.FileName).HasMaxLength(100);
        builder.Property(r => r.ContentType).HasMaxLength(100);
        // A person's own runs: the limit on unfinished ones and the clean-up of old ones.
        builder.HasIndex(r => new { r.RequestedBy, r.RequestedAt });
    }
}
