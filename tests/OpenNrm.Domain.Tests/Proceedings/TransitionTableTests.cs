using OpenNrm.Domain.Proceedings;
using static OpenNrm.Domain.Proceedings.CriminalProceedingsStatus;
using static OpenNrm.Domain.Proceedings.ProceedingsRefusalCode;
using static OpenNrm.Domain.Tests.Proceedings.Cases;

namespace OpenNrm.Domain.Tests.Proceedings;

/// <summary>
/// Every act proposed in every status, the day after the case's last act: either the status it leads to, or the
/// single unmet condition and its article.
/// </summary>
public sealed class TransitionTableTests
{
    private const string Art28bis = "Code of Criminal Procedure art. 28bis";
    private const string Art28quater = "Code of Criminal Procedure art. 28quater";
    private const string Art55 = "Code of Criminal Procedure art. 55-56";
    private const string Art127 = "Code of Criminal Procedure art. 127-130";
    private const string Art130And182 = "Code of Criminal Procedure art. 130 and 182";
    private const string Art190 = "Code of Criminal Procedure art. 190";
    private const string Art203 = "Code of Criminal Procedure art. 203 §1";
    private const string ResJudicata = "Res judicata (ne bis in idem: ICCPR art. 14(7); Protocol No. 7 to the ECHR art. 4)";

    public static TheoryData<CriminalProceedingsStatus, Act, CriminalProceedingsStatus> Allowed => new()
    {
        { PreliminaryInvestigation, Act.JudicialInvestigation, JudicialInvestigation },
        { PreliminaryInvestigation, Act.Summons, ChargesWithoutTrafficking },
        { PreliminaryInvestigation, Act.Dismissal, Dismissed },
        { JudicialInvestigation, Act.Referral, ChargesWithTrafficking },
        { ChargesWithTrafficking, Act.Trial, Trial },
        { ChargesWithoutTrafficking, Act.Trial, Trial },
        { Trial, Act.Judgment, Judgment },
        { Judgment, Act.Appeal, Appeal },
        { Judgment, Act.Final, Final },
        { Appeal, Act.Judgment, Judgment },
        { Dismissed, Act.Reopening, PreliminaryInvestigation },
    };

