using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenNrm.Web.Features.Cases;

namespace OpenNrm.Web.Features.Assistance;

internal sealed class SupportCaseConfiguration : IEntityTypeConfiguration<SupportCase>
{
    public void Configure(EntityTypeBuilder<SupportCase> builder)
    {
        builder.ToTable("support_cases");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Ignore(s => s.Closure);
        builder.Ignore(s => s.IsOpen);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.ClosureReason).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Restrict);
        // One open support per file, whichever centre: two centres cannot both believe they support the person.
        builder.HasIndex(s => s.OpenForCaseId).IsUnique();
        // A centre's list, open cases first by opening date.
        builder.HasIndex(s => new { s.CentreId, s.Status, s.OpenedOn });
        builder.HasIndex(s => s.CaseId);
    }
}

internal sealed class PlanActionRecordConfiguration : IEntityTypeConfiguration<PlanActionRecord>
{
    public void Configure(EntityTypeBuilder<PlanActionRecord> builder)
    {
        builder.ToTable("support_plan_actions");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.Type).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Provider).HasMaxLength(SupportLimits.Provider);
        builder.HasOne<SupportCase>().WithMany().HasForeignKey(a => a.SupportCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.SupportCaseId, a.Start });
    }
}

internal sealed class SupportGoalRecordConfiguration : IEntityTypeConfiguration<SupportGoalRecord>
{
    public void Configure(EntityTypeBuilder<SupportGoalRecord> builder)
    {
        builder.ToTable("support_goals");
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Ignore(g => g.IsClosed);
        builder.Property(g => g.Version).IsConcurrencyToken();
        builder.Property(g => g.Area).HasConversion<string>().HasMaxLength(16);
        builder.Property(g => g.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<SupportCase>().WithMany().HasForeignKey(g => g.SupportCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(g => new { g.SupportCaseId, g.SetOn });
    }
}

internal sealed class GoalReviewRecordConfiguration : IEntityTypeConfiguration<GoalReviewRecord>
{
    public void Configure(EntityTypeBuilder<GoalReviewRecord> builder)
    {
        builder.ToTable("support_goal_reviews");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Decision).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<SupportGoalRecord>().WithMany().HasForeignKey(r => r.GoalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.GoalId, r.ReviewedOn });
    }
}

internal sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> builder)
    {
        builder.ToTable("support_notes");
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Sensitivity).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<SupportCase>().WithMany().HasForeignKey(n => n.SupportCaseId).OnDelete(DeleteBehavior.Restrict);
        // Each list reads one sensitivity of one case, newest first.
        builder.HasIndex(n => new { n.SupportCaseId, n.Sensitivity, n.WrittenAt });
    }
}

internal sealed class ConsentEntryConfiguration : IEntityTypeConfiguration<ConsentEntry>
{
    public void Configure(EntityTypeBuilder<ConsentEntry> builder)
    {
        builder.ToTable("support_consents");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.Purpose).HasConversion<string>().HasMaxLength(40);
        builder.HasOne<SupportCase>().WithMany().HasForeignKey(c => c.SupportCaseId).OnDelete(DeleteBehavior.Restrict);
        // Two consents given at the same moment for one purpose cannot both become the same version.
        builder.HasIndex(c => new { c.SupportCaseId, c.Purpose, c.ConsentVersion }).IsUnique();
    }
}

internal sealed class ShelterRecordConfiguration : IEntityTypeConfiguration<ShelterRecord>
{
    public void Configure(EntityTypeBuilder<ShelterRecord> builder)
    {
        builder.ToTable("shelters");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.Name).HasMaxLength(SupportLimits.ShelterName);
        builder.HasIndex(s => new { s.CentreId, s.Name }).IsUnique();
    }
}

internal sealed class ShelterStayRecordConfiguration : IEntityTypeConfiguration<ShelterStayRecord>
{
    public void Configure(EntityTypeBuilder<ShelterStayRecord> builder)
    {
        builder.ToTable("shelter_stays");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<ShelterRecord>().WithMany().HasForeignKey(s => s.ShelterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SupportCase>().WithMany().HasForeignKey(s => s.SupportCaseId).OnDelete(DeleteBehavior.Restrict);
        // Occupancy reads the stays of one shelter that have not ended.
        builder.HasIndex(s => new { s.ShelterId, s.End });
        builder.HasIndex(s => s.SupportCaseId);
    }
}
