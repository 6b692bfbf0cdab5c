namespace OpenNrm.Domain.Statistics.Imports;

/// <summary>
/// One thing wrong with a file: its line (1 is the header), the column concerned ("line" for the whole line), and
/// an English template (the localisation key) with its arguments. No problem repeats a count read from the file.
/// </summary>
public sealed record AggregateProblem(int Line, string Column, string Message, IReadOnlyList<object> Arguments)
{
    public const string WholeLine = "line";

    public static AggregateProblem At(int line, string column, string message, params object[] arguments) => new(line, column, message, arguments);
}
