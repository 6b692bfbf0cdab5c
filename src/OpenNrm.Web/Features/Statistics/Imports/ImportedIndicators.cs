namespace OpenNrm.Web.Features.Statistics.Imports;

/// <summary>
/// Places the imported figures among a year's computed ones. Where OpenNRM computes an indicator, the imported
/// figure is shown next to it, under an id of its own ("persons-detected.police"), since the two count different
/// records; where OpenNRM has none ("not recorded"), the imported figure takes its place. Either way the figure
/// says where it comes from.
/// </summary>
public static class ImportedIndicators
{
    public static YearFigures Merge(YearFigures figures, IReadOnlyList<StatisticsImportBatch> inForce, Domain.Statistics.DisclosureRules rules)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(inForce);
        if (inForce.Count == 0)
        {
            return figures;
        }

        var recorded = figures.Indicators.Where(i => i.IsRecorded).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var imported = inForce
            .SelectMany(b => ImportedTables.Of(b, rules, d => recorded.Contains(d.Id) ? $"{d.Id}.{Domain.Statistics.Imports.AggregateSources.Code(b.Source)}" : d.Id,
                b.CommittedAt ?? b.StagedAt))
            .ToLookup(i => i.Catalogue!.Id);
        var merged = figures.Indicators.SelectMany(i => !imported.Contains(i.Id)
            ? [i]
            : i.IsRecorded ? imported[i.Id].Prepend(i) : imported[i.Id]).ToList();
        return figures with { Indicators = merged };
    }
}
