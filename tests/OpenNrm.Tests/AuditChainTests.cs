using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Audit;
using OpenNrm.Tests.Infrastructure;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Audit;

namespace OpenNrm.Tests;

/// <summary>Any row edited, deleted, inserted or reordered behind the application's back is found by verify.</summary>
public abstract class AuditChainTests(TestApp app)
{
    [Fact]
    public async Task A_read_of_a_file_is_audited_with_its_purpose()
    {
        var police = await app.UserAsync(Role.FrontlineOfficer);
        var created = await app.ApiClient(police).PostAsJsonAsync("/api/v1/cases", new { personName = "Audit Subject" });
        var id = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        await app.ApiClient(police).GetAsync($"/api/v1/cases/{id}?purpose=referral%20to%20a%20centre");
        await app.WithDbAsync(async db =>
        {
            var views = await db.AuditEntries.Where(e => e.SubjectId == id.ToString() && e.Type == AuditEventType.CaseViewed).ToListAsync();
            var view = Assert.Single(views);
            Assert.Equal("referral to a centre", view.Purpose);
            Assert.Equal(police.Id, view.UserId);
            Assert.Equal(police.OrganisationId, view.OrganisationId);
        });
    }

    [Fact]
    public async Task The_auditor_filters_by_time_with_any_offset()
    {
        var auditor = await app.UserAsync(Role.Auditor);
        var from = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(-1).ToOffset(TimeSpan.FromHours(1)).ToString("O"));
        var response = await app.ApiClient(auditor).GetAsync($"/api/v1/audit?from={from}&limit=5");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_intact_trail_verifies() =>
        Assert.True((await SealAndVerifyAsync()).Intact);

