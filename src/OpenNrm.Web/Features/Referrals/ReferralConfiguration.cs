using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenNrm.Web.Features.Referrals;

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.ToTable("referrals");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Version).IsConcurrencyToken();
        foreach (var name in new[] { nameof(Referral.Centre), nameof(Referral.MinorsStructure), nameof(Referral.Recommended), nameof(Referral.Status),
                     nameof(Referral.IntakeOutcome), nameof(Referral.TransferredTo) })
        {
            builder.Property(name).HasConversion<string>().HasMaxLength(32);
        }

        builder.Property(r => r.OverrideReason).HasMaxLength(500);
        builder.Property(r => r.CancellationReason).HasMaxLength(500);
        // A centre's incoming box, the referrer's sent box, and the escalation pass over unacknowledged referrals.
        builder.HasIndex(r => new { r.CentreId, r.Status, r.SentAt });
        // A box's handled referrals, newest first: walked backwards from the cursor, per addressee column.
        builder.HasIndex(r => new { r.CentreId, r.SentAt });
        builder.HasIndex(r => new { r.MinorsStructureId, r.SentAt });
        builder.HasIndex(r => new { r.SentByOrganisation, r.SentAt });
        builder.HasIndex(r => new { r.Status, r.EscalatedToAllAt });
        builder.HasIndex(r => r.SignalPersonId);
    }
}
