namespace OpenNrm.Domain.Statistics.Imports;

/// <summary>
/// What was read from a file: its counts when it is valid, else every problem found (up to
/// <see cref="AggregateCsv.MaxProblems"/>, with the number found in all). A file with a problem is refused whole.
/// </summary>
/// <param name="LinesRead">Lines read, the header included: what a long file's progress is measured in.</param>
public sealed record AggregateFile(
    AggregateSource Source,
    int Year,
    IReadOnlyList<AggregateCount> Counts,
    IReadOnlyList<AggregateProblem> Problems,
    int ProblemsFound,
    int LinesRead)
{
    public bool IsValid => ProblemsFound == 0;
}
