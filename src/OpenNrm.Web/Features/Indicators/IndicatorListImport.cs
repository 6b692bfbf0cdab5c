using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Indicators;

public enum IndicatorListOutcome
{
    Done,
    Invalid,
    NotFound,
    Conflict,
}

public sealed record IndicatorListResult(IndicatorListOutcome Outcome, IndicatorListEntry? Entry = null, Validation? Validation = null, string? Conflict = null);

/// <summary>
/// Loads a deployment's own indicator list and chooses the version in force. An import is all or nothing: every
/// problem is reported with its position and nothing is written until there is none. The first version of a list is
/// in force at once (nothing else of that list is in use); a later version waits until an administrator activates
/// it, so officers' forms never change under them by accident. Each step is audited without the list's content.
/// </summary>
public sealed class IndicatorListImport(AppDbContext db, AuditLog audit, CurrentUser me, TimeProvider clock, ParsedListCache cache,
    IndicatorListCatalogue catalogue, IStringLocalizer<SharedResource> localizer)
{
    public async Task<IndicatorListResult> ImportAsync(string? definition, CancellationToken ct)
    {
        var validation = new Validation(localizer);
        var (list, problems) = IndicatorListJson.Read(definition);
        foreach (var problem in problems)
        {
            validation.Require(false, problem.Position, problem.Message, [.. problem.Arguments]);
        }

        if (list is null || !validation.IsValid)
        {
            return new(IndicatorListOutcome.Invalid, Validation: validation);
        }

        if (IndicatorListCatalogue.IsShippedId(list.Id))
        {
            return new(IndicatorListOutcome.Conflict, Conflict: localizer["A list shipped with the system already has the id {0}. Give your list an id of its own.", list.Id]);
        }

        if (await db.IndicatorLists.AnyAsync(l => l.ListId == list.Id && l.ListVersion == list.Version, ct))
        {
            return new(IndicatorListOutcome.Conflict, Conflict: VersionTaken(list.Id, list.Version));
        }

        var first = !await db.IndicatorLists.AnyAsync(l => l.ListId == list.Id, ct);
        var row = new ImportedIndicatorList(Guid.CreateVersion7(), list, definition!, clock.GetUtcNow(), me.UserId, active: first);
        db.IndicatorLists.Add(row);
        audit.Record(AuditEventType.IndicatorListImported, "IndicatorList", row.Id.ToString(),
            details: $"list={row.ListId} version={row.ListVersion} indicators={row.IndicatorCount} active={row.IsActive}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two imports of the same version, or two first versions, at the same moment: the unique indexes keep one.
            return new(IndicatorListOutcome.Conflict, Conflict: VersionTaken(list.Id, list.Version));
        }

        cache.Remember(row.Id, list);
        return new(IndicatorListOutcome.Done, IndicatorListCatalogue.Entry(row, list));
    }

    /// <summary>Puts one version in force for its list id; the version in force until now stays stored, for earlier signals.</summary>
    public async Task<IndicatorListResult> ActivateAsync(string? id, string? version, CancellationToken ct)
    {
        var row = await db.IndicatorLists.FirstOrDefaultAsync(l => l.ListId == id && l.ListVersion == version, ct);
        if (row is null)
        {
            return new(IndicatorListOutcome.NotFound);
        }

        if (!row.IsActive)
        {
            var previous = await db.IndicatorLists.Where(l => l.ListId == row.ListId && l.IsActive).Select(l => l.ListVersion).FirstOrDefaultAsync(ct);
            try
            {
                // Two statements in one transaction: the filtered unique index allows one version in force at any
                // moment, so the old one is put out of force before the new one comes in.
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                await db.IndicatorLists.Where(l => l.ListId == row.ListId && l.IsActive).ExecuteUpdateAsync(s => s.SetProperty(l => l.IsActive, false), ct);
                row.Activate(clock.GetUtcNow(), me.UserId);
                audit.Record(AuditEventType.IndicatorListActivated, "IndicatorList", row.Id.ToString(),
                    details: $"list={row.ListId} version={row.ListVersion} previous={previous ?? "none"}");
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            }
            catch (DbUpdateException)
            {
                return new(IndicatorListOutcome.Conflict, Conflict: localizer["Someone else changed this list at the same moment; reload and try again."]);
            }
        }

        return await catalogue.EntryAsync(row.ListId, row.ListVersion, ct) is { } entry
            ? new(IndicatorListOutcome.Done, entry)
            : new(IndicatorListOutcome.NotFound);
    }

    private string VersionTaken(string id, string version) =>
        localizer["Version {1} of list {0} has already been imported. A corrected list needs a new version.", id, version];
}
