using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Statistics;

/// <summary>
/// The result of <see cref="KAnonymity.Release"/>: the rows that may be published, each sharing its
/// characteristics with at least <see cref="K"/> - 1 others, and what it took.
/// </summary>
/// <param name="Rows">The published rows, sorted by their values so that the order reveals nothing of the input.</param>
/// <param name="InputRows">How many rows there were before the release.</param>
/// <param name="GeneralisedRows">Published rows with at least one characteristic generalised.</param>
/// <param name="SuppressedRows">Rows left out because no generalisation put them in a large enough group.</param>
/// <param name="RowsByStep">For each step, how many published rows it was applied to.</param>
public sealed record KAnonymousRelease(
    int K,
    IReadOnlyList<ReleasedRow> Rows,
    int InputRows,
    int GeneralisedRows,
    int SuppressedRows,
    IReadOnlyDictionary<GeneralisationStep, int> RowsByStep)
{
    public LegalBasis Basis => KAnonymity.Basis;

    /// <summary>The published equivalence classes with their sizes, each at least <see cref="K"/>.</summary>
    public IReadOnlyList<(ReleasedRow Row, int Count)> Classes =>
        [.. Rows.GroupBy(r => r).Select(g => (g.Key, g.Count()))];
}
