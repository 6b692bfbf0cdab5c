using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Cases;

/// <summary>
/// File references: the year plus six random characters from an alphabet without look-alikes, readable aloud and
/// guessable by nobody. Six characters give about a billion per year: across a register's lifetime two files would
/// draw the same one now and then (the unique index would then refuse the second file with a server error), so a
/// reference already taken, in the database or earlier in the same unit of work, is drawn again.
/// </summary>
public sealed class CaseReferences(AppDbContext db)
{
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const int Attempts = 8;

    public Task<string> NewAsync(DateTimeOffset now, CancellationToken ct) => FirstFreeAsync(Draws(now), ct);

    /// <summary>The first candidate not taken; the candidates are random draws in production, a fixed list in tests.</summary>
    internal async Task<string> FirstFreeAsync(IEnumerable<string> candidates, CancellationToken ct)
    {
        foreach (var candidate in candidates.Take(Attempts))
        {
            var pending = db.ChangeTracker.Entries<CaseFile>().Any(e => e.State == EntityState.Added && e.Entity.Reference == candidate);
            if (!pending && !await db.Cases.AnyAsync(c => c.Reference == candidate, ct))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"No free file reference after {Attempts} draws: the reference space of the year is nearly exhausted.");
    }

    public static string Draw(DateTimeOffset now)
    {
        Span<char> chars = stackalloc char[6];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return $"NRM-{now.Year}-{new string(chars)}";
    }

    private static IEnumerable<string> Draws(DateTimeOffset now)
    {
        while (true)
        {
            yield return Draw(now);
        }
    }
}
