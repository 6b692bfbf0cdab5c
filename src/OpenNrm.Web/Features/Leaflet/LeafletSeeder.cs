using Microsoft.EntityFrameworkCore;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Leaflet;

/// <summary>
/// Puts the shipped texts in place on first run. Once any text exists the administrators own the leaflet: nothing
/// is added back or overwritten, even after they reword or remove a sentence.
/// </summary>
public sealed class LeafletSeeder(AppDbContext db, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.LeafletTexts.AnyAsync(ct))
        {
            return;
        }

        var now = clock.GetUtcNow();
        db.LeafletTexts.AddRange(LeafletDefaults.All.Select(s => new LeafletText(s.Language, s.Title, s.Body, now, updatedBy: null)));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another server starting at the same moment seeded first; its texts are the same.
            db.ChangeTracker.Clear();
            if (!await db.LeafletTexts.AnyAsync(ct))
            {
                throw;
            }
        }
    }
}
