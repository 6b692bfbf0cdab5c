using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Audit;
using OpenNrm.Tests.Infrastructure;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Audit;

namespace OpenNrm.Tests;

/// <summary>
/// The trail is partitioned by year on PostgreSQL (one table on SQLite); on both an entry of any year is kept,
/// found by the auditor, sealed and verified, and on PostgreSQL it ends in its year's partition.
/// </summary>
public abstract class AuditPartitionTests(TestApp app)
{
    [Fact]
    public async Task This_year_and_the_next_have_their_partition_and_making_them_again_changes_nothing()
    {
        var year = DateTimeOffset.UtcNow.Year;
        await app.WithScopeAsync(sp => sp.GetRequiredService<AuditPartitions>().EnsureAsync());
        Assert.Empty(await app.WithScopeAsync(sp => sp.GetRequiredService<AuditPartitions>().EnsureAsync()));
        if (app.Provider == Provider.Postgres)
        {
            var partitions = await PartitionsAsync();
            Assert.Contains($"audit_entries_y{year}", partitions);
            Assert.Contains($"audit_entries_y{year + 1}", partitions);
            Assert.Contains("audit_entries_default", partitions);
        }
    }

    [Fact]
    public async Task An_entry_of_a_year_without_partition_is_kept_found_sealed_and_moves_into_its_year_when_that_is_made()
    {
        var subject = Guid.NewGuid().ToString();
        var at = new DateTimeOffset(2041, 3, 1, 9, 30, 0, TimeSpan.Zero);
        var id = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var entry = new AuditEntry(Guid.CreateVersion7(), at, AuditEventType.CaseViewed, null, null, "Case", subject, "case work", null, null);
            entry.Mac = sp.GetRequiredService<AuditChain>().Mac(entry);
            db.AuditEntries.Add(entry);
            db.PendingSeals.Add(new PendingSeal(entry.Id, entry.At));
            await db.SaveChangesAsync();
            return entry.Id;
        });
        if (app.Provider == Provider.Postgres)
        {
            Assert.Equal("audit_entries_default", await PartitionOfAsync(id));
            Assert.True(await app.WithDbAsync(db => db.Database.SqlQuery<bool>($"SELECT audit_ensure_year_partition(2041) AS \"Value\"").SingleAsync()));
            Assert.Equal("audit_entries_y2041", await PartitionOfAsync(id));
        }

        var auditor = await app.UserAsync(Role.Auditor);
        var found = await app.ApiClient(auditor).GetFromJsonAsync<JsonElement>($"/api/v1/audit?subjectType=Case&subjectId={subject}");
        Assert.Equal(id, Assert.Single(found.GetProperty("rows").EnumerateArray()).GetProperty("id").GetGuid());
        var verified = await app.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<AuditSealer>().SealPendingAsync();
            return await sp.GetRequiredService<AuditVerifier>().VerifyAsync();
        });
        Assert.True(verified.Intact, verified.Problem);
    }

    private Task<List<string>> PartitionsAsync() =>
        app.WithDbAsync(db => db.Database.SqlQuery<string>(
            $"SELECT c.relname AS \"Value\" FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'audit_entries'::regclass").ToListAsync());

    private Task<string> PartitionOfAsync(Guid id) =>
        app.WithDbAsync(db => db.Database.SqlQuery<string>(
            $"SELECT tableoid::regclass::text AS \"Value\" FROM audit_entries WHERE \"Id\" = {id}").SingleAsync());
}
