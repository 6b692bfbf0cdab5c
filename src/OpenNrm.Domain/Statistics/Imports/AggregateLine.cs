namespace OpenNrm.Domain.Statistics.Imports;

/// <summary>
/// One line of a file, or one row of a worksheet, as its reader found it before the template's rules are applied:
/// its fields, or the problems that kept it from being read. A field is null when the reader could not read that one
/// cell (a formula without a value, a date where a count goes): its problem is among <see cref="Problems"/> and the
/// rules do not report the field again. A line with no field and no problem is empty.
/// </summary>
/// <param name="Number">The line of the file or the row of the sheet, as people see it: 1 is the header.</param>
/// <param name="Fields">Null when the whole line could not be read.</param>
public sealed record AggregateLine(int Number, IReadOnlyList<string?>? Fields, IReadOnlyList<AggregateProblem> Problems)
{
    public static AggregateLine Of(int number, IReadOnlyList<string?> fields, IReadOnlyList<AggregateProblem>? problems = null) =>
        new(number, fields, problems ?? []);

    public static AggregateLine Unreadable(int number, AggregateProblem problem) => new(number, null, [problem]);

    public static AggregateLine Empty(int number) => new(number, [], []);

    public bool IsEmpty => Fields is { Count: 0 } && Problems.Count == 0;
}
