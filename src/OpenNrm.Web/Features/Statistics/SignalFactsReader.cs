using Microsoft.EntityFrameworkCore;
using NodaTime;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Detection;
using OpenNrm.Domain.Statistics;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>
/// The persons of every signal detected before <c>end</c>, as the tables know them (no name, no free text), and the
/// detection time of each signal (the detection a referral follows).
/// </summary>
internal static class SignalFactsReader
{
    public static async Task<(List<SignalFact> Signals, Dictionary<Guid, Instant> DetectedAt)> ReadAsync(AppDbContext db, DateTimeOffset end,
        IReadOnlyDictionary<Guid, OrganisationKind> kinds, CancellationToken ct)
    {
        // A join rather than a navigation: SQLite cannot run the lateral join a projection through the collection needs.
        // Rows are mapped as they arrive, never held as a list: at a million persons such a list is a million objects
        // that live through every collection of the read.
        var persons = db.Signals.AsNoTracking()
            .Where(s => s.DetectedAt < end)
            .Join(db.Set<Detection.SignalPerson>().AsNoTracking(), s => s.Id, p => p.SignalId, (s, p) => new
            {
                p.CaseId, SignalId = s.Id, s.DetectedAt, s.JudicialDistrict, s.DetectingOrganisationId, p.Gender, p.BirthDate, p.EstimatedAge, p.IsMinor,
                p.Nationalities, p.SuspectedExploitation,
            })
            .AsAsyncEnumerable();
        // A million persons share a few hundred lists of nationalities and of purposes, and a dozen districts: each
        // distinct text is read once and its result shared (nothing changes a profile after it is made).
        var citizenships = new Dictionary<string, (string? First, EurostatCitizenshipGroup Group)>(StringComparer.Ordinal);
        var purposes = new Dictionary<string, ExploitationPurpose[]>(StringComparer.Ordinal);
        var districts = new Dictionary<string, string>(StringComparer.Ordinal);
        var signals = new List<SignalFact>();
        var detectedAt = new Dictionary<Guid, Instant>();
        await foreach (var p in persons.WithCancellation(ct))
        {
            var at = Instant.FromDateTimeOffset(p.DetectedAt);
            var on = StatisticsSource.DateOf(at);
            if (!citizenships.TryGetValue(p.Nationalities, out var citizenship))
            {
                var nationalities = Split(p.Nationalities);
                citizenships[p.Nationalities] = citizenship = (nationalities.FirstOrDefault(), EurostatCitizenship.Of(nationalities));
            }

            if (!purposes.TryGetValue(p.SuspectedExploitation, out var suspected))
            {
                purposes[p.SuspectedExploitation] = suspected =
                    [.. Split(p.SuspectedExploitation).Select(v => Enum.TryParse<ExploitationPurpose>(v, out var purpose) ? purpose : (ExploitationPurpose?)null).OfType<ExploitationPurpose>()];
            }

            var profile = new PersonProfile(
                SexBreakdown.Of(p.Gender),
                // An estimated age is the officer's estimate on the day of the detection.
                p.BirthDate is { } born ? RecordedAge.Born(born) : p.EstimatedAge is { } age ? RecordedAge.Estimated(age, on) : RecordedAge.Unknown,
                p.IsMinor,
                citizenship.First,
                citizenship.Group,
                suspected);
            var district = p.JudicialDistrict is null ? null : districts.TryGetValue(p.JudicialDistrict, out var known) ? known : districts[p.JudicialDistrict] = p.JudicialDistrict;
            signals.Add(new SignalFact(p.CaseId, at, on, district, kinds.TryGetValue(p.DetectingOrganisationId, out var kind) ? kind : null, profile));
            // The detection a referral follows is the signal it was sent from.
            detectedAt.TryAdd(p.SignalId, at);
        }

        return (signals, detectedAt);
    }

    private static List<string> Split(string value) =>
        [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
