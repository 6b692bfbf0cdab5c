using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenNrm.Web.Data;
using OpenNrm.Web.Security;

namespace OpenNrm.Web.Features.Assistance;

internal sealed class SupportAttachmentConfiguration : IEntityTypeConfiguration<SupportAttachment>
{
    public void Configure(EntityTypeBuilder<SupportAttachment> builder)
    {
        builder.ToTable("support_attachments");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Type).HasConversion<string>().HasMaxLength(24);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(8);
        builder.HasOne<SupportCase>().WithMany().HasForeignKey(a => a.SupportCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.SupportCaseId, a.UploadedAt });
    }
}

internal sealed class SupportAttachmentContentConfiguration : IEntityTypeConfiguration<SupportAttachmentContent>
{
    public void Configure(EntityTypeBuilder<SupportAttachmentContent> builder)
    {
        builder.ToTable("support_attachment_contents");
        builder.HasKey(c => c.AttachmentId);
        builder.Property(c => c.AttachmentId).ValueGeneratedNever();
        builder.HasOne<SupportAttachment>().WithOne().HasForeignKey<SupportAttachmentContent>(c => c.AttachmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InterpretationRecordConfiguration : IEntityTypeConfiguration<InterpretationRecord>
{
    public void Configure(EntityTypeBuilder<InterpretationRecord> builder)
    {
        builder.ToTable("support_interpretations");
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Property(i => i.Language).HasMaxLength(SupportServiceLimits.Language);
        builder.Property(i => i.Provider).HasMaxLength(SupportServiceLimits.Provider);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<SupportCase>().WithMany().HasForeignKey(i => i.SupportCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.SupportCaseId, i.On });
    }
}

internal sealed class SubsistenceReferralRecordConfiguration : IEntityTypeConfiguration<SubsistenceReferralRecord>
{
    public void Configure(EntityTypeBuilder<SubsistenceReferralRecord> builder)
    {
        builder.ToTable("support_subsistence_referrals");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.Pcsw).HasMaxLength(SupportServiceLimits.Pcsw);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<SupportCase>().WithMany().HasForeignKey(r => r.SupportCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.SupportCaseId, r.ReferredOn });
    }
}

internal sealed class VoluntaryReturnRecordConfiguration : IEntityTypeConfiguration<VoluntaryReturnRecord>
{
    public void Configure(EntityTypeBuilder<VoluntaryReturnRecord> builder)
    {
        builder.ToTable("support_voluntary_returns");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.Partner).HasConversion<string>().HasMaxLength(24);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<SupportCase>().WithMany().HasForeignKey(r => r.SupportCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.SupportCaseId, r.ReferredOn });
    }
}

/// <summary>The encrypted text columns of documents and subsistence; the model builder calls this with the field protector.</summary>
internal static class SupportServicesEncryption
{
    public static void Apply(ModelBuilder builder, FieldProtector protector)
    {
        builder.Entity<SupportAttachment>().Property(a => a.FileName).HasConversion(new EncryptedStringConverter(protector));
        builder.Entity<SubsistenceReferralRecord>().Property(r => r.RefusalReason!).HasConversion(new EncryptedStringConverter(protector));
    }
}
