using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Synthetic;

/// <summary>
/// PostgreSQL's bulk path: writes the entities a batch added to the change tracker with COPY ... FROM STDIN (FORMAT
/// BINARY) instead of one INSERT each, in one transaction. Tables, columns and value conversions come from the EF
/// model itself, so an encrypted name goes through the same converter as on the SaveChanges path, an enum is
/// stored as the same text, and a column added to the model is copied without a change here. Tables are written
/// principals first, so the foreign keys hold at every row.
/// </summary>
internal static class PostgresCopy
{
    public static async Task WriteAsync(AppDbContext db, CancellationToken ct)
    {
        var added = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).GroupBy(e => e.Metadata).ToDictionary(g => g.Key, g => g.ToList());
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using var transaction = await connection.BeginTransactionAsync(ct);
            foreach (var type in PrincipalsFirst(added.Keys))
            {
                await CopyAsync(connection, type, added[type], ct);
            }

            await transaction.CommitAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        db.ChangeTracker.Clear();
    }

    private static async Task CopyAsync(NpgsqlConnection connection, IEntityType type, List<EntityEntry> rows, CancellationToken ct)
    {
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        // Columns the database keeps itself (a trigger's flag) are left to it, as SaveChanges leaves them.
        var columns = type.GetProperties().Where(p => p.GetBeforeSaveBehavior() != PropertySaveBehavior.Ignore)
            .Select(p => (Property: p, Column: p.GetColumnName(table))).Where(c => c.Column is not null).ToList();
        var sql = $"COPY {Quote(table.Name)} ({string.Join(", ", columns.Select(c => Quote(c.Column!)))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(sql, ct);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(ct);
            foreach (var (property, _) in columns)
            {
                var value = row.Property(property.Name).CurrentValue;
                if (value is not null && property.GetTypeMapping().Converter is { } converter)
                {
                    value = converter.ConvertToProvider(value);
                }

                if (value is null)
                {
                    await importer.WriteNullAsync(ct);
                }
                else
                {
                    // Npgsql picks the PostgreSQL type from the provider value: uuid, text, integer, boolean, date, timestamptz.
                    await importer.WriteAsync(value, ct);
                }
            }
        }

        await importer.CompleteAsync(ct);
    }

    /// <summary>A topological order of the entity types by their foreign keys among the types being written.</summary>
    private static List<IEntityType> PrincipalsFirst(IEnumerable<IEntityType> types)
    {
        var pending = types.ToHashSet();
        var ordered = new List<IEntityType>();
        while (pending.Count > 0)
        {
            var ready = pending.Where(t => !t.GetForeignKeys().Any(fk => fk.PrincipalEntityType != t && pending.Contains(fk.PrincipalEntityType)))
                .OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException("The entity types to copy reference each other in a cycle.");
            }

            ordered.AddRange(ready);
            pending.ExceptWith(ready);
        }

        return ordered;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
