using NodaTime;
using OpenNrm.Domain.Proceedings;

namespace OpenNrm.Tests.Infrastructure;

/// <summary>One recorded criminal case: the office (reference data code), the opening, the acts after it and its victims (indexes into the victims).</summary>
public sealed record DatasetCase(string Office, LocalDate Opened, ProceedingsEvent[] Acts, int[] Victims);

/// <summary>A victim of the dataset, as the detecting officer recorded the person.</summary>
public sealed record DatasetVictim(bool Woman, int Age, string Nationality, Domain.Detection.ExploitationPurpose Purpose, string PostalCode, string Organisation);

/// <summary>
/// A small register for the proceedings indicators of 2003, with every figure counted by hand in the comments, so the
/// calculator's tests and the tests through the real host count the same records.
/// </summary>
public static class ProceedingsDataset
{
    public const int Year = 2003;

    /// <summary>Six women (sexual exploitation, Nigerian, 30) detected in Brussels and two men (labour, Moroccan, 40) in Antwerp, all in 2002.</summary>
    public static IReadOnlyList<DatasetVictim> Victims { get; } =
    [
        .. Enumerable.Repeat(new DatasetVictim(true, 30, "NG", Domain.Detection.ExploitationPurpose.SexualExploitation, "1000", "POL-ZP-BXL-IXL"), 6),
        .. Enumerable.Repeat(new DatasetVictim(false, 40, "MA", Domain.Detection.ExploitationPurpose.LabourExploitation, "2000", "POL-ZP-ANTWERPEN"), 2),
    ];

    public static LocalDate DetectedOn { get; } = new(2002, 3, 1);

    /// <summary>
    /// Opened in 2003: C1, C2, C3, C4, C5 (Brussels) and C7 (Antwerp): 6; by exploitation sexual 4 (C1-C4, their first
    /// victims are women), labour 1 (C7), not recorded 1 (C5 has no victim). Victims of the cases opened in 2003: the
    /// six women and the two men (C7): 8, the woman linked to C1 and C4 once. Charged in 2003: C1 and C7 with
    /// trafficking by the council chamber, C2 with trafficking by summons, C4 without trafficking by summons: 4 (C6
    /// was charged in 2002). Dismissed in 2003: C3 (insufficient evidence; dismissed again after a reopening, counted
    /// once) and C5 (not opportune): 2. Judgments of conviction in 2003: C1 (first instance), C2's partial
    /// conviction and C2's conviction on appeal, all finding trafficking proven: 3 (C6's acquittal is no conviction).
    /// C8 is opened in 2004 and counts for nothing in 2003.
    /// </summary>
    public static IReadOnlyList<DatasetCase> Cases { get; } =
    [
        new("PROS-BXL", new(2003, 2, 1),
        [
            new JudicialInvestigationOpened(new(2003, 3, 1)),
            new ChargesBrought(new(2003, 9, 1), ChargeRoute.CouncilChamberReferral, IncludesTrafficking: true),
            new TrialOpened(new(2003, 10, 1)),
            new JudgmentDelivered(new(2003, 11, 15), JudgmentOutcome.Conviction, ExploitationCategory.SexualExploitation, TraffickingRetained: true),
        ], [0, 1]),
        new("PROS-BXL", new(2003, 2, 10),
        [
            new ChargesBrought(new(2003, 5, 1), ChargeRoute.DirectSummons, IncludesTrafficking: true),
            new TrialOpened(new(2003, 6, 1)),
            new JudgmentDelivered(new(2003, 7, 1), JudgmentOutcome.Partial, ExploitationCategory.SexualExploitation, TraffickingRetained: true),
            new AppealLodged(new(2003, 7, 20)),
            new JudgmentDelivered(new(2003, 12, 1), JudgmentOutcome.Conviction, ExploitationCategory.SexualExploitation, TraffickingRetained: true),
        ], [2]),
        new("PROS-BXL", new(2003, 3, 1),
        [
            new CaseDismissed(new(2003, 6, 1), DismissalReason.InsufficientEvidence),
            new CaseReopened(new(2003, 8, 1), "A second witness came forward", TimeBarredOn: new(2010, 1, 1)),
            new CaseDismissed(new(2003, 10, 1), DismissalReason.PerpetratorUnknown),
        ], [3]),
        new("PROS-BXL", new(2003, 4, 1), [new ChargesBrought(new(2003, 6, 15), ChargeRoute.DirectSummons, IncludesTrafficking: false)], [4, 5, 0]),
        new("PROS-BXL", new(2003, 5, 1), [new CaseDismissed(new(2003, 7, 1), DismissalReason.ProsecutionNotOpportune)], []),
        new("PROS-BXL", new(2002, 6, 1),
        [
            new ChargesBrought(new(2002, 12, 1), ChargeRoute.DirectSummons, IncludesTrafficking: true),
            new TrialOpened(new(2003, 1, 10)),
            new JudgmentDelivered(new(2003, 2, 1), JudgmentOutcome.Acquittal, ExploitationCategory.EconomicExploitation, TraffickingRetained: false),
        ], [6]),
        new("PROS-ANT", new(2003, 6, 1),
        [
            new JudicialInvestigationOpened(new(2003, 7, 1)),
            new ChargesBrought(new(2003, 11, 1), ChargeRoute.CouncilChamberReferral, IncludesTrafficking: true),
        ], [6, 7]),
        new("PROS-ANT", new(2004, 1, 10), [], [7]),
    ];

    /// <summary>The case as the register builds it: every act checked by the register's rules, so the dataset is a lawful history.</summary>
    public static CriminalProceedings Lawful(DatasetCase c, string officeId, string notice)
    {
        var today = new LocalDate(2025, 1, 1);
        var state = ProceedingsRegister.Open(officeId, notice, c.Opened, "magistrate", today).Value
            ?? throw new InvalidOperationException($"The register refused to open {notice}");
        foreach (var act in c.Acts)
        {
            var next = ProceedingsRegister.Record(state, act, today);
            state = next.Value ?? throw new InvalidOperationException($"The register refused {act}: {string.Join("; ", next.Refusals.Select(r => r.Explanation))}");
        }

        return state;
    }
}
