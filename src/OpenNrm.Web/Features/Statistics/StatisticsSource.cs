using Microsoft.EntityFrameworkCore;
using NodaTime;
using OpenNrm.Domain.Detection;
using OpenNrm.Domain.Proceedings;
using OpenNrm.Domain.Referral;
using OpenNrm.Domain.Residence;
using OpenNrm.Domain.Statistics;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Proceedings;
using OpenNrm.Web.Features.Referrals;
using OpenNrm.Web.Features.Residence;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>
/// Reads the records the statistics are computed from. Only the columns the tables need are read: encrypted
/// columns (names, aliases, circumstances) are never selected, so they are never decrypted for a statistic.
/// </summary>
public sealed class StatisticsSource(AppDbContext db)
{
    private static readonly DateTimeZone Brussels = DateTimeZoneProviders.Tzdb["Europe/Brussels"];

    /// <summary>The reference year of an event is the calendar year in Belgium, whatever the server's zone.</summary>
    public static LocalDate DateOf(Instant instant) => instant.InZone(Brussels).Date;

    /// <summary>Every fact dated up to the end of <paramref name="lastYear"/>; procedures are evaluated as of <paramref name="asOf"/>.</summary>
    public async Task<StatisticsFacts> LoadAsync(int lastYear, LocalDate asOf, CancellationToken ct)
    {
        // In UTC: PostgreSQL's timestamptz takes no other offset.
        var end = new LocalDate(lastYear + 1, 1, 1).AtStartOfDayInZone(Brussels).ToInstant().ToDateTimeOffset();
        var organisations = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Kind, o.JudicialDistrict }).ToDictionaryAsync(o => o.Id, ct);
        var kinds = organisations.ToDictionary(o => o.Key, o => o.Value.Kind);

        // A join rather than a navigation: SQLite cannot run the lateral join a projection through the collection needs.
        // Rows are mapped as they arrive (never held as a list): at a million persons, rows kept alive until the end of
        // the read were most of the garbage collector's work.
        var persons = db.Signals.AsNoTracking()
            .Where(s => s.DetectedAt < end)
            .Join(db.Set<Detection.SignalPerson>().AsNoTracking(), s => s.Id, p => p.SignalId, (s, p) => new
            {
                p.CaseId, SignalId = s.Id, s.DetectedAt, s.JudicialDistrict, s.DetectingOrganisationId, p.Gender, p.BirthDate, p.EstimatedAge, p.IsMinor,
                p.Nationalities, p.SuspectedExploitation,
            })
            .AsAsyncEnumerable();
        // A million persons share a few hundred lists of nationalities and of purposes: each distinct text is read once.
        var citizenships = new Dictionary<string, (string? First, EurostatCitizenshipGroup Group)>(StringComparer.Ordinal);
        var purposes = new Dictionary<string, ExploitationPurpose[]>(StringComparer.Ordinal);
        var districts = new Dictionary<string, string>(StringComparer.Ordinal);
        var signals = new List<SignalFact>();
        var detectedAt = new Dictionary<Guid, Instant>();
        await foreach (var p in persons.WithCancellation(ct))
        {
            var at = Instant.FromDateTimeOffset(p.DetectedAt);
            var on = DateOf(at);
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

        var referrals = (await db.Referrals.AsNoTracking()
                .Where(r => r.SentAt < end && r.Status != ReferralStatus.Cancelled)
                .Select(r => new { r.CaseId, r.SentAt, r.AcknowledgedAt, r.Centre, r.SignalId })
                .ToListAsync(ct))
            .Select(r =>
            {
                var sent = Instant.FromDateTimeOffset(r.SentAt);
                return new ReferralFact(r.CaseId, sent, DateOf(sent), r.AcknowledgedAt is { } a ? Instant.FromDateTimeOffset(a) : null, r.Centre,
                    detectedAt.TryGetValue(r.SignalId, out var detected) ? detected : null);
            }).ToList();

        // One row per procedure: its milestones are kept with it (written with each event). A row whose milestones an
        // older version computed, or none, is evaluated from its events here, as every row once was.
        var procedures = db.Procedures.AsNoTracking()
            .Select(p => new
            {
                p.Id, p.CaseId, p.CentreId, p.OpenedOn, p.IsThirdCountryNational, p.IsUnaccompaniedMinor, p.MilestonesVersion,
                p.ReflectionStartOn, p.IdentifiedOn, p.FirstACardOn, p.BCardOn, p.ExitOn, p.ExitReason, p.DocumentHistory,
            })
            .AsAsyncEnumerable();
        var procedureFacts = new List<ProcedureFact?>();
        var stale = new List<(int Index, Guid Id, Guid CaseId, Guid CentreId, ProcedureOpened Opened)>();
        await foreach (var p in procedures.WithCancellation(ct))
        {
            if (p.MilestonesVersion == ProcedureMilestones.Version)
            {
                procedureFacts.Add(new ProcedureFact(p.CaseId, CentreDirectory.CentreFor(p.CentreId), new ProcedureMilestones(
                    p.ReflectionStartOn, p.IdentifiedOn, p.FirstACardOn, p.BCardOn, p.ExitOn, p.ExitReason, ProcedureMilestones.Decode(p.DocumentHistory))));
            }
            else
            {
                stale.Add((procedureFacts.Count, p.Id, p.CaseId, p.CentreId, new ProcedureOpened(p.OpenedOn, p.IsThirdCountryNational, p.IsUnaccompaniedMinor)));
                procedureFacts.Add(null);
            }
        }

        if (stale.Count > 0)
        {
            var events = (await ReadEventsAsync([.. stale.Select(p => p.Id)], procedureFacts.Count, ct)).ToLookup(e => e.ProcedureId);
            foreach (var p in stale)
            {
                procedureFacts[p.Index] = new ProcedureFact(p.CaseId, CentreDirectory.CentreFor(p.CentreId),
                    ProcedureMilestones.Of(ProcedureEventMapping.History(p.Opened, events[p.Id]), asOf));
            }
        }

        // Support cases opened up to the year's end: dates and centre only (plans, notes and shelters are never read here).
        var lastDay = new LocalDate(lastYear, 12, 31);
        var support = (await db.SupportCases.AsNoTracking().Where(s => s.OpenedOn <= lastDay)
                .Select(s => new { s.CaseId, s.CentreId, s.OpenedOn, s.ClosedOn }).ToListAsync(ct))
            .Select(s => new SupportFact(s.CaseId, CentreDirectory.CentreFor(s.CentreId), s.OpenedOn, s.ClosedOn))
            .ToList();
        return new StatisticsFacts(signals, referrals, [.. procedureFacts.OfType<ProcedureFact>()],
            await ProceedingsAsync(lastYear, organisations.ToDictionary(o => o.Key, o => o.Value.JudicialDistrict), ct), support);
    }

    /// <summary>The events of the procedures to evaluate: by identifier for a few, all at once when most are.</summary>
    private async Task<List<ProcedureEventRecord>> ReadEventsAsync(List<Guid> procedures, int all, CancellationToken ct)
    {
        if (procedures.Count * 2 > all)
        {
            return await db.Set<ProcedureEventRecord>().AsNoTracking().ToListAsync(ct);
        }

        var events = new List<ProcedureEventRecord>();
        foreach (var chunk in procedures.Chunk(500))
        {
            events.AddRange(await db.Set<ProcedureEventRecord>().AsNoTracking().Where(e => chunk.Contains(e.ProcedureId)).ToListAsync(ct));
        }

        return events;
    }

    /// <summary>
    /// The criminal cases opened up to the end of <paramref name="lastYear"/>, with their acts to that day and their
    /// victims' files. The register stores only acts it accepted (it checks each before it is appended), so the rows
    /// are counted as they are, as the case-law chapter counts them. The reopening's new evidence is free text kept
    /// encrypted: it is not selected, and stands empty in the history.
    /// </summary>
    private async Task<List<ProceedingsFact>> ProceedingsAsync(int lastYear, Dictionary<Guid, string?> districts, CancellationToken ct)
    {
        var end = new LocalDate(lastYear, 12, 31);
        var cases = await db.CriminalProceedings.AsNoTracking().Where(p => p.OpenedOn <= end).Select(p => new { p.Id, p.OfficeId, p.OpenedOn }).ToListAsync(ct);
        var acts = (await db.CriminalProceedingsEvents.AsNoTracking()
                .Where(e => e.Date <= end)
                .Select(e => new { e.ProceedingsId, e.Sequence, e.Kind, e.Date, e.Route, e.IncludesTrafficking, e.Outcome, e.Exploitation, e.TraffickingRetained, e.Reason, e.TimeBarredOn })
                .ToListAsync(ct))
            .ToLookup(e => e.ProceedingsId);
        var victims = (await db.VictimLinks.AsNoTracking().Select(l => new { l.ProceedingsId, l.CaseId, l.LinkedAt, l.Id }).ToListAsync(ct))
            .ToLookup(l => l.ProceedingsId);
        return
        [
            .. cases.Select(c => new ProceedingsFact(
                c.Id,
                districts.GetValueOrDefault(c.OfficeId),
                [
                    new InvestigationOpened(c.OpenedOn),
                    .. acts[c.Id].OrderBy(e => e.Sequence).Select(e => e.Kind switch
                    {
                        ProceedingsEventKind.InvestigationOpened => new InvestigationOpened(e.Date),
                        ProceedingsEventKind.JudicialInvestigationOpened => new JudicialInvestigationOpened(e.Date),
                        ProceedingsEventKind.ChargesBrought => new ChargesBrought(e.Date, e.Route!.Value, e.IncludesTrafficking!.Value),
                        ProceedingsEventKind.TrialOpened => new TrialOpened(e.Date),
                        ProceedingsEventKind.JudgmentDelivered => new JudgmentDelivered(e.Date, e.Outcome!.Value, e.Exploitation!.Value, e.TraffickingRetained!.Value),
                        ProceedingsEventKind.AppealLodged => new AppealLodged(e.Date),
                        ProceedingsEventKind.BecameFinal => new BecameFinal(e.Date),
                        ProceedingsEventKind.CaseDismissed => new CaseDismissed(e.Date, e.Reason!.Value),
                        ProceedingsEventKind.CaseReopened => (ProceedingsEvent)new CaseReopened(e.Date, string.Empty, e.TimeBarredOn!.Value),
                    }),
                ],
                // Sorted in memory: the order of linking, the same on both providers.
                [.. victims[c.Id].OrderBy(l => l.LinkedAt).ThenBy(l => l.Id).Select(l => l.CaseId)])),
        ];
    }

    private static List<string> Split(string value) =>
        [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
