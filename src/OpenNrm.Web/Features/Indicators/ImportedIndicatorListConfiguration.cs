using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenNrm.Web.Features.Indicators;

internal sealed class ImportedIndicatorListConfiguration : IEntityTypeConfiguration<ImportedIndicatorList>
{
    public void Configure(EntityTypeBuilder<ImportedIndicatorList> builder)
    {
        builder.ToTable("indicator_lists");
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.ListId).HasMaxLength(IndicatorListJson.MaxIdLength);
        builder.Property(l => l.ListVersion).HasMaxLength(IndicatorListJson.MaxVersionLength);
        builder.Property(l => l.Title).HasMaxLength(IndicatorListJson.MaxNameLength);
        builder.Property(l => l.Population).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.Exploitation).HasConversion<string>().HasMaxLength(32);
        builder.Property(l => l.Rule).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(l => new { l.ListId, l.ListVersion }).IsUnique();
        // One version in force per list, held by the database even when two activations race. The bare column is a
        // valid condition on both providers (a boolean on PostgreSQL, 0 or 1 on SQLite).
        builder.HasIndex(l => l.ListId).IsUnique().HasFilter("\"IsActive\"");
    }
}
