using System.Runtime.InteropServices;
using NodaTime;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>
/// Who counts in each indicator of a year, as the catalogue defines it: distinct files, each placed by its first
/// counted event of the year. A judicial district keeps the persons whose first signal was in that district.
/// </summary>
public sealed class YearSelection(StatisticsFacts facts, int year, string? district)
{
    public IReadOnlyList<CountedPerson> Detected() => InDistrict(EarliestPerFile(facts.SignalsIn(year), s => s.CaseId, s => s.DetectedAt)
        // Placed by the year's first signal, as the definition says: its district, its service, its description.
        .Select(s => new CountedPerson(s.CaseId, s.DetectedOn, s.Profile, s.JudicialDistrict,
            Organisation: s.DetectingKind?.ToString() ?? StatisticsLabels.NotRecordedCode)));

    public IReadOnlyList<CountedPerson> Referred() => InDistrict(EarliestPerFile(facts.ReferralsSentIn(year), r => r.CaseId, r => r.SentAt)
        .Select(r => Person(r.CaseId, r.SentOn, r.Centre.ToString())));

    /// <summary>
    /// Persons supported by a centre on at least one day of the year, new or followed from earlier years, once each,
    /// placed by the first support case that ran in the year (its centre), on the first day of the year it ran
    /// (ages are taken on that day).
    /// </summary>
    public IReadOnlyList<CountedPerson> Assisted()
    {
        var (first, last) = (new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        return InDistrict(EarliestPerFile(facts.Support.Where(s => s.OpenedOn <= last && (s.ClosedOn is null || s.ClosedOn >= first)), s => s.CaseId, s => s.OpenedOn)
            .Select(s => Person(s.CaseId, LocalDate.Max(s.OpenedOn, first), s.Centre?.ToString() ?? StatisticsLabels.NotRecordedCode)));
    }

    public IReadOnlyList<CountedPerson> EnteringProcedure() => ByMilestone(ProcedureMilestone.ReflectionStart);

    public IReadOnlyList<CountedPerson> Identified() => ByMilestone(ProcedureMilestone.Identified);

    public IReadOnlyList<CountedPerson> FirstACard() => ByMilestone(ProcedureMilestone.FirstACard);

    public IReadOnlyList<CountedPerson> PermanentPermits() => ByMilestone(ProcedureMilestone.BCard);

    public IReadOnlyList<CountedPerson> Exits() => ByMilestone(ProcedureMilestone.Exit);

    /// <summary>Eurostat's registered victims: presumed (entered the procedure) or identified in the year, once each.</summary>
    public IReadOnlyList<CountedPerson> Registered() =>
    [
        .. EarliestPerFile(EnteringProcedure().Concat(Identified()), p => p.CaseId, p => p.On),
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
    public IReadOnlyList<CountedPerson> VictimsInProceedings() => InDistrict(EarliestPerFile(facts.Proceedings
            .Where(p => p.History[0].Date.Year == year)
            .SelectMany(p => p.Victims.Select(v => (Victim: v, On: p.History[0].Date))), x => x.Victim, x => x.On)
        .Select(x => Person(x.Victim, x.On)));

    public IReadOnlyList<CountedDocument> Documents() => facts.DocumentsIn(year)
        .Where(x => InDistrict(x.Procedure.CaseId))
        .Select(x => Document(x.Procedure.CaseId, x.Document))
        .ToList();

    /// <summary>From the detection to the centre's acknowledgement, for the first referral of each person acknowledged in the year.</summary>
    public IReadOnlyList<Duration> DetectionToAcknowledgement() => EarliestPerFile(
            facts.ReferralsAcknowledgedIn(year).Where(r => r.DetectedAt is not null && InDistrict(r.CaseId)), r => r.CaseId, r => r.AcknowledgedAt!.Value)
        .Select(r => r.AcknowledgedAt!.Value - r.DetectedAt!.Value)
        .Where(d => d >= Duration.Zero)
        .ToList();

    /// <summary>Whole days from the start of reflection to identification, for persons identified in the year.</summary>
    public IReadOnlyList<int> ReflectionToIdentificationDays() => facts.ProceduresReaching(ProcedureMilestone.Identified, year)
        .Where(p => p.Milestones is { IdentifiedOn: { } identified, ReflectionStart: { } start } && start <= identified
                    && InDistrict(p.CaseId))
        .GroupBy(p => p.CaseId)
        .Select(g => g.First().Milestones)
        .Select(m => Period.DaysBetween(m.ReflectionStart!.Value, m.IdentifiedOn!.Value))
        .ToList();

    // Every procedure listed has reached the milestone in the year, so its date is there.
    private List<CountedPerson> ByMilestone(ProcedureMilestone milestone) => InDistrict(EarliestPerFile(
            facts.ProceduresReaching(milestone, year).Select(p => (Procedure: p, On: milestone.DateIn(p.Milestones)!.Value)), x => x.Procedure.CaseId, x => x.On)
        .Select(x => Person(x.Procedure.CaseId, x.On, x.Procedure.Centre?.ToString() ?? StatisticsLabels.NotRecordedCode, x.Procedure.Milestones.ExitReason)));

    /// <summary>
    /// The register records no form of exploitation before a judgment, so a case is placed by its victims: the main
    /// purpose recorded on the first signal of the first file linked to it. A case without a victim is "not recorded".
    /// </summary>
    private ExploitationGroup MainExploitation(ProceedingsFact proceedings) =>
        proceedings.Victims.Count == 0 ? ExploitationGroup.NotRecorded : Breakdowns.Exploitation(facts.ProfileOf(proceedings.Victims[0]));

    private CountedPerson Person(Guid caseId, LocalDate on, string centre = StatisticsLabels.NotRecordedCode, Domain.Residence.ExitReason? exit = null)
    {
        var (profile, district) = facts.PersonOf(caseId);
        return new(caseId, on, profile, district, Centre: centre, Exit: exit);
    }

    private CountedDocument Document(Guid caseId, DocumentEvent document)
    {
        var (profile, district) = facts.PersonOf(caseId);
        return new(caseId, document, profile, district);
    }

    /// <summary>
    /// Each file once, by its earliest item (the first listed on a tie), in the order the files first appear: what
    /// <c>GroupBy</c> then <c>MinBy</c> give, without a group for every file (a hundred thousand files a year).
    /// </summary>
    private static IEnumerable<T> EarliestPerFile<T, TOrder>(IEnumerable<T> items, Func<T, Guid> fileOf, Func<T, TOrder> orderOf)
        where TOrder : IComparable<TOrder>
    {
        // Values replaced in place keep their entry's position: a dictionary without removals enumerates in insertion order.
        var earliest = new Dictionary<Guid, (T Item, TOrder Order)>();
        foreach (var item in items)
        {
            var order = orderOf(item);
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(earliest, fileOf(item), out var exists);
            if (!exists || order.CompareTo(slot.Order) < 0)
            {
                slot = (item, order);
            }
        }

        return earliest.Values.Select(v => v.Item);
    }

    private List<CountedPerson> InDistrict(IEnumerable<CountedPerson> persons) =>
        [.. persons.Where(p => district is null || p.District == district)];

    private bool InDistrict(Guid caseId) => district is null || facts.DistrictOf(caseId) == district;
}
