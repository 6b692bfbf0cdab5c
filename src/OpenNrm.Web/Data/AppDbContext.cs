using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Cases;
using OpenNrm.Web.Features.Residence;
using OpenNrm.Web.Security;

namespace OpenNrm.Web.Data;

/// <summary>
/// One context for both providers; each provider has its own migrations assembly
/// (OpenNrm.Migrations.Sqlite, OpenNrm.Migrations.Postgres).
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options, FieldProtector fieldProtector)
    : IdentityDbContext<AppUser, AppRole, Guid>(options), IDataProtectionKeyContext
{
    internal FieldProtector FieldProtector { get; } = fieldProtector;

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<AuditSeal> AuditSeals => Set<AuditSeal>();

    public DbSet<PendingSeal> PendingSeals => Set<PendingSeal>();

    public DbSet<CaseFile> Cases => Set<CaseFile>();

    public DbSet<CaseNameKey> CaseNameKeys => Set<CaseNameKey>();

    public DbSet<CaseMerge> CaseMerges => Set<CaseMerge>();

    public DbSet<ResidenceProcedure> Procedures => Set<ResidenceProcedure>();

    public DbSet<Features.Detection.Signal> Signals => Set<Features.Detection.Signal>();

    public DbSet<Features.Notices.Notice> Notices => Set<Features.Notices.Notice>();

    public DbSet<Features.Referrals.Referral> Referrals => Set<Features.Referrals.Referral>();
    public DbSet<Features.Leaflet.LeafletText> LeafletTexts => Set<Features.Leaflet.LeafletText>();
    public DbSet<Features.Assistance.SupportCase> SupportCases => Set<Features.Assistance.SupportCase>();
    public DbSet<Features.Assistance.PlanActionRecord> SupportPlanActions => Set<Features.Assistance.PlanActionRecord>();
    public DbSet<Features.Assistance.SupportGoalRecord> SupportGoals => Set<Features.Assistance.SupportGoalRecord>();
    public DbSet<Features.Assistance.GoalReviewRecord> SupportGoalReviews => Set<Features.Assistance.GoalReviewRecord>();
    public DbSet<Features.Assistance.CaseNote> SupportNotes => Set<Features.Assistance.CaseNote>();
    public DbSet<Features.Assistance.ConsentEntry> SupportConsents => Set<Features.Assistance.ConsentEntry>();
    public DbSet<Features.Assistance.ShelterRecord> Shelters => Set<Features.Assistance.ShelterRecord>();
    public DbSet<Features.Assistance.ShelterStayRecord> ShelterStays => Set<Features.Assistance.ShelterStayRecord>();
    public DbSet<Features.Assistance.DisclosureEntry> SupportDisclosures => Set<Features.Assistance.DisclosureEntry>();
    public DbSet<Features.Tasks.CaseworkerTask> CaseworkerTasks => Set<Features.Tasks.CaseworkerTask>();
    public DbSet<Features.Proceedings.ProceedingsRecord> CriminalProceedings => Set<Features.Proceedings.ProceedingsRecord>();
    public DbSet<Features.Proceedings.ProceedingsEventRecord> CriminalProceedingsEvents => Set<Features.Proceedings.ProceedingsEventRecord>();
    public DbSet<Features.Proceedings.MagistrateAssignmentRecord> MagistrateAssignments => Set<Features.Proceedings.MagistrateAssignmentRecord>();
    public DbSet<Features.Proceedings.VictimLinkRecord> VictimLinks => Set<Features.Proceedings.VictimLinkRecord>();

    public DbSet<Features.Indicators.ImportedIndicatorList> IndicatorLists => Set<Features.Indicators.ImportedIndicatorList>();

    public DbSet<Features.Statistics.Imports.StatisticsImportBatch> StatisticsImportBatches => Set<Features.Statistics.Imports.StatisticsImportBatch>();
    public DbSet<Features.Statistics.AnnualReportSections> AnnualReportSections => Set<Features.Statistics.AnnualReportSections>();

    public DbSet<Features.Statistics.AnnualReportRevision> AnnualReportRevisions => Set<Features.Statistics.AnnualReportRevision>();
    public DbSet<Features.Retention.LegalHoldRecord> LegalHolds => Set<Features.Retention.LegalHoldRecord>();
    public DbSet<Features.Retention.RetentionErasure> RetentionErasures => Set<Features.Retention.RetentionErasure>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        builder.Entity<CaseFile>().Property(c => c.PersonName).HasConversion(new EncryptedStringConverter(FieldProtector));
        builder.Entity<CaseMerge>().Property(m => m.Reason).HasConversion(new EncryptedStringConverter(FieldProtector));
        builder.Entity<CaseMerge>().Property(m => m.UndoReason).HasConversion(new EncryptedStringConverter(FieldProtector));
        builder.Entity<Features.Detection.Signal>().Property(s => s.Circumstances).HasConversion(new EncryptedStringConverter(FieldProtector));
        builder.Entity<Features.Detection.SignalPerson>().Property(p => p.Aliases).HasConversion(new EncryptedStringConverter(FieldProtector));
        builder.Entity<Features.Assistance.SupportCase>().Property(nameof(Features.Assistance.SupportCase.ClosureExplanation)).HasConversion(new EncryptedStringConverter(FieldProtector));
        builder.Entity<Features.Assistance.SupportGoalRecord>().Property(g => g.Description).HasConversion(new EncryptedStringConverter(FieldProtector));
        builder.Entity<Features.Assistance.CaseNote>().Property(n => n.Text).HasConversion(new EncryptedStringConverter(FieldProtector));
        builder.Entity<Features.Assistance.ShelterRecord>().Property(s => s.Address).HasConversion(new EncryptedStringConverter(FieldProtector));
        builder.Entity<Features.Tasks.CaseworkerTask>().Property(t => t.Title).HasConversion(new EncryptedStringConverter(FieldProtector));
        builder.Entity<Features.Proceedings.ProceedingsEventRecord>().Property(e => e.NewEvidence!).HasConversion(new EncryptedStringConverter(FieldProtector));
        builder.Entity<Features.Indicators.ImportedIndicatorList>().Property(l => l.Definition).HasConversion(new EncryptedStringConverter(FieldProtector));
        Features.Assistance.SupportServicesEncryption.Apply(builder, FieldProtector);
        // The rapporteur's drafts may discuss cases before they are public: encrypted like notes.
        foreach (var section in new[] { "Trends", "Policy", "CaseLawCommentary", "Recommendations" })
        {
            builder.Entity<Features.Statistics.AnnualReportSections>().Property<string>(section).HasConversion(new EncryptedStringConverter(FieldProtector));
            builder.Entity<Features.Statistics.AnnualReportRevision>().Property<string>(section).HasConversion(new EncryptedStringConverter(FieldProtector));
        }
        builder.Entity<Features.Retention.LegalHoldRecord>().Property(h => h.Reason).HasConversion(new EncryptedStringConverter(FieldProtector));
        builder.Entity<Features.Retention.LegalHoldRecord>().Property(h => h.LiftReason!).HasConversion(new EncryptedStringConverter(FieldProtector));
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset; UTC ticks keep the same meaning and sort correctly.
        configurationBuilder.Properties<NodaTime.LocalDate>().HaveConversion<LocalDateToDateOnlyConverter>();
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            // An aggregate that bumped itself (a child was appended) is bumped once, not twice.
            if (entry.State == EntityState.Modified && !entry.Property(nameof(IVersioned.Version)).IsModified)
            {
                entry.Entity.BumpVersion();
            }
        }
    }
}

/// <summary>
/// The model embeds the field protector through its value converter, so two hosts in one process (tests on
/// SQLite and PostgreSQL) must not share a cached model built with the other's keys.
/// </summary>
internal sealed class ProtectorAwareModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is AppDbContext app
            ? (context.GetType(), app.FieldProtector, context.Database.ProviderName, designTime)
            : (object)(context.GetType(), designTime);
}
