using Microsoft.EntityFrameworkCore;

namespace OpenNrm.Web.Data;

public static class DatabaseMigrator
{
    /// <summary>Applies pending migrations; on SQLite also switches the file to WAL, which persists in the file.</summary>
    public static async Task MigrateAsync(AppDbContext db, CancellationToken ct = default)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            await db.Database.CloseConnectionAsync();
        }

        await db.Database.MigrateAsync(ct);
    }
}
