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

    /// <summary>
    /// Every fact dated up to the end of <paramref name="lastYear"/>, except referrals neither sent nor acknowledged
    /// from <paramref name="firstYear"/> on (the tables count referrals by those two years only); procedures are
    /// evaluated as of <paramref name="asOf"/>. Signals are read from the start, for each file's first signal.
    /// </summary>
    public async Task<StatisticsFacts> LoadAsync(int firstYear, int lastYear, LocalDate asOf, CancellationToken ct)
    {
        // In UTC: PostgreSQL's timestamptz takes no other offset.
        var start = StartOf(firstYear);
        var end = StartOf(lastYear + 1);
        var organisations = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Kind, o.JudicialDistrict }).ToDictionaryAsync(o => o.Id, ct);
        var kinds = organisations.ToDictionary(o => o.Key, o => o.Value.Kind);

        // One after the other on one connection: read side by side on three, they took as long on two cores.
        var (signals, detectedAt) = await SignalFactsReader.ReadAsync(db, end, kinds, ct);
        var referrals = (await db.Referrals.AsNoTracking()
                .Where(r => r.SentAt < end && (r.SentAt >= start || r.AcknowledgedAt >= start) && r.Status != ReferralStatus.Cancelled)
                .Select(r => new { r.CaseId, r.SentAt, r.AcknowledgedAt, r.Centre, r.SignalId })
                .ToListAsync(ct))
            .Select(r =>
            {
                var sent = Instant.FromDateTimeOffset(r.SentAt);
                return new ReferralFact(r.CaseId, sent, DateOf(sent), r.AcknowledgedAt is { } a ? Instant.FromDateTimeOffset(a) : null, r.Centre,
                    detectedAt.TryGetValue(r.SignalId, out var detected) ? detected : null);
            }).ToList();
        var procedureFacts = await ProcedureFactsReader.ReadAsync(db, asOf, ct);

        // Support cases opened up to the year's end: dates and centre only (plans, notes and shelters are never read here).
        var lastDay = new LocalDate(lastYear, 12, 31);
        var support = (await db.SupportCases.AsNoTracking().Where(s => s.OpenedOn <= lastDay)
                .Select(s => new { s.CaseId, s.CentreId, s.OpenedOn, s.ClosedOn }).ToListAsync(ct))
            .Select(s => new SupportFact(s.CaseId, CentreDirectory.CentreFor(s.CentreId), s.OpenedOn, s.ClosedOn))
            .ToList();
        return new StatisticsFacts(signals, referrals, procedureFacts,
            await ProceedingsAsync(lastYear, organisations.ToDictionary(o => o.Key, o => o.Value.JudicialDistrict), ct), support)
        {
            ReferralsFrom = firstYear,
        };
    }

    private static DateTimeOffset StartOf(int year) => new LocalDate(year, 1, 1).AtStartOfDayInZone(Brussels).ToInstant().ToDateTimeOffset();

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
}
