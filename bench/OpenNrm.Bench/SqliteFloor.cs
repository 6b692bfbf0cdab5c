using Microsoft.Data.Sqlite;

namespace OpenNrm.Bench;

/// <summary>The raw-SQL floors' connection to the SQLite file: no pool, and the server's durability (synchronous=FULL).</summary>
public static class SqliteFloor
{
    public static SqliteConnection Open(string file)
    {
        var c = new SqliteConnection($"Data Source={file};Pooling=false;Default Timeout=30");
        c.Open();
        using var pragma = c.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;";
        pragma.ExecuteNonQuery();
        return c;
    }
}
