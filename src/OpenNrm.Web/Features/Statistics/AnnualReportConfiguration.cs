using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenNrm.Web.Features.Statistics;

internal sealed class AnnualReportSectionsConfiguration : IEntityTypeConfiguration<AnnualReportSections>
{
    public void Configure(EntityTypeBuilder<AnnualReportSections> builder)
    {
        builder.ToTable("annual_report_sections");
        builder.HasKey(s => s.Year);
        builder.Property(s => s.Year).ValueGeneratedNever();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.Texts);
    }
}

internal sealed class AnnualReportRevisionConfiguration : IEntityTypeConfiguration<AnnualReportRevision>
{
    public void Configure(EntityTypeBuilder<AnnualReportRevision> builder)
    {
        builder.ToTable("annual_report_revisions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        // One revision per version of a year: two saves from the same reading cannot both be kept.
        builder.HasIndex(r => new { r.Year, r.Version }).IsUnique();
        builder.HasOne<AnnualReportSections>().WithMany().HasForeignKey(r => r.Year).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(r => r.Texts);
    }
}
