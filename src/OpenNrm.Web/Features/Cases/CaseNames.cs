using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenNrm.Web.Data;
using OpenNrm.Web.Security;

namespace OpenNrm.Web.Features.Cases;

/// <summary>Keeps a file's name keys in step with its name and aliases, in the caller's unit of work.</summary>
public sealed class CaseNames(AppDbContext db, NameKeyIndex keys, ILogger<CaseNames> log)
{
    public void Index(Guid caseId, string name, string? aliases = null)
    {
        foreach (var hash in keys.Hashes(name, aliases))
        {
            db.CaseNameKeys.Add(new CaseNameKey(caseId, hash, NameKeyIndex.Version));
        }
    }

    /// <summary>
    /// Files whose keys are missing or from older key rules get them recomputed (after an upgrade, or for data from
    /// before keys existed). Runs at start; decrypts names in memory only, a page at a time.
    /// </summary>
    public async Task<int> ReindexAsync(CancellationToken ct)
    {
        var version = NameKeyIndex.Version;
        // A file erased after its retention period has no name left to index: it stays without keys.
        var stale = await db.Cases.Where(c => !db.CaseNameKeys.Any(k => k.CaseId == c.Id && k.KeyVersion == version)
                                              && !db.RetentionErasures.Any(e => e.CaseId == c.Id && e.RecordClass == Domain.Assistance.RecordClass.SupportCase))
            .Select(c => c.Id).ToListAsync(ct);
        foreach (var page in stale.Chunk(500))
        {
            await db.CaseNameKeys.Where(k => page.Contains(k.CaseId)).ExecuteDeleteAsync(ct);
            var files = await ReadNamesAsync(page, ct);
            var aliases = await db.Set<Detection.SignalPerson>().AsNoTracking().Where(p => page.Contains(p.CaseId)).Select(p => new { p.CaseId, p.Aliases }).ToListAsync(ct);
            foreach (var file in files)
            {
                Index(file.Id, file.PersonName, string.Join(',', aliases.Where(a => a.CaseId == file.Id).Select(a => a.Aliases)));
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        return stale.Count;
    }

    /// <summary>
    /// A name that cannot be decrypted (a lost key ring, a row altered outside the application) must not stop the
    /// service for everyone else: that file is logged, keeps no keys, and is retried at the next start.
    /// </summary>
    private async Task<List<(Guid Id, string PersonName)>> ReadNamesAsync(Guid[] page, CancellationToken ct)
    {
        try
        {
            return (await db.Cases.AsNoTracking().Where(c => page.Contains(c.Id)).Select(c => new { c.Id, c.PersonName }).ToListAsync(ct))
                .Select(f => (f.Id, f.PersonName)).ToList();
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            var names = new List<(Guid, string)>();
            foreach (var id in page)
            {
                try
                {
                    var name = await db.Cases.AsNoTracking().Where(c => c.Id == id).Select(c => c.PersonName).SingleAsync(ct);
                    names.Add((id, name));
                }
                catch (System.Security.Cryptography.CryptographicException)
                {
                    log.LogError("The name of file {CaseId} cannot be decrypted (key ring or row altered); it has no name keys, so the protection check cannot find it.", id);
                }
            }

            return names;
        }
    }
}
