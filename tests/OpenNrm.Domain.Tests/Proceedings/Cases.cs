using NodaTime;
using OpenNrm.Domain.Proceedings;
using static OpenNrm.Domain.Proceedings.CriminalProceedingsStatus;

namespace OpenNrm.Domain.Tests.Proceedings;

/// <summary>The acts a test can propose, so that table rows stay readable and serialisable.</summary>
public enum Act
{
    Open,
    JudicialInvestigation,
    Referral,
    Summons,
    Trial,
    Judgment,
    Appeal,
    Final,
    Dismissal,
    Reopening,
}

/// <summary>
/// One case on fixed dates, cut at each status, so a test adds only the acts it is about and its dates can be
/// checked by hand.
/// </summary>
internal static class Cases
{
    public const string Office = "PDK-BRUSSEL";
    public const string Notice = "BR.12.L1.012345/22";
    public const string Magistrate = "magistrate-a";

    public static readonly LocalDate Today = new(2030, 1, 1);
    public static readonly LocalDate OpenedOn = new(2022, 3, 1);

    public static CriminalProceedings Opened(LocalDate? on = null) =>
        ProceedingsRegister.Open(Office, Notice, on ?? OpenedOn, Magistrate, Today).Value!;

    public static CriminalProceedings In(CriminalProceedingsStatus status) => status switch
    {
        PreliminaryInvestigation => Opened(),
        JudicialInvestigation => Opened().Then(new JudicialInvestigationOpened(new(2022, 5, 1))),
        ChargesWithTrafficking => In(JudicialInvestigation)
            .Then(new ChargesBrought(new(2023, 6, 1), ChargeRoute.CouncilChamberReferral, IncludesTrafficking: true)),
        ChargesWithoutTrafficking => Opened()
            .Then(new ChargesBrought(new(2022, 9, 1), ChargeRoute.DirectSummons, IncludesTrafficking: false)),
        Trial => In(ChargesWithTrafficking).Then(new TrialOpened(new(2023, 10, 2))),
        Judgment => In(Trial).Then(Convicted(new(2024, 1, 15))),
        Appeal => In(Judgment).Then(new AppealLodged(new(2024, 2, 1))),
        Final => In(Judgment).Then(new BecameFinal(new(2024, 2, 20))),
        Dismissed => Opened().Then(new CaseDismissed(new(2022, 12, 1), DismissalReason.PerpetratorUnknown)),
    };

    public static JudgmentDelivered Convicted(LocalDate on, bool trafficking = true) =>
        new(on, JudgmentOutcome.Conviction, ExploitationCategory.SexualExploitation, trafficking);

    public static ProceedingsEvent Proposal(Act act, LocalDate on) => act switch
    {
        Act.Open => new InvestigationOpened(on),
        Act.JudicialInvestigation => new JudicialInvestigationOpened(on),
        Act.Referral => new ChargesBrought(on, ChargeRoute.CouncilChamberReferral, IncludesTrafficking: true),
        Act.Summons => new ChargesBrought(on, ChargeRoute.DirectSummons, IncludesTrafficking: false),
        Act.Trial => new TrialOpened(on),
        Act.Judgment => Convicted(on),
        Act.Appeal => new AppealLodged(on),
        Act.Final => new BecameFinal(on),
        Act.Dismissal => new CaseDismissed(on, DismissalReason.InsufficientEvidence),
        Act.Reopening => new CaseReopened(on, "A second victim identified the suspect", TimeBarredOn: new(2032, 3, 1)),
    };

    public static CriminalProceedings Then(this CriminalProceedings proceedings, ProceedingsEvent next)
    {
        var outcome = ProceedingsRegister.Record(proceedings, next, Today);
        Assert.True(outcome.IsAccepted, string.Join("; ", outcome.Refusals.Select(r => r.Explanation)));
        return outcome.Value!;
    }

    public static ProceedingsRefusalCode[] Codes(this IEnumerable<ProceedingsRefusal> refusals) =>
        [.. refusals.Select(r => r.Code)];
}
