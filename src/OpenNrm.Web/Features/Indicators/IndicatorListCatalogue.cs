using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenNrm.Domain.Detection.Indicators;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Indicators;

public enum IndicatorListOrigin
{
    /// <summary>A public list that comes with the system; always in force, never replaced by an import.</summary>
    Shipped,

    /// <summary>A deployment's own list, loaded as data.</summary>
    Imported,
}

/// <summary>One list version as the API and the pages show it. The items are given for lists in force only.</summary>
public sealed record IndicatorListEntry(string Id, string Name, string Version, TargetPopulation Population, ExploitationForm Exploitation,
    AssessmentRule Rule, IndicatorListOrigin Origin, bool Active, int IndicatorCount, string? Source, string? SourceNote,
    DateTimeOffset? ImportedAt, Guid? ImportedBy, DateTimeOffset? ActivatedAt, IReadOnlyList<Indicator>? Indicators);

public sealed record IndicatorListChoice(string Id, string Name, string Version);

/// <summary>
/// The indicator lists a deployment can assess with: the shipped public lists, then the version in force of each
/// imported list. Shipped ids come first and cannot be taken by an import, so an id names one list only.
/// </summary>
public sealed partial class IndicatorListCatalogue(AppDbContext db, ParsedListCache cache, ILogger<IndicatorListCatalogue> logger)
{
    public async Task<IndicatorList?> FindInForceAsync(string? id, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(id) || id.Length > IndicatorListJson.MaxIdLength)
        {
            return null;
        }

        if (Shipped(id) is { } shipped)
        {
            return shipped;
        }

