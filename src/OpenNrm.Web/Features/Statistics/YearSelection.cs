using NodaTime;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>
/// Who counts in each indicator of a year, as the catalogue defines it: distinct files, each placed by its first
/// counted event of the year. A judicial district keeps the persons whose first signal was in that district.
/// </summary>
public sealed class YearSelection(StatisticsFacts facts, int year, string? district)
{
    public IReadOnlyList<CountedPerson> Detected() => InDistrict(facts.Signals
        .Where(s => s.DetectedOn.Year == year)
        .GroupBy(s => s.CaseId)
        .Select(g => g.OrderBy(s => s.DetectedAt).First())
        // Placed by the year's first signal, as the definition says: its district, its service, its description.
        .Select(s => new CountedPerson(s.CaseId, s.DetectedOn, s.Profile, s.JudicialDistrict,
            Organisation: s.DetectingKind?.ToString() ?? StatisticsLabels.NotRecordedCode)));

    public IReadOnlyList<CountedPerson> Referred() => InDistrict(facts.Referrals
        .Where(r => r.SentOn.Year == year)
        .GroupBy(r => r.CaseId)
        .Select(g => g.OrderBy(r => r.SentAt).First())
        .Select(r => Person(r.CaseId, r.SentOn) with { Centre = r.Centre.ToString() }));

    /// <summary>
    /// Persons supported by a centre on at least one day of the year, new or followed from earlier years, once each,
    /// placed by the first support case that ran in the year (its centre), on the first day of the year it ran
    /// (ages are taken on that day).
    /// </summary>
    public IReadOnlyList<CountedPerson> Assisted()
    {
        var (first, last) = (new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        return InDistrict(facts.Support
            .Where(s => s.OpenedOn <= last && (s.ClosedOn is null || s.ClosedOn >= first))
            .GroupBy(s => s.CaseId)
            .Select(g => g.OrderBy(s => s.OpenedOn).First())
            .Select(s => Person(s.CaseId, LocalDate.Max(s.OpenedOn, first)) with
            {
                Centre = s.Centre?.ToString() ?? StatisticsLabels.NotRecordedCode,
            }));
    }

    public IReadOnlyList<CountedPerson> EnteringProcedure() => ByMilestone(m => m.ReflectionStart);

    public IReadOnlyList<CountedPerson> Identified() => ByMilestone(m => m.IdentifiedOn);

    public IReadOnlyList<CountedPerson> FirstACard() => ByMilestone(m => m.FirstACardOn);

    public IReadOnlyList<CountedPerson> PermanentPermits() => ByMilestone(m => m.BCardOn);

    public IReadOnlyList<CountedPerson> Exits() => ByMilestone(m => m.ExitOn);

    /// <summary>Eurostat's registered victims: presumed (entered the procedure) or identified in the year, once each.</summary>
    public IReadOnlyList<CountedPerson> Registered() =>
    [
        .. EnteringProcedure().Concat(Identified()).GroupBy(p => p.CaseId).Select(g => g.OrderBy(p => p.On).First()),
    ];

    /// <summary>
    /// Every criminal case with what it counts for in the year; a judicial district keeps the cases of its offices
    /// (a case counts where it is prosecuted, as the case-law chapter does).
    /// </summary>
    public IReadOnlyList<CountedCase> Cases() => facts.Proceedings
        .Where(p => district is null || p.District == district)
        .Select(p => (Case: p, Year: Domain.Statistics.ProceedingsCounts.Of(p.History, year)))
        .Where(x => !x.Year.CountsForNothing)
        .Select(x => new CountedCase(x.Case.Id, x.Case.District, x.Year, MainExploitation(x.Case)))
        .ToList();

    /// <summary>The victims of the cases opened in the year, each placed by the earliest of those cases (its opening day).</summary>
    public IReadOnlyList<CountedPerson> VictimsInProceedings() => InDistrict(facts.Proceedings
        .Where(p => p.History[0].Date.Year == year)
        .SelectMany(p => p.Victims.Select(v => (Victim: v, On: p.History[0].Date)))
        .GroupBy(x => x.Victim)
        .Select(g => Person(g.Key, g.Min(x => x.On))));

    public IReadOnlyList<CountedDocument> Documents() => facts.Procedures
        .Where(p => InDistrict(p.CaseId))
        .SelectMany(p => p.Milestones.Documents.Where(d => d.On.Year == year)
            .Select(d => new CountedDocument(p.CaseId, d, facts.ProfileOf(p.CaseId), facts.DistrictOf(p.CaseId))))
        .ToList();

    /// <summary>From the detection to the centre's acknowledgement, for the first referral of each person acknowledged in the year.</summary>
    public IReadOnlyList<Duration> DetectionToAcknowledgement() => facts.Referrals
        .Where(r => r.AcknowledgedAt is { } at && StatisticsSource.DateOf(at).Year == year && r.DetectedAt is not null && InDistrict(r.CaseId))
        .GroupBy(r => r.CaseId)
        .Select(g => g.OrderBy(r => r.AcknowledgedAt).First())
        .Select(r => r.AcknowledgedAt!.Value - r.DetectedAt!.Value)
        .Where(d => d >= Duration.Zero)
        .ToList();

    /// <summary>Whole days from the start of reflection to identification, for persons identified in the year.</summary>
    public IReadOnlyList<int> ReflectionToIdentificationDays() => facts.Procedures
        .Where(p => p.Milestones is { IdentifiedOn: { } identified, ReflectionStart: { } start } && identified.Year == year && start <= identified
                    && InDistrict(p.CaseId))
        .GroupBy(p => p.CaseId)
        .Select(g => g.First().Milestones)
        .Select(m => Period.DaysBetween(m.ReflectionStart!.Value, m.IdentifiedOn!.Value))
        .ToList();

    private List<CountedPerson> ByMilestone(Func<ProcedureMilestones, LocalDate?> dateOf) => InDistrict(facts.Procedures
        .Select(p => (Procedure: p, On: dateOf(p.Milestones)))
        .Where(x => x.On?.Year == year)
        .GroupBy(x => x.Procedure.CaseId)
        .Select(g => g.OrderBy(x => x.On).First())
        .Select(x => Person(x.Procedure.CaseId, x.On!.Value) with
        {
            Centre = x.Procedure.Centre?.ToString() ?? StatisticsLabels.NotRecordedCode,
            Exit = x.Procedure.Milestones.ExitReason,
        }));

    /// <summary>
    /// The register records no form of exploitation before a judgment, so a case is placed by its victims: the main
    /// purpose recorded on the first signal of the first file linked to it. A case without a victim is "not recorded".
    /// </summary>
    private ExploitationGroup MainExploitation(ProceedingsFact proceedings) =>
        proceedings.Victims.Count == 0 ? ExploitationGroup.NotRecorded : Breakdowns.Exploitation(facts.ProfileOf(proceedings.Victims[0]));

    private CountedPerson Person(Guid caseId, LocalDate on) => new(caseId, on, facts.ProfileOf(caseId), facts.DistrictOf(caseId));

    private List<CountedPerson> InDistrict(IEnumerable<CountedPerson> persons) =>
        [.. persons.Where(p => district is null || p.District == district)];

    private bool InDistrict(Guid caseId) => district is null || facts.DistrictOf(caseId) == district;
}