    public static TheoryData<CriminalProceedingsStatus, Act, ProceedingsRefusalCode, string> Refused
    {
        get
        {
            var data = new TheoryData<CriminalProceedingsStatus, Act, ProceedingsRefusalCode, string>
            {
                { PreliminaryInvestigation, Act.Referral, NoJudicialInvestigation, Art127 },
                { PreliminaryInvestigation, Act.Trial, NoChargesBrought, Art130And182 },
                { PreliminaryInvestigation, Act.Judgment, NoChargesBrought, Art130And182 },
                { PreliminaryInvestigation, Act.Appeal, NoJudgmentToAppeal, Art203 },
                { PreliminaryInvestigation, Act.Final, NoJudgmentToBecomeFinal, ResJudicata },
                { PreliminaryInvestigation, Act.Reopening, NotDismissed, Art28quater },

                { JudicialInvestigation, Act.JudicialInvestigation, JudicialInvestigationAlreadyOpen, Art55 },
                { JudicialInvestigation, Act.Summons, JudicialInvestigationPending, Art127 },
                { JudicialInvestigation, Act.Trial, NoChargesBrought, Art130And182 },
                { JudicialInvestigation, Act.Judgment, NoChargesBrought, Art130And182 },
                { JudicialInvestigation, Act.Appeal, NoJudgmentToAppeal, Art203 },
                { JudicialInvestigation, Act.Final, NoJudgmentToBecomeFinal, ResJudicata },
                { JudicialInvestigation, Act.Dismissal, JudicialInvestigationPending, Art127 },
                { JudicialInvestigation, Act.Reopening, NotDismissed, Art28quater },

                { Trial, Act.Trial, TrialAlreadyOpened, Art190 },
                { Trial, Act.Appeal, NoJudgmentToAppeal, Art203 },
                { Trial, Act.Final, NoJudgmentToBecomeFinal, ResJudicata },

                { Judgment, Act.Trial, TrialAlreadyOpened, Art190 },
                { Judgment, Act.Judgment, JudgmentAlreadyDelivered, Art203 },

                { Appeal, Act.Trial, TrialAlreadyOpened, Art190 },
                { Appeal, Act.Appeal, AppealAlreadyPending, Art203 },
                { Appeal, Act.Final, NoJudgmentToBecomeFinal, ResJudicata },
            };

            foreach (var charged in new[] { ChargesWithTrafficking, ChargesWithoutTrafficking })
            {
                data.Add(charged, Act.Judgment, TrialNotOpened, Art190);
                data.Add(charged, Act.Appeal, NoJudgmentToAppeal, Art203);
                data.Add(charged, Act.Final, NoJudgmentToBecomeFinal, ResJudicata);
                data.Add(charged, Act.Reopening, NotDismissed, Art28quater);
            }

            // Once charges are brought, the trial court decides: no new investigation, charges or dismissal.
            foreach (var inCourt in new[] { ChargesWithTrafficking, ChargesWithoutTrafficking, Trial, Judgment, Appeal })
            {
                foreach (var act in new[] { Act.JudicialInvestigation, Act.Referral, Act.Summons, Act.Dismissal })
                {
                    data.Add(inCourt, act, ChargesAlreadyBrought, Art130And182);
                }
            }

            foreach (var status in new[] { Trial, Judgment, Appeal })
            {
                data.Add(status, Act.Reopening, NotDismissed, Art28quater);
            }

            foreach (var status in Enum.GetValues<CriminalProceedingsStatus>())
            {
                data.Add(status, Act.Open, AlreadyOpened, Art28bis);
            }

            foreach (var act in Enum.GetValues<Act>().Where(a => a != Act.Open))
            {
                data.Add(Final, act, FinalJudgmentReached, ResJudicata);
                if (act != Act.Reopening)
                {
                    data.Add(Dismissed, act, DismissedCase, Art28quater);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Allowed))]
    public void An_allowed_act_moves_the_case_to_its_status(CriminalProceedingsStatus from, Act act, CriminalProceedingsStatus to)
    {
        var before = In(from);
        var outcome = ProceedingsRegister.Record(before, Proposal(act, before.Events[^1].Date.PlusDays(1)), Today);

        Assert.Empty(outcome.Refusals);
        Assert.Equal(to, outcome.Value!.Status);
        Assert.Equal(before.Events.Count + 1, outcome.Value.Events.Count);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_refused_act_names_the_unmet_condition_and_its_article(
        CriminalProceedingsStatus from, Act act, ProceedingsRefusalCode code, string citation)
    {
        var before = In(from);
        var outcome = ProceedingsRegister.Record(before, Proposal(act, before.Events[^1].Date.PlusDays(1)), Today);

        Assert.Null(outcome.Value);
        var refusal = Assert.Single(outcome.Refusals);
        Assert.Equal(code, refusal.Code);
        Assert.Equal(citation, refusal.Basis.Citation);
        Assert.False(string.IsNullOrWhiteSpace(refusal.Explanation));
    }

    [Fact]
    public void The_tables_cover_every_act_in_every_status_exactly_once()
    {
        var pairs = Allowed.Select(row => ((CriminalProceedingsStatus)row[0], (Act)row[1]))
            .Concat(Refused.Select(row => ((CriminalProceedingsStatus)row[0], (Act)row[1])))
            .ToList();

        Assert.Equal(Enum.GetValues<CriminalProceedingsStatus>().Length * Enum.GetValues<Act>().Length, pairs.Count);
        Assert.Equal(pairs.Count, pairs.Distinct().Count());
    }
}