        var row = await db.IndicatorLists.AsNoTracking().Where(l => l.ListId == id && l.IsActive).Select(l => (Guid?)l.Id).FirstOrDefaultAsync(ct);
        return row is { } r ? await LoadAsync(r, ct) : null;
    }

    /// <summary>The lists in force among the given ids, by id; unknown ids are left out. One query for all imported ones.</summary>
    public async Task<IReadOnlyDictionary<string, IndicatorList>> FindInForceAsync(IEnumerable<string?> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var wanted = ids.OfType<string>().Where(id => id.Length is > 0 and <= IndicatorListJson.MaxIdLength).Distinct(StringComparer.Ordinal).ToList();
        var found = new Dictionary<string, IndicatorList>(StringComparer.Ordinal);
        foreach (var id in wanted)
        {
            if (Shipped(id) is { } shipped)
            {
                found[id] = shipped;
            }
        }

        var imported = wanted.Where(id => !found.ContainsKey(id)).ToList();
        if (imported.Count > 0)
        {
            var rows = await db.IndicatorLists.AsNoTracking().Where(l => imported.Contains(l.ListId) && l.IsActive)
                .Select(l => new { l.Id, l.ListId }).ToListAsync(ct);
            foreach (var row in rows)
            {
                if (await LoadAsync(row.Id, ct) is { } list)
                {
                    found[row.ListId] = list;
                }
            }
        }

        return found;
    }

    /// <summary>Any version, in force or not: what an earlier assessment or signal was made with.</summary>
    public async Task<IndicatorList?> FindVersionAsync(string? id, string? version, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(version))
        {
            return null;
        }

        if (Shipped(id) is { } shipped)
        {
            return shipped.Version == version ? shipped : null;
        }

        var row = await db.IndicatorLists.AsNoTracking().Where(l => l.ListId == id && l.ListVersion == version).Select(l => (Guid?)l.Id).FirstOrDefaultAsync(ct);
        return row is { } r ? await LoadAsync(r, ct) : null;
    }

    /// <summary>What a frontline officer may choose from: the lists in force, without their items.</summary>
    public async Task<IReadOnlyList<IndicatorListChoice>> ChoicesAsync(CancellationToken ct)
    {
        var imported = await db.IndicatorLists.AsNoTracking().Where(l => l.IsActive).OrderBy(l => l.Title)
            .Select(l => new IndicatorListChoice(l.ListId, l.Title, l.ListVersion)).ToListAsync(ct);
        return [.. PublicIndicatorLists.All.Select(l => new IndicatorListChoice(l.Id, l.Name, l.Version)), .. imported];
    }

    /// <summary>Every list: shipped ones, then each imported list's versions, oldest first.</summary>
    public async Task<IReadOnlyList<IndicatorListEntry>> AllAsync(CancellationToken ct)
    {
        var entries = PublicIndicatorLists.All.Select(ShippedEntry).ToList();
        foreach (var row in await Rows(db.IndicatorLists.OrderBy(l => l.ListId).ThenBy(l => l.ImportedAt)).ToListAsync(ct))
        {
            var list = await LoadAsync(row.Id, ct);
            entries.Add(row.Entry(list, withItems: row.IsActive));
        }

        return entries;
    }

    /// <summary>One version with its items, in force or not; null when there is no such version.</summary>
    public async Task<IndicatorListEntry?> EntryAsync(string? id, string? version, CancellationToken ct)
    {
        if (Shipped(id) is { } shipped)
        {
            return shipped.Version == version ? ShippedEntry(shipped) : null;
        }

        var row = await Rows(db.IndicatorLists.Where(l => l.ListId == id && l.ListVersion == version)).FirstOrDefaultAsync(ct);
        return row is not null && await LoadAsync(row.Id, ct) is { } list ? row.Entry(list, withItems: true) : null;
    }

    public static IndicatorListEntry Entry(ImportedIndicatorList row, IndicatorList list)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new RowInfo(row.Id, row.ListId, row.ListVersion, row.Title, row.Population, row.Exploitation, row.Rule, row.IndicatorCount, row.IsActive,
            row.ImportedAt, row.ImportedBy, row.ActivatedAt).Entry(list, withItems: true);
    }

    /// <summary>Without regard to case: an imported id that differs from a shipped one only in case would read as the same list.</summary>
    public static bool IsShippedId(string? id) =>
        PublicIndicatorLists.All.Any(l => string.Equals(l.Id, id, StringComparison.OrdinalIgnoreCase));

    private static IndicatorList? Shipped(string? id) => PublicIndicatorLists.All.FirstOrDefault(l => l.Id == id);

    private static IndicatorListEntry ShippedEntry(IndicatorList l) => new(l.Id, l.Name, l.Version, l.Population, l.Exploitation, l.Rule,
        IndicatorListOrigin.Shipped, true, l.Indicators.Count, l.SourceCitation, l.SourceNote, null, null, null, l.Indicators);

    /// <summary>Everything but the definition, which is decrypted once per process, through the cache.</summary>
    private static IQueryable<RowInfo> Rows(IQueryable<ImportedIndicatorList> rows) => rows.AsNoTracking()
        .Select(l => new RowInfo(l.Id, l.ListId, l.ListVersion, l.Title, l.Population, l.Exploitation, l.Rule, l.IndicatorCount, l.IsActive,
            l.ImportedAt, l.ImportedBy, l.ActivatedAt));

    private async Task<IndicatorList?> LoadAsync(Guid row, CancellationToken ct)
    {
        if (cache.TryGet(row, out var cached))
        {
            return cached;
        }

        var definition = await db.IndicatorLists.AsNoTracking().Where(l => l.Id == row).Select(l => l.Definition).FirstOrDefaultAsync(ct);
        var (list, problems) = IndicatorListJson.Read(definition);
        if (list is null)
        {
            // Only the row id: the definition is confidential and stays out of the logs.
            LogUnreadable(row, problems.Count);
            return null;
        }

        cache.Remember(row, list);
        return list;
    }

    private sealed record RowInfo(Guid Id, string ListId, string ListVersion, string Title, TargetPopulation Population, ExploitationForm Exploitation,
        AssessmentRule Rule, int IndicatorCount, bool IsActive, DateTimeOffset ImportedAt, Guid? ImportedBy, DateTimeOffset? ActivatedAt)
    {
        public IndicatorListEntry Entry(IndicatorList? list, bool withItems) => new(ListId, Title, ListVersion, Population, Exploitation, Rule,
            IndicatorListOrigin.Imported, IsActive, IndicatorCount, list?.SourceCitation, list?.SourceNote, ImportedAt, ImportedBy, ActivatedAt,
            withItems ? list?.Indicators : null);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stored indicator list {Row} no longer reads as a valid list ({Problems} problem(s)); it is left out.")]
    private partial void LogUnreadable(Guid row, int problems);
}
