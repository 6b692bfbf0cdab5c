using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenNrm.Web.Features.Cases;

namespace OpenNrm.Web.Features.Detection;

internal sealed class SignalConfiguration : IEntityTypeConfiguration<Signal>
{
    public void Configure(EntityTypeBuilder<Signal> builder)
    {
        builder.ToTable("signals");
        builder.Property(s => s.Municipality).HasMaxLength(100);
        builder.Property(s => s.Context).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => new { s.DetectingOrganisationId, s.DetectedAt });
        // The officer's own list ("Mine"), newest first, walked from the page's cursor.
        builder.HasIndex(s => new { s.OfficerId, s.DetectedAt });
        builder.HasMany(s => s.Persons).WithOne().HasForeignKey(p => p.SignalId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(s => s.PersonsInOrder);
        builder.Navigation(s => s.Persons).HasField("_persons").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class SignalPersonConfiguration : IEntityTypeConfiguration<SignalPerson>
{
    public void Configure(EntityTypeBuilder<SignalPerson> builder)
    {
        builder.ToTable("signal_persons");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Gender).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.Citizenship).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Nationalities).HasMaxLength(20);
        builder.Property(p => p.Languages).HasMaxLength(30);
        builder.Property(p => p.SuspectedExploitation).HasMaxLength(200);
        builder.Property(p => p.IndicatorListId).HasMaxLength(64);
        builder.Property(p => p.IndicatorListVersion).HasMaxLength(32);
        builder.Property(p => p.IndicatorCodes).HasMaxLength(2000);
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Restrict);
        // A file's persons, and whether any is a third-country national, from the index alone (the protection check).
        builder.HasIndex(p => new { p.CaseId, p.Citizenship });
        builder.HasIndex(p => new { p.SignalId, p.Position }).IsUnique();
        builder.HasMany(p => p.Duties).WithOne().HasForeignKey(d => d.SignalPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(p => p.Duties).HasField("_duties").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class SignalDutyConfiguration : IEntityTypeConfiguration<SignalDuty>
{
    public void Configure(EntityTypeBuilder<SignalDuty> builder)
    {
        builder.ToTable("signal_duties");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(60);
        builder.Property(d => d.Basis).HasMaxLength(200);
        // Open duties of a service are found through their person and signal; the index serves "overdue" lists.
        builder.HasIndex(d => d.DoneAt);
    }
}
