using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace OpenNrm.Web.Data;

/// <summary>
/// On SQLite, one connection for the whole request: EF would otherwise open and close a connection (and re-apply
/// the durability pragmas) for every query. PostgreSQL is left to Npgsql's pool, which needs no such help.
/// </summary>
public sealed class SqliteRequestConnection(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, AppDbContext db)
    {
        if (!db.Database.IsSqlite())
        {
            await next(http);
            return;
        }

        await db.Database.OpenConnectionAsync(http.RequestAborted);
        try
        {
            await next(http);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
