namespace OpenNrm.Web.Features.Indicators;

/// <summary>
/// One thing wrong with an imported list: where, as a path into the JSON ("indicators[3].strength", "$" for the
/// whole document), and what, as an English template (the localisation key) with its arguments.
/// </summary>
public sealed record ImportProblem(string Position, string Message, IReadOnlyList<object> Arguments)
{
    public const string Document = "$";

    public static ImportProblem At(string position, string message, params object[] arguments) => new(position, message, arguments);
}
