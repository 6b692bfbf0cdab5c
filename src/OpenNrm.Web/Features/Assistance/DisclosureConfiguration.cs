using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenNrm.Web.Features.Access;

namespace OpenNrm.Web.Features.Assistance;

internal sealed class DisclosureEntryConfiguration : IEntityTypeConfiguration<DisclosureEntry>
{
    public void Configure(EntityTypeBuilder<DisclosureEntry> builder)
    {
        builder.ToTable("support_disclosures");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Purpose).HasConversion<string>().HasMaxLength(40);
        builder.HasOne<SupportCase>().WithMany().HasForeignKey(d => d.SupportCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(d => d.RecipientOrganisationId).OnDelete(DeleteBehavior.Restrict);
        // A withdrawal reads the disclosures of one support case.
        builder.HasIndex(d => new { d.SupportCaseId, d.Purpose, d.DisclosedAt });
    }
}
