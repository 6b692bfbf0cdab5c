using NodaTime;
using OpenNrm.Domain.Common;
using static OpenNrm.Domain.Proceedings.CriminalProceedingsStatus;
using static OpenNrm.Domain.Proceedings.ProceedingsRefusalCode;

namespace OpenNrm.Domain.Proceedings;

/// <summary>
/// Whether an act may follow the case as it stands. Dates are checked first (an act is recorded after it happened
/// and after the acts before it), then the end of the case, then what the act itself needs. Every unmet condition
/// is returned, not only the first, so the person recording sees all that must change.
/// </summary>
internal static class TransitionRules
{
    public static IReadOnlyList<ProceedingsRefusal> Check(CriminalProceedings proceedings, ProceedingsEvent next, LocalDate today)
    {
        var refusals = new List<ProceedingsRefusal>();
        var basis = BasisOf(next);
        var previous = proceedings.Events[^1];
        if (next.Date > today)
        {
            refusals.Add(new(DatedInTheFuture,
                $"The {ActOf(next)} is dated {Wording.Date(next.Date)}, after today ({Wording.Date(today)}): the register records only acts already done",
                basis));
        }

        if (next.Date < previous.Date)
        {
            refusals.Add(new(DatedBeforePreviousEvent,
                $"The {ActOf(next)} is dated {Wording.Date(next.Date)}, before the {ActOf(previous)} of {Wording.Date(previous.Date)}: acts follow one another in time",
                basis));
        }

        if (ForStatus(proceedings, next) is { } refused)
        {
            refusals.Add(refused);
        }

        return refusals;
    }

    private static ProceedingsRefusal? ForStatus(CriminalProceedings proceedings, ProceedingsEvent next)
    {
        var status = proceedings.Status;
        if (next is InvestigationOpened)
        {
            return new(AlreadyOpened,
                "The notice is already open; a dismissed case comes back through a reopening, not a new opening",
                ProceedingsArticles.PreliminaryInvestigation);
        }

        if (status == Final)
        {
            return new(FinalJudgmentReached,
                $"The judgment became final on {Wording.Date(proceedings.Events[^1].Date)}: nothing can follow a decision with the force of res judicata",
                ProceedingsArticles.ResJudicata);
        }

        if (status == Dismissed && next is not CaseReopened)
        {
            return new(DismissedCase,
                $"The prosecutor dismissed the case on {Wording.Date(proceedings.Events[^1].Date)}: only a reopening on new evidence can follow",
                ProceedingsArticles.Dismissal);
        }

        return next switch
        {
            JudicialInvestigationOpened => OpenJudicialInvestigation(status),
            ChargesBrought charges => BringCharges(status, charges),
            TrialOpened => OpenTrial(status),
            JudgmentDelivered judgment => DeliverJudgment(status, judgment),
            AppealLodged appeal => LodgeAppeal(proceedings, appeal),
            BecameFinal => BecomeFinal(status),
            CaseDismissed => Dismiss(status),
            CaseReopened reopened => Reopen(status, reopened),
            _ => throw new ArgumentOutOfRangeException(nameof(next), next.GetType().Name, "Unknown act"),
        };
    }

    private static ProceedingsRefusal? OpenJudicialInvestigation(CriminalProceedingsStatus status) => status switch
    {
        PreliminaryInvestigation => null,
        JudicialInvestigation => new(JudicialInvestigationAlreadyOpen,
            "An investigating judge already leads the investigation", ProceedingsArticles.JudicialInvestigation),
        _ => AlreadyBeforeTheCourt(status),
    };

    private static ProceedingsRefusal? BringCharges(CriminalProceedingsStatus status, ChargesBrought charges) =>
        (status, charges.Route) switch
        {
            (PreliminaryInvestigation, ChargeRoute.DirectSummons) => null,
            (JudicialInvestigation, ChargeRoute.CouncilChamberReferral) => null,
            (PreliminaryInvestigation, ChargeRoute.CouncilChamberReferral) => new(NoJudicialInvestigation,
                "The council chamber refers only a case an investigating judge has investigated; after a preliminary investigation the prosecutor summons directly",
                ProceedingsArticles.CouncilChamberReferral),
            (JudicialInvestigation, ChargeRoute.DirectSummons) => JudicialInvestigationToSettle(),
            _ => AlreadyBeforeTheCourt(status),
        };

    private static ProceedingsRefusal? OpenTrial(CriminalProceedingsStatus status) => status switch
    {
        ChargesWithTrafficking or ChargesWithoutTrafficking => null,
        PreliminaryInvestigation or JudicialInvestigation => NotYetBeforeTheCourt("trial"),
        _ => new(TrialAlreadyOpened, $"The trial has already opened: the case is {Wording.Of(status)}",
            ProceedingsArticles.Trial),
    };

    private static ProceedingsRefusal? DeliverJudgment(CriminalProceedingsStatus status, JudgmentDelivered judgment)
    {
        var inCourt = status switch
        {
            Trial or Appeal => null,
            PreliminaryInvestigation or JudicialInvestigation => NotYetBeforeTheCourt("judgment"),
            ChargesWithTrafficking or ChargesWithoutTrafficking => new ProceedingsRefusal(TrialNotOpened,
                "The case was sent to the court but no hearing has opened: a judgment follows a trial",
                ProceedingsArticles.Trial),
            _ => new ProceedingsRefusal(JudgmentAlreadyDelivered,
                "The court has already ruled: only an appeal brings a new judgment", ProceedingsArticles.AppealPeriod),
        };
        if (inCourt is not null)
        {
            return inCourt;
        }

        return judgment is { Outcome: JudgmentOutcome.Acquittal, TraffickingRetained: true }
            ? new(AcquittalRetainsNoOffence,
                "An acquittal finds no offence proven, so it cannot retain trafficking",
                ProceedingsArticles.TraffickingFinding)
            : null;
    }

