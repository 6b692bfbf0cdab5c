using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenNrm.Web.Features.Statistics.Imports;

internal sealed class StatisticsImportBatchConfiguration : IEntityTypeConfiguration<StatisticsImportBatch>
{
    public void Configure(EntityTypeBuilder<StatisticsImportBatch> builder)
    {
        builder.ToTable("statistics_import_batches");
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Source).HasConversion<string>().HasMaxLength(32);
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.Sha256).HasMaxLength(StatisticsImportBatch.Sha256Length);
        builder.Property(b => b.Version).IsConcurrencyToken();
        // One batch in force per source and year, held by the database even when two commits race.
        builder.HasIndex(b => new { b.Source, b.Year }).IsUnique().HasFilter("\"Status\" = 'InForce'");
        builder.HasMany(b => b.Figures).WithOne().HasForeignKey(f => f.BatchId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(b => b.Figures).HasField("_figures").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class StatisticsImportFigureConfiguration : IEntityTypeConfiguration<StatisticsImportFigure>
{
    public void Configure(EntityTypeBuilder<StatisticsImportFigure> builder)
    {
        builder.ToTable("statistics_import_figures");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Indicator).HasMaxLength(StatisticsImportFigure.MaxIndicatorLength);
        builder.Property(f => f.Dimension).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.Value).HasMaxLength(StatisticsImportFigure.MaxValueLength);
        builder.HasIndex(f => new { f.BatchId, f.Indicator, f.Dimension, f.Value }).IsUnique();
    }
}
