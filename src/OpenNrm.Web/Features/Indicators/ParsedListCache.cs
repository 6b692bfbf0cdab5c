using System.Collections.Concurrent;
using OpenNrm.Domain.Detection.Indicators;

namespace OpenNrm.Web.Features.Indicators;

/// <summary>
/// Imported lists already decrypted and parsed, by stored row. A row's definition never changes (a correction is a
/// new version, a new row), so an entry never goes stale, and every server process can keep its own. Which version
/// is in force is still read from the database on each use, so an activation takes effect everywhere at once.
/// </summary>
public sealed class ParsedListCache
{
    private readonly ConcurrentDictionary<Guid, IndicatorList> _lists = new();

    public bool TryGet(Guid row, out IndicatorList list) => _lists.TryGetValue(row, out list!);

    public void Remember(Guid row, IndicatorList list) => _lists.TryAdd(row, list);
}
