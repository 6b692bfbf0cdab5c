using NodaTime;
using OpenNrm.Domain.Residence;

namespace OpenNrm.Domain.Tests.Residence;

/// <summary>
/// Properties over many random histories (seeded, so a failure reproduces): every candidate event goes through
/// Decide first, exactly as the application does, and the invariants of the law must hold on every day.
/// </summary>
public sealed class ProcedurePropertyTests
{
    private const int Histories = 1500;

    [Fact]
    public void Random_lawful_histories_never_break_the_invariants()
    {
        var failures = new List<string>();
        var reached = new Dictionary<ProcedureStage, int>();
        var answered = 0;
        for (var seed = 0; seed < Histories && failures.Count < 5; seed++)
        {
            var random = new Random(seed);
            var history = Build(random);
            var finalState = ProcedureEvaluator.Evaluate(history, history[^1].Date);
            var final = finalState.Stage;
            if (finalState.Exit is { } exit)
            {
                Exits[exit.Reason.ToString()] = Exits.GetValueOrDefault(exit.Reason.ToString()) + 1;
            }
            reached[final] = reached.GetValueOrDefault(final) + 1;
            answered += finalState.AnsweredApplications.Count > 0 ? 1 : 0;
            var end = history[^1].Date.PlusDays(400);
            for (var day = history[0].Date.PlusDays(-3); day <= end; day = day.PlusDays(random.Next(1, 20)))
            {
                var problem = Check(history, day);
                if (problem is not null)
                {
                    failures.Add($"seed {seed}, as of {day}: {problem}");
                    break;
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        // The generator must reach the deep stages often enough for the invariants to mean something.
        Assert.True(reached.GetValueOrDefault(ProcedureStage.IdentifiedVictim) >= 30, Describe(reached));
        Assert.True(reached.GetValueOrDefault(ProcedureStage.Permanent) >= 10, Describe(reached));
        Assert.True(reached.GetValueOrDefault(ProcedureStage.Ended) >= 30, Describe(reached));
        Assert.True(answered >= 30, $"histories with an answered application: {answered}");
    }

    private static readonly Dictionary<string, int> Exits = [];

    private static string Describe(Dictionary<ProcedureStage, int> reached) =>
        "final stages reached: " + string.Join(", ", reached.Select(kv => $"{kv.Key} {kv.Value}")) + "; exits: " + string.Join(", ", Exits.Select(kv => $"{kv.Key} {kv.Value}"));

    private static string? Check(List<ProcedureEvent> history, LocalDate asOf)
    {
        ProcedureState state;
        try
        {
            state = ProcedureEvaluator.Evaluate(history, asOf);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or NullReferenceException or IndexOutOfRangeException)
        {
            return "evaluation threw " + ex.GetType().Name + ": " + ex.Message;
        }

        var past = history.Where(e => e.Date <= asOf).ToList();
        if (state.RejectedEvents.Count > 0)
        {
            return "an event Decide accepted was rejected on replay: " + state.RejectedEvents[0].Event;
        }

        if (state.Document is { } d)
        {
            if (d.ValidUntil is { } until && until < d.ValidFrom)
            {
                return "document ends before it starts";
            }

            if (d.Type == DocumentType.BCard && !past.Any(e => e is ConvictionRecorded
                    or ChargesRetained { WithTrafficking: true } or ProceedingsStatusChanged { Status: ProceedingsStatus.EndedWithConviction }))
            {
                return "B-card without a conviction or charges retaining trafficking";
            }

            if (d.Type == DocumentType.BCard && !past.Any(e => e is IdentityProven))
            {
                return "B-card without proof of identity";
            }

            if (d.Type == DocumentType.ACard && !Enum.GetValues<ProsecutorCriterion>().All(c => past.Any(e => e is ProsecutorConfirmed p && p.Criterion == c)))
            {
                return "A-card without the prosecutor's four confirmations";
            }
        }

        if (state.PendingApplications.Count > 0 && state.Stage is ProcedureStage.NotOpened or ProcedureStage.Ended or ProcedureStage.Permanent)
        {
            return "an application pending in a procedure that is over";
        }

        if (state.PendingApplications.Any(p => p.Application.Date > asOf || p.DaysPending < 0)
            || state.AnsweredApplications.Any(a => a.Application.Date > a.Decision.Date || a.Decision.Date > asOf))
        {
            return "an application read out of date order";
        }

        if (state.AnsweredApplications.GroupBy(a => a.Decision, ReferenceEqualityComparer.Instance).Any(g => g.Count() > 1))
        {
            return "one decision answered two applications";
        }

        if (state.Stage == ProcedureStage.Permanent && state.Document?.Type != DocumentType.BCard)
        {
            return "permanent stage without a B-card";
        }

        if (past.Count == 0 || past[0] is not ProcedureOpened)
        {
            return state.Stage == ProcedureStage.NotOpened ? null : "a stage before the opening";
        }

        return state.Stage != ProcedureStage.NotOpened && state.Stage != ProcedureStage.Ended && !state.ReturnMeasuresBarred
            ? "a pending procedure that does not bar return measures"
            : null;
    }

    /// <summary>An opening, then up to 120 candidate events on non-decreasing dates, each kept only if Decide allows it.</summary>
    internal static List<ProcedureEvent> Build(Random random)
    {
        var date = new LocalDate(2015, 1, 1).PlusDays(random.Next(0, 3500));
        List<ProcedureEvent> history = [new ProcedureOpened(date, true, random.Next(6) == 0)];
        var candidates = random.Next(10, 120);
        // Most histories contain no exit at all; otherwise nearly every long history would end early.
        var allowExits = random.Next(10) < 3;
        for (var i = 0; i < candidates; i++)
        {
            date = date.PlusDays(random.Next(0, 40));
            var candidate = Candidate(random, date);
            if (!allowExits && IsExit(candidate))
            {
                continue;
            }

            if (ProcedureEvaluator.Decide(history, candidate).IsAllowed)
            {
                history.Add(candidate);
            }
        }

        return history;
    }

    /// <summary>Weighted towards progress, so that histories reach the A-card and B-card; exits stay possible but rare.</summary>
    private static ProcedureEvent Candidate(Random random, LocalDate d) => random.Next(100) switch
    {
        < 15 => new DocumentIssued(d, Pick<DocumentType>(random)),
        < 20 => new DocumentRenewed(d),
        < 24 => new ComplaintFiled(d),
        < 28 => new StatementsMade(d),
        < 36 => new SupportAccepted(d),
        < 40 => new ContactWithTraffickersSevered(d),
        < 60 => new ProsecutorConfirmed(d, Pick<ProsecutorCriterion>(random)),
        < 67 => new PublicOrderAssessed(d, random.Next(10) > 0),
        < 72 => new ProceedingsStatusChanged(d, random.Next(8) switch
        {
            0 => ProceedingsStatus.Dismissed,
            1 => ProceedingsStatus.EndedWithoutConviction,
            2 => ProceedingsStatus.EndedWithConviction,
            3 or 4 => ProceedingsStatus.Prosecution,
            _ => ProceedingsStatus.InvestigationOngoing,
        }),
        < 78 => new ChargesRetained(d, random.Next(3) > 0),
        < 82 => new ConvictionRecorded(d),
        < 88 => new IdentityProven(d),
        < 90 => new AsylumApplied(d),
        < 91 => new DurableSolutionProcedureStarted(d),
        < 92 => new ContactWithTraffickersResumed(d),
        < 93 => new DocumentRefused(d, Pick<DocumentType>(random)),
        < 94 => new DocumentWithdrawn(d, Pick<WithdrawalReason>(random)),
        < 95 => new VoluntaryReturn(d),
        < 96 => new ProcedureWithdrawn(d),
        < 98 => new DocumentApplied(d, Pick<DocumentType>(random), random.Next(2) == 0),
        _ => new DocumentIssued(d, Pick<DocumentType>(random)),
    };

    private static bool IsExit(ProcedureEvent e) => e is DocumentRefused or DocumentWithdrawn or VoluntaryReturn or ProcedureWithdrawn
        or ContactWithTraffickersResumed or ProceedingsStatusChanged { Status: ProceedingsStatus.Dismissed or ProceedingsStatus.EndedWithoutConviction };

    private static T Pick<T>(Random random)
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        return values[random.Next(values.Length)];
    }
}
