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

        // A migration may rewrite a large table in one statement (the audit trail's partitioning moved 17 million
        // entries in about three minutes); the 30-second default that protects requests would roll it back.
        var requestTimeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(0);
        try
        {
            await db.Database.MigrateAsync(ct);
        }
        finally
        {
            db.Database.SetCommandTimeout(requestTimeout);
        }
    }
}