    private static ProceedingsRefusal? LodgeAppeal(CriminalProceedings proceedings, AppealLodged appeal)
    {
        var status = proceedings.Status;
        if (status == Appeal)
        {
            return new(AppealAlreadyPending, "An appeal is already pending before the appeal court",
                ProceedingsArticles.AppealPeriod);
        }

        if (status != Judgment || proceedings.LatestJudgment is not { } judgment)
        {
            return new(NoJudgmentToAppeal, $"There is no judgment to appeal: the case is {Wording.Of(status)}",
                ProceedingsArticles.AppealPeriod);
        }

        if (proceedings.Events.OfType<AppealLodged>().Any())
        {
            return new(AppealJudgmentNotAppealable,
                $"The judgment of {Wording.Date(judgment.Date)} was given on appeal: only the correctional court's judgments can be appealed",
                ProceedingsArticles.AppealableJudgments);
        }

        var lastDay = AppealPeriod.LastDay(judgment.Date);
        return appeal.Date > lastDay
            ? new(AppealPeriodExpired,
                $"The judgment of {Wording.Date(judgment.Date)} could be appealed until {Wording.Date(lastDay)} (30 days); the appeal is dated {Wording.Date(appeal.Date)}",
                ProceedingsArticles.AppealPeriod)
            : null;
    }

    private static ProceedingsRefusal? BecomeFinal(CriminalProceedingsStatus status) => status switch
    {
        Judgment => null,
        Appeal => new(NoJudgmentToBecomeFinal,
            "An appeal is pending: the case becomes final only on the appeal court's judgment",
            ProceedingsArticles.ResJudicata),
        _ => new(NoJudgmentToBecomeFinal,
            $"Only a judgment becomes final; the case is {Wording.Of(status)}", ProceedingsArticles.ResJudicata),
    };

    private static ProceedingsRefusal? Dismiss(CriminalProceedingsStatus status) => status switch
    {
        PreliminaryInvestigation => null,
        JudicialInvestigation => JudicialInvestigationToSettle(),
        _ => AlreadyBeforeTheCourt(status),
    };

    private static ProceedingsRefusal? Reopen(CriminalProceedingsStatus status, CaseReopened reopened)
    {
        if (status != Dismissed)
        {
            return new(NotDismissed, $"Only a dismissed case can be reopened; the case is {Wording.Of(status)}",
                ProceedingsArticles.Dismissal);
        }

        if (string.IsNullOrWhiteSpace(reopened.NewEvidence))
        {
            return new(NoNewEvidence, "A dismissed case is reopened on new evidence; none is stated",
                ProceedingsArticles.Reopening);
        }

        return reopened.Date >= reopened.TimeBarredOn
            ? new(TimeBarred,
                $"The prosecution is time-barred from {Wording.Date(reopened.TimeBarredOn)}: a dismissed case can be reopened only before",
                ProceedingsArticles.Reopening)
            : null;
    }

    private static ProceedingsRefusal JudicialInvestigationToSettle() =>
        new(JudicialInvestigationPending,
            "An investigating judge is seized: only the council chamber can settle the case, by a referral or a discharge",
            ProceedingsArticles.CouncilChamberReferral);

    private static ProceedingsRefusal AlreadyBeforeTheCourt(CriminalProceedingsStatus status) =>
        new(ChargesAlreadyBrought,
            $"Charges have already been brought and the case is {Wording.Of(status)}: the trial court now decides",
            ProceedingsArticles.SeizureOfTheTrialCourt);

    private static ProceedingsRefusal NotYetBeforeTheCourt(string act) =>
        new(NoChargesBrought,
            $"No {act} before charges: the trial court is seized only by a referral of the council chamber or a summons",
            ProceedingsArticles.SeizureOfTheTrialCourt);

    internal static LegalBasis BasisOf(ProceedingsEvent recorded) => recorded switch
    {
        InvestigationOpened => ProceedingsArticles.PreliminaryInvestigation,
        JudicialInvestigationOpened => ProceedingsArticles.JudicialInvestigation,
        ChargesBrought { Route: ChargeRoute.CouncilChamberReferral } => ProceedingsArticles.CouncilChamberReferral,
        ChargesBrought => ProceedingsArticles.DirectSummons,
        TrialOpened => ProceedingsArticles.Trial,
        JudgmentDelivered => ProceedingsArticles.Judgment,
        AppealLodged => ProceedingsArticles.AppealPeriod,
        BecameFinal => ProceedingsArticles.ResJudicata,
        CaseDismissed => ProceedingsArticles.Dismissal,
        CaseReopened => ProceedingsArticles.Reopening,
        _ => throw new ArgumentOutOfRangeException(nameof(recorded), recorded.GetType().Name, "Unknown act"),
    };

    private static string ActOf(ProceedingsEvent recorded) => recorded switch
    {
        InvestigationOpened => "opening of the notice",
        JudicialInvestigationOpened => "seizure of the investigating judge",
        ChargesBrought { Route: ChargeRoute.CouncilChamberReferral } => "referral to the trial court",
        ChargesBrought => "summons",
        TrialOpened => "opening of the trial",
        JudgmentDelivered => "judgment",
        AppealLodged => "appeal",
        BecameFinal => "final judgment",
        CaseDismissed => "dismissal",
        CaseReopened => "reopening",
        _ => throw new ArgumentOutOfRangeException(nameof(recorded), recorded.GetType().Name, "Unknown act"),
    };
}
