using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Cases;

namespace OpenNrm.Web.Data;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisations");
        builder.HasIndex(o => o.Code).IsUnique();
        builder.Property(o => o.Code).HasMaxLength(64);
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.JudicialDistrict).HasMaxLength(100);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.PreferredCulture).HasMaxLength(8);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.OrganisationId);
    }
}

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.ToTable("api_tokens");
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.Property(a => a.Type).HasConversion<int>();
        builder.Property(a => a.SubjectType).HasMaxLength(40);
        builder.Property(a => a.SubjectId).HasMaxLength(64);
        builder.Property(a => a.Purpose).HasMaxLength(500);
        builder.Property(a => a.Details).HasMaxLength(2000);
        builder.Property(a => a.IpAddress).HasMaxLength(64);
        builder.Property(a => a.Mac).HasMaxLength(64);
        // "Who accessed this person's file": subject first, newest first.
        builder.HasIndex(a => new { a.SubjectType, a.SubjectId, a.At });
        builder.HasIndex(a => new { a.UserId, a.At });
        builder.HasIndex(a => a.At);
    }
}

internal sealed class AuditSealConfiguration : IEntityTypeConfiguration<AuditSeal>
{
    public void Configure(EntityTypeBuilder<AuditSeal> builder)
    {
        builder.ToTable("audit_seals");
        // The position is the key: two sealers racing cannot both claim it.
        builder.HasKey(s => s.ChainIndex);
        builder.Property(s => s.ChainIndex).ValueGeneratedNever();
        // An entry has one place in the chain; the auditor's page finds it by the entry. No foreign key: a seal whose
        // entry was deleted is what verification must find, and a partitioned entries table cannot be referenced.
        builder.HasIndex(s => s.EntryId).IsUnique();
        builder.Property(s => s.Hash).HasMaxLength(64);
    }
}

internal sealed class PendingSealConfiguration : IEntityTypeConfiguration<PendingSeal>
{
    public void Configure(EntityTypeBuilder<PendingSeal> builder)
    {
        builder.ToTable("audit_pending_seals");
        builder.HasKey(p => p.EntryId);
    }
}

internal sealed class CaseFileConfiguration : IEntityTypeConfiguration<CaseFile>
{
    public void Configure(EntityTypeBuilder<CaseFile> builder)
    {
        builder.ToTable("cases");
        builder.HasIndex(c => c.Reference).IsUnique();
        builder.Property(c => c.Reference).HasMaxLength(32);
        builder.Property(c => c.NameIndex).HasMaxLength(64);
        builder.HasIndex(c => c.NameIndex);
        builder.HasIndex(c => c.NameIndex, "IX_cases_NameIndex_protecting").HasFilter("\"MayProtect\"");
        builder.Property(c => c.MayProtect).DatabaseKeptFlag();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasMany(c => c.Involvements).WithOne().HasForeignKey(i => i.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Involvements).HasField("_involvements").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CaseInvolvementConfiguration : IEntityTypeConfiguration<CaseInvolvement>
{
    public void Configure(EntityTypeBuilder<CaseInvolvement> builder)
    {
        builder.ToTable("case_involvements");
        builder.HasKey(i => new { i.CaseId, i.OrganisationId });
        builder.HasIndex(i => i.OrganisationId);
    }
}
