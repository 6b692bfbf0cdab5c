using System.Globalization;
using NodaTime;
using NodaTime.Text;
using OpenNrm.Domain.Residence;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>A residence document issued or renewed on a date; the unit of the documents-issued indicator.</summary>
public sealed record DocumentEvent(DocumentType Type, LocalDate On, bool IsRenewal);

/// <summary>
/// The dates the statistics count in one procedure, read from the history as the domain evaluates it: an event the
/// law did not allow on its date (a rejected event) counts for nothing, exactly as it changes nothing in the
/// procedure's state.
/// </summary>
/// <param name="ReflectionStart">
/// The first reflection document (or an unaccompanied minor's 3-month document); the opening date when the
/// procedure went on without one.
/// </param>
/// <param name="IdentifiedOn">The prosecutor's first confirmation that the person can be considered a victim.</param>
public sealed record ProcedureMilestones(
    LocalDate? ReflectionStart,
    LocalDate? IdentifiedOn,
    LocalDate? FirstACardOn,
    LocalDate? BCardOn,
    LocalDate? ExitOn,
    ExitReason? ExitReason,
    IReadOnlyList<DocumentEvent> Documents)
{
    /// <summary>
    /// Raised whenever what is computed here changes, so that milestones kept with a procedure by an older version
    /// are evaluated again from the events instead of being read.
    /// </summary>
    public const int Version = 1;

    private static readonly HashSet<DocumentType> ReflectionDocuments =
    [
        DocumentType.OrderToLeaveTerritory45Days, DocumentType.Annex15ReflectionDocument, DocumentType.MinorTemporaryDocument3Months,
    ];

    public static ProcedureMilestones Of(IReadOnlyList<ProcedureEvent> history, LocalDate asOf) =>
        Of(history, ProcedureEvaluator.Evaluate(history, asOf));

    /// <summary>From an evaluation already made of <paramref name="history"/> (as of its <see cref="ProcedureState.AsOf"/>).</summary>
    public static ProcedureMilestones Of(IReadOnlyList<ProcedureEvent> history, ProcedureState state)
    {
        var asOf = state.AsOf;
        if (state.OpenedOn is not { } opened)
        {
            return new(null, null, null, null, null, null, []);
        }

        // Rejected events are the very instances of the history the fold set aside: compare by reference, since two
        // identical events on one day may be one accepted and one rejected.
        var rejected = state.RejectedEvents.Select(r => r.Event).ToHashSet(ReferenceEqualityComparer.Instance);
        var accepted = history.Where(e => e.Date <= asOf && !rejected.Contains(e)).OrderBy(e => e.Date).ToList();

        var documents = new List<DocumentEvent>();
        DocumentType? held = null;
        foreach (var e in accepted)
        {
            switch (e)
            {
                case DocumentIssued issued:
                    held = issued.Type;
                    documents.Add(new DocumentEvent(issued.Type, issued.Date, false));
                    break;
                case DocumentRenewed renewed when held is { } type:
                    // A renewal continues the document held: the fold accepts it only when one is held.
                    documents.Add(new DocumentEvent(type, renewed.Date, true));
                    break;
            }
        }

        var firstIssue = (DocumentType type) => documents.Where(d => d.Type == type && !d.IsRenewal).Select(d => (LocalDate?)d.On).FirstOrDefault();
        var reflection = documents.Where(d => ReflectionDocuments.Contains(d.Type)).Select(d => (LocalDate?)d.On).FirstOrDefault() ?? opened;
        var identified = accepted.OfType<ProsecutorConfirmed>().Where(c => c.Criterion == ProsecutorCriterion.ConsideredVictim)
            .Select(c => (LocalDate?)c.Date).FirstOrDefault();
        return new(reflection, identified, firstIssue(DocumentType.ACard), firstIssue(DocumentType.BCard), state.Exit?.On, state.Exit?.Reason, documents);
    }

    /// <summary>The documents in one column: "type|date|I" for an issue, "R" for a renewal, separated by ";".</summary>
    public static string Encode(IReadOnlyList<DocumentEvent> documents) =>
        string.Join(';', documents.Select(d => $"{d.Type}|{LocalDatePattern.Iso.Format(d.On)}|{(d.IsRenewal ? 'R' : 'I')}"));

    /// <summary>The reverse of <see cref="Encode"/>, read from spans: the statistics decode a column per procedure.</summary>
    public static IReadOnlyList<DocumentEvent> Decode(string documents)
    {
        if (documents.Length == 0)
        {
            return [];
        }

        var decoded = new List<DocumentEvent>(4);
        foreach (var range in documents.AsSpan().Split(';'))
        {
            var item = documents.AsSpan(range);
            if (item.IsEmpty)
            {
                continue;
            }

            var bar = item.IndexOf('|');
            var type = Enum.Parse<DocumentType>(item[..bar]);
            var rest = item[(bar + 1)..];
            var second = rest.IndexOf('|');
            decoded.Add(new DocumentEvent(type, IsoDate(rest[..second]), rest[(second + 1)..] is "R"));
        }

        return decoded;
    }

    /// <summary>"uuuu-MM-dd", as <see cref="LocalDatePattern.Iso"/> writes it for the years a procedure can have.</summary>
    private static LocalDate IsoDate(ReadOnlySpan<char> text) => text.Length == 10 && text[4] == '-' && text[7] == '-'
        ? new LocalDate(int.Parse(text[..4], CultureInfo.InvariantCulture), int.Parse(text[5..7], CultureInfo.InvariantCulture), int.Parse(text[8..], CultureInfo.InvariantCulture))
        : LocalDatePattern.Iso.Parse(text.ToString()).Value;
}
