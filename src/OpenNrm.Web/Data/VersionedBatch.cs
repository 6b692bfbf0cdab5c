using Microsoft.EntityFrameworkCore;

namespace OpenNrm.Web.Data;

/// <summary>
/// Writes some columns of many rows read earlier, each only over the version it was read at (the entity's
/// concurrency token), in batched statements rather than one round trip per row. When a row has moved on meanwhile
/// (an event recorded by someone else), the whole batch is refused by the database; it is then written row by row
/// through <c>oneByOne</c>, which skips that row. Returns how many rows were written.
/// </summary>
internal static class VersionedBatch
{
    public static async Task<int> UpdateAsync<T>(AppDbContext db, IReadOnlyList<T> rows, IReadOnlyList<string> columns, Func<T, Task<bool>> oneByOne,
        CancellationToken ct)
        where T : class
    {
        try
        {
            foreach (var row in rows)
            {
                var entry = db.Attach(row);
                foreach (var column in columns)
                {
                    entry.Property(column).IsModified = true;
                }

                // Kept, not bumped (AppDbContext bumps the version of every edited aggregate unless it is set): a
                // summary refreshed in the background is not an edit, and must not make a person's pending edit conflict.
                if (row is IVersioned)
                {
                    entry.Property(nameof(IVersioned.Version)).IsModified = true;
                }
            }

            await db.SaveChangesAsync(ct);
            return rows.Count;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var written = 0;
            foreach (var row in rows)
            {
                written += await oneByOne(row) ? 1 : 0;
            }

            return written;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
