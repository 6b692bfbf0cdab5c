using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenNrm.Web.Features.Notices;

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> builder)
    {
        builder.ToTable("notices");
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(n => n.DeadlineKind).HasConversion<string>().HasMaxLength(32);
        builder.Property(n => n.Purpose).HasConversion<string>().HasMaxLength(40);
        builder.Property(n => n.SubjectType).HasMaxLength(32);
        builder.Property(n => n.CaseReference).HasMaxLength(64);
        builder.Property(n => n.Key).HasMaxLength(128);
        builder.HasIndex(n => new { n.SubjectId, n.Key }).IsUnique();
        builder.HasIndex(n => new { n.OrganisationId, n.CreatedAt });
        builder.HasIndex(n => n.EmailedAt);
    }
}