    [Fact]
    public async Task An_edited_row_is_detected_and_named()
    {
        var victim = await SomeSealedEntryAsync();
        await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Id == victim).ExecuteUpdateAsync(s => s.SetProperty(e => e.Details, "nothing to see")));
        var result = await VerifyAsync();
        Assert.False(result.Intact);
        Assert.Equal(victim, result.FirstBadEntry);
        await RestoreAsync();
    }

    [Fact]
    public async Task A_deleted_row_is_detected()
    {
        var victim = await SomeSealedEntryAsync();
        await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Id == victim).ExecuteDeleteAsync());
        Assert.False((await VerifyAsync()).Intact);
        await RestoreAsync();
    }

    [Fact]
    public async Task A_row_inserted_directly_is_detected()
    {
        await SealAndVerifyAsync();
        var forged = new AuditEntry(Guid.CreateVersion7(), DateTimeOffset.UtcNow, AuditEventType.LoginSucceeded, null, null, "User", "x", null, null, null)
        {
            Mac = new string('A', 64),
        };
        await app.WithDbAsync(async db =>
        {
            db.AuditEntries.Add(forged);
            await db.SaveChangesAsync();
        });
        var result = await SealAndVerifyAsync();
        Assert.False(result.Intact);
        Assert.Equal(forged.Id, result.FirstBadEntry);
        await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Id == forged.Id).ExecuteDeleteAsync());
        Assert.True((await SealAndVerifyAsync()).Intact);
    }

    [Fact]
    public async Task A_forged_row_slipped_into_the_waiting_list_is_never_sealed_and_is_named()
    {
        await SealAndVerifyAsync();
        var forged = new AuditEntry(Guid.CreateVersion7(), DateTimeOffset.UtcNow, AuditEventType.LoginSucceeded, null, null, "User", "x", null, null, null)
        {
            Mac = new string('A', 64),
        };
        await app.WithDbAsync(async db =>
        {
            db.AuditEntries.Add(forged);
            db.PendingSeals.Add(new PendingSeal(forged.Id, forged.At));
            await db.SaveChangesAsync();
        });
        var result = await SealAndVerifyAsync();
        Assert.False(result.Intact);
        Assert.Equal(forged.Id, result.FirstBadEntry);
        Assert.Contains("MAC", result.Problem);
        Assert.False(await app.WithDbAsync(db => db.AuditSeals.AnyAsync(s => s.EntryId == forged.Id)));
        await RestoreAsync();
    }

    [Fact]
    public async Task A_deleted_seal_is_detected_as_a_missing_position()
    {
        await WriteEntriesAsync(3);
        await SealAndVerifyAsync();
        var position = await app.WithDbAsync(db => db.AuditSeals.MaxAsync(s => s.ChainIndex)) - 1;
        await app.WithDbAsync(db => db.AuditSeals.Where(s => s.ChainIndex == position).ExecuteDeleteAsync());
        var result = await VerifyAsync();
        Assert.False(result.Intact);
        Assert.Contains($"chain position {position} is missing", result.Problem);
        await RestoreAsync();
    }

    [Fact]
    public async Task A_sealed_entry_listed_again_as_waiting_is_detected()
    {
        var victim = await SomeSealedEntryAsync();
        await app.WithDbAsync(async db =>
        {
            var at = await db.AuditSeals.Where(s => s.EntryId == victim).Select(s => s.EntryAt).SingleAsync();
            db.PendingSeals.Add(new PendingSeal(victim, at));
            await db.SaveChangesAsync();
        });
        var result = await VerifyAsync();
        Assert.False(result.Intact);
        Assert.Equal(victim, result.FirstBadEntry);
        await RestoreAsync();
    }

    [Fact]
    public async Task Two_rows_swapped_in_the_chain_are_detected()
    {
        await WriteEntriesAsync(3);
        await SealAndVerifyAsync();
        await app.WithDbAsync(async db =>
        {
            var last = await db.AuditSeals.OrderByDescending(s => s.ChainIndex).Take(2).ToListAsync();
            var (a, b) = (last[0], last[1]);
            // Through a free identifier, because an entry has one seal.
            await db.AuditSeals.Where(s => s.ChainIndex == a.ChainIndex).ExecuteUpdateAsync(s => s.SetProperty(x => x.EntryId, Guid.Empty));
            await db.AuditSeals.Where(s => s.ChainIndex == b.ChainIndex)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.EntryId, a.EntryId).SetProperty(x => x.EntryAt, a.EntryAt));
            await db.AuditSeals.Where(s => s.ChainIndex == a.ChainIndex)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.EntryId, b.EntryId).SetProperty(x => x.EntryAt, b.EntryAt));
        });
        var result = await VerifyAsync();
        Assert.False(result.Intact);
        Assert.Contains("chain hash does not match", result.Problem);
        await RestoreAsync();
    }

    [Fact]
    public async Task Sealing_empties_the_waiting_list_and_gives_every_entry_one_position()
    {
        await WriteEntriesAsync(3);
        await SealAndVerifyAsync();
        await app.WithDbAsync(async db =>
        {
            Assert.Equal(0, await db.PendingSeals.CountAsync());
            Assert.Equal(await db.AuditEntries.CountAsync(), await db.AuditSeals.CountAsync());
            Assert.Equal(await db.AuditSeals.CountAsync(), await db.AuditSeals.MaxAsync(s => s.ChainIndex));
        });
    }

    [Fact]
    public async Task The_unit_of_work_that_verified_can_write_and_verify_again()
    {
        await WriteEntriesAsync(2);
        var (first, second) = await app.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<AuditSealer>().SealPendingAsync();
            var verifier = sp.GetRequiredService<AuditVerifier>();
            var before = await verifier.VerifyAsync();
            sp.GetRequiredService<AuditLog>().Record(AuditEventType.AuditLogViewed, details: "after a verification");
            await sp.GetRequiredService<AppDbContext>().SaveChangesAsync();
            return (before, await verifier.VerifyAsync());
        });
        Assert.True(first.Intact, first.Problem);
        Assert.True(second.Intact, second.Problem);
        // The server's sealing job may seal the new entry in between: the total is what must grow by one.
        Assert.Equal(first.SealedChecked + first.UnsealedChecked + 1, second.SealedChecked + second.UnsealedChecked);
    }

    private async Task<Guid> SomeSealedEntryAsync()
    {
        await WriteEntriesAsync(3);
        await SealAndVerifyAsync();
        return await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var max = await db.AuditSeals.MaxAsync(s => s.ChainIndex);
            return await db.AuditSeals.Where(s => s.ChainIndex == max - 1).Select(s => s.EntryId).SingleAsync();
        });
    }

    private async Task WriteEntriesAsync(int count)
    {
        var auditor = await app.UserAsync(Role.Auditor);
        for (var i = 0; i < count; i++)
        {
            await app.ApiClient(auditor).GetAsync("/api/v1/audit?limit=1");
        }
    }

    private Task<AuditVerification> SealAndVerifyAsync() =>
        app.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<AuditSealer>().SealPendingAsync();
            return await sp.GetRequiredService<AuditVerifier>().VerifyAsync();
        });

    private Task<AuditVerification> VerifyAsync() =>
        app.WithScopeAsync(sp => sp.GetRequiredService<AuditVerifier>().VerifyAsync());

    /// <summary>Tests share one database per class: after a tamper test the trail restarts so later tests see an intact one.</summary>
    private Task RestoreAsync() => app.WithDbAsync(async db =>
    {
        await db.AuditSeals.ExecuteDeleteAsync();
        await db.PendingSeals.ExecuteDeleteAsync();
        await db.AuditEntries.ExecuteDeleteAsync();
    });
}
