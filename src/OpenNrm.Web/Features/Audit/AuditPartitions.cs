using Microsoft.EntityFrameworkCore;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Audit;

/// <summary>
/// Keeps a partition of the audit trail ready for this year and the next on PostgreSQL, where entries are
/// partitioned by year (migration AuditEntriesPartitioned, which also defines the database function used here).
/// An entry written before its year's partition exists waits in the default partition and moves when it is made.
/// SQLite keeps one table: nothing to do.
/// </summary>
public sealed class AuditPartitions(AppDbContext db, TimeProvider clock)
{
    /// <summary>The years whose partition this call created.</summary>
    public async Task<IReadOnlyList<int>> EnsureAsync(CancellationToken ct = default)
    {
        if (!db.Database.IsNpgsql())
        {
            return [];
        }

        var year = clock.GetUtcNow().Year;
        var created = new List<int>();
        foreach (var y in new[] { year, year + 1 })
        {
            var made = await db.Database.SqlQuery<bool>($"SELECT audit_ensure_year_partition({y}) AS \"Value\"").SingleAsync(ct);
            if (made)
            {
                created.Add(y);
            }
        }

        return created;
    }
}
