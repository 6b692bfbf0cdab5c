using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Assistance;

namespace OpenNrm.Web.Features.Tasks;

internal sealed class CaseworkerTaskConfiguration : IEntityTypeConfiguration<CaseworkerTask>
{
    public void Configure(EntityTypeBuilder<CaseworkerTask> builder)
    {
        builder.ToTable("caseworker_tasks");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(t => t.CentreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(t => t.AssigneeId).OnDelete(DeleteBehavior.Restrict);
        // A task may name the person: it goes with its support case when that is erased at the end of its retention.
        builder.HasOne<SupportCase>().WithMany().HasForeignKey(t => t.SupportCaseId).OnDelete(DeleteBehavior.Cascade);
        // The team's list and the colleague's list, open first by due date.
        builder.HasIndex(t => new { t.CentreId, t.Status, t.DueOn });
        builder.HasIndex(t => new { t.AssigneeId, t.Status, t.DueOn });
        builder.HasIndex(t => t.SupportCaseId);
    }
}
