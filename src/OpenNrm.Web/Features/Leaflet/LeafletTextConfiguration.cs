using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenNrm.Web.Features.Leaflet;

internal sealed class LeafletTextConfiguration : IEntityTypeConfiguration<LeafletText>
{
    public void Configure(EntityTypeBuilder<LeafletText> builder)
    {
        builder.ToTable("leaflet_texts");
        builder.HasKey(t => t.LanguageCode);
        builder.Property(t => t.LanguageCode).HasMaxLength(2).ValueGeneratedNever();
        builder.Property(t => t.Title).HasMaxLength(LeafletText.MaxTitle);
        builder.Property(t => t.Body).HasMaxLength(LeafletText.MaxBody);
        builder.Property(t => t.Version).IsConcurrencyToken();
    }
}
