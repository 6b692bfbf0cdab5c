using OpenNrm.Domain.Proceedings;
using static OpenNrm.Domain.Proceedings.CriminalProceedingsStatus;
using static OpenNrm.Domain.Proceedings.ProceedingsRefusalCode;
using static OpenNrm.Domain.Tests.Proceedings.Cases;

namespace OpenNrm.Domain.Tests.Proceedings;

public sealed class CompensationTests
{
    private const string CivilAward = "Preliminary Title of the Code of Criminal Procedure art. 4; Code of Criminal Procedure art. 195";
    private const string CivilParty = "Code of Criminal Procedure art. 63 and 66";

    private const VictimRoles Party = VictimRoles.Complainant | VictimRoles.CivilParty;
    private const VictimRoles NoParty = VictimRoles.Complainant | VictimRoles.Witness;

    public static TheoryData<VictimRoles, long, long, long, ProceedingsRefusalCode[]> Amounts => new()
    {
        { Party, 0, 0, 0, [] },
        { Party, 2_500_000, 1_000_000, 0, [] },
        { Party, 2_500_000, 1_000_000, 400_000, [] },
        { Party, 2_500_000, 1_000_000, 1_000_000, [] },
        // The court may award more or less than claimed; only payment is capped, by the award.
        { Party, 500_000, 1_000_000, 0, [] },
        { Party, 2_500_000, 1_000_000, 1_000_001, [PaidMoreThanAwarded] },
        { Party, 0, 0, 1, [PaidMoreThanAwarded] },
        { Party, -1, 0, 0, [NegativeAmount] },
        { Party, 0, -5, -5, [NegativeAmount, NegativeAmount] },
        { Party, 0, 100, -1, [NegativeAmount] },
        // A complainant or witness may state a claim, but only a civil party is awarded damages.
        { NoParty, 2_500_000, 0, 0, [] },
        { NoParty, 2_500_000, 1_000_000, 0, [NotCivilParty] },
        { VictimRoles.None, 0, 1, 2, [PaidMoreThanAwarded, NotCivilParty] },
    };

    [Theory]
    [MemberData(nameof(Amounts))]
    public void Amounts_are_non_negative_paid_within_the_award_and_awarded_to_civil_parties(
        VictimRoles roles, long claimed, long awarded, long paid, ProceedingsRefusalCode[] expected)
    {
        var judged = In(Judgment);
        var link = VictimLinks.Link("victim-1", judged, roles);

        var outcome = VictimLinks.RecordCompensation(link, judged, new(claimed, awarded, paid));

        Assert.Equal(expected, outcome.Refusals.Codes());
        Assert.All(outcome.Refusals, r => Assert.Equal(r.Code == NotCivilParty ? CivilParty : CivilAward, r.Basis.Citation));
        Assert.Equal(expected.Length == 0, outcome.Value is not null);
    }

    public static TheoryData<JudgmentOutcome?, bool> Judgments => new()
    {
        { null, false },
        { JudgmentOutcome.Conviction, true },
        { JudgmentOutcome.Partial, true },
        { JudgmentOutcome.Acquittal, false },
    };

    [Theory]
    [MemberData(nameof(Judgments))]
    public void Damages_are_awarded_only_after_a_conviction_in_full_or_in_part(JudgmentOutcome? outcome, bool allowed)
    {
        var trial = In(Trial);
        var proceedings = outcome is { } o
            ? trial.Then(new JudgmentDelivered(new(2024, 1, 15), o, ExploitationCategory.EconomicExploitation, false))
            : trial;
        var link = VictimLinks.Link("victim-1", proceedings, Party);

        var refusals = VictimLinks.RecordCompensation(link, proceedings, new(1_000_000, 800_000, 0)).Refusals;

        Assert.Equal(allowed ? [] : [NoConviction], refusals.Codes());
        Assert.All(refusals, r => Assert.Equal(CivilAward, r.Basis.Citation));
        Assert.Empty(VictimLinks.RecordCompensation(link, proceedings, new(1_000_000, 0, 0)).Refusals);
    }

    [Fact]
    public void An_acquittal_on_appeal_leaves_no_room_for_an_award()
    {
        var acquitted = In(Appeal).Then(new JudgmentDelivered(new(2024, 10, 1), JudgmentOutcome.Acquittal,
            ExploitationCategory.SexualExploitation, TraffickingRetained: false));
        var link = VictimLinks.Link("victim-1", acquitted, Party);

        Assert.Equal([NoConviction], VictimLinks.RecordCompensation(link, acquitted, new(0, 1, 0)).Refusals.Codes());
    }

    [Fact]
    public void The_outstanding_amount_is_what_is_awarded_and_not_yet_paid()
    {
        var judged = In(Final);
        var link = VictimLinks.Link("victim-1", judged, Party);

        var recorded = VictimLinks.RecordCompensation(link, judged, new(2_500_000, 1_200_000, 450_050)).Value!;

        Assert.Equal(749_950, recorded.Compensation.OutstandingCents);
        Assert.Equal(0, Compensation.None.OutstandingCents);
    }

    [Fact]
    public void A_civil_party_holding_an_award_cannot_drop_the_role()
    {
        var judged = In(Judgment);
        var awarded = VictimLinks.RecordCompensation(VictimLinks.Link("victim-1", judged, Party), judged, new(0, 100, 0)).Value!;
        var claimOnly = VictimLinks.Link("victim-2", judged, Party);

        var refusal = Assert.Single(VictimLinks.ChangeRoles(awarded, VictimRoles.Witness).Refusals);
        Assert.Equal(NotCivilParty, refusal.Code);
        Assert.Equal(CivilParty, refusal.Basis.Citation);
        Assert.Equal(VictimRoles.Witness, VictimLinks.ChangeRoles(claimOnly, VictimRoles.Witness).Value!.Roles);
        Assert.Equal(VictimRoles.CivilParty | VictimRoles.Witness,
            VictimLinks.ChangeRoles(awarded, VictimRoles.CivilParty | VictimRoles.Witness).Value!.Roles);
    }

    [Fact]
    public void One_victim_can_be_linked_to_several_cases_and_one_case_to_several_victims()
    {
        var first = In(Judgment);
        var second = ProceedingsRegister.Open("AUD-ANTWERPEN", "AN.55.F2.000123/23", new(2023, 2, 1), "magistrate-x", Today).Value!;

        VictimLink[] links =
        [
            VictimLinks.Link("victim-1", first, Party),
            VictimLinks.Link("victim-2", first, VictimRoles.Witness),
            VictimLinks.Link("victim-1", second, VictimRoles.Complainant),
        ];

        Assert.Equal(["victim-1", "victim-2"], links.Where(l => l.Concerns(first)).Select(l => l.VictimId));
        Assert.Equal(2, links.Count(l => l.VictimId == "victim-1"));
        Assert.Throws<ArgumentException>(() => VictimLinks.RecordCompensation(links[2], first, Compensation.None));
    }
}
