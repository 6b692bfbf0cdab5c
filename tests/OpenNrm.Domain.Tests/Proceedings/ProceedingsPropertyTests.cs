using NodaTime;
using OpenNrm.Domain.Proceedings;
using static OpenNrm.Domain.Proceedings.CriminalProceedingsStatus;

namespace OpenNrm.Domain.Tests.Proceedings;

/// <summary>
/// Properties over many random histories (seeded, so a failure reproduces): every proposed act goes through the
/// register as the application would send it, lawful or not, and the invariants must hold on every day.
/// </summary>
public sealed class ProceedingsPropertyTests
{
    private const int Histories = 1500;

    [Fact]
    public void Random_histories_never_throw_and_are_ongoing_exactly_until_final_or_dismissed()
    {
        var failures = new List<string>();
        var reached = new Dictionary<string, int>();
        for (var seed = 0; seed < Histories && failures.Count < 5; seed++)
        {
            var random = new Random(seed);
            try
            {
                var proceedings = Build(random, reached);
                if (Check(proceedings, random) is { } problem)
                {
                    failures.Add($"seed {seed}: {problem}");
                }
            }
            catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
            {
                failures.Add($"seed {seed}: threw {ex.GetType().Name}: {ex.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        // The generator must reach the ends and the reopening often enough for the properties to mean something.
        var description = string.Join(", ", reached.Select(kv => $"{kv.Key} {kv.Value}"));
        Assert.True(reached.GetValueOrDefault(nameof(Final)) >= 200, description);
        Assert.True(reached.GetValueOrDefault(nameof(Dismissed)) >= 300, description);
        Assert.True(reached.GetValueOrDefault(nameof(CaseReopened)) >= 200, description);
        Assert.True(reached.GetValueOrDefault(nameof(AppealLodged)) >= 150, description);
        Assert.True(reached.GetValueOrDefault("refused") >= 1000, description);
    }

    private static readonly LocalDate Today = new(2031, 1, 1);

    private static CriminalProceedings Build(Random random, Dictionary<string, int> reached)
    {
        var openedOn = new LocalDate(2018, 1, 1).PlusDays(random.Next(0, 1500));
        var proceedings = ProceedingsRegister.Open("PDK-LIMBURG", "LI.12.L1.000001/18", openedOn, "magistrate-0", Today).Value!;
        var steps = random.Next(1, 16);
        for (var step = 0; step < steps; step++)
        {
            if (random.Next(8) == 0)
            {
                var from = proceedings.Magistrates[^1].From.PlusDays(random.Next(-30, 400));
                var assigned = ProceedingsRegister.AssignMagistrate(proceedings, $"magistrate-{random.Next(4)}", from, Today);
                proceedings = assigned.Value ?? proceedings;
            }

            var next = Propose(random, proceedings);
            var outcome = ProceedingsRegister.Record(proceedings, next, Today);
            if (outcome.IsAccepted != (outcome.Value is not null) || outcome.IsAccepted != (outcome.Refusals.Count == 0))
            {
                throw new InvalidOperationException("an outcome carries both a value and refusals, or neither");
            }

            if (outcome.Value is { } accepted)
            {
                proceedings = accepted;
                var key = next is BecameFinal or CaseDismissed ? accepted.Status.ToString() : next.GetType().Name;
                reached[key] = reached.GetValueOrDefault(key) + 1;
            }
            else
            {
                reached["refused"] = reached.GetValueOrDefault("refused") + 1;
                if (outcome.Refusals.Any(r => string.IsNullOrWhiteSpace(r.Explanation) || string.IsNullOrWhiteSpace(r.Basis.Citation)))
                {
                    throw new InvalidOperationException("a refusal without an explanation or a basis");
                }
            }
        }

        return proceedings;
    }

    /// <summary>Mostly an act the status allows, dated a little after the last one; sometimes anything, on any date.</summary>
    private static ProceedingsEvent Propose(Random random, CriminalProceedings proceedings)
    {
        var last = proceedings.Events[^1].Date;
        var date = random.Next(10) == 0 ? last.PlusDays(random.Next(-60, 0)) : last.PlusDays(random.Next(0, 250));
        var act = random.Next(4) == 0 ? Enum.GetValues<Act>()[random.Next(10)] : Plausible(random, proceedings.Status);
        return act switch
        {
            Act.Appeal => new AppealLodged(last.PlusDays(random.Next(0, 36))),
            Act.Judgment => new JudgmentDelivered(date, Pick<JudgmentOutcome>(random), Pick<ExploitationCategory>(random), random.Next(2) == 0),
            Act.Referral or Act.Summons => new ChargesBrought(date, Pick<ChargeRoute>(random), random.Next(2) == 0),
            Act.Dismissal => new CaseDismissed(date, Pick<DismissalReason>(random)),
            Act.Reopening => new CaseReopened(date, random.Next(6) == 0 ? "" : "new statements", date.PlusDays(random.Next(-100, 2000))),
            _ => Cases.Proposal(act, date),
        };
    }

    private static Act Plausible(Random random, CriminalProceedingsStatus status) => status switch
    {
        PreliminaryInvestigation => random.Next(3) switch { 0 => Act.JudicialInvestigation, 1 => Act.Summons, _ => Act.Dismissal },
        JudicialInvestigation => random.Next(2) == 0 ? Act.Referral : Act.Dismissal,
        ChargesWithTrafficking or ChargesWithoutTrafficking => Act.Trial,
        Trial => Act.Judgment,
        Judgment => random.Next(2) == 0 ? Act.Appeal : Act.Final,
        Appeal => Act.Judgment,
        Final => Enum.GetValues<Act>()[random.Next(10)],
        Dismissed => Act.Reopening,
    };

    private static T Pick<T>(Random random) where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        return values[random.Next(values.Length)];
    }

    private static string? Check(CriminalProceedings proceedings, Random random)
    {
        var events = proceedings.Events;
        for (var i = 1; i < events.Count; i++)
        {
            if (events[i].Date < events[i - 1].Date)
            {
                return $"act {i} is dated before the act before it";
            }

            if (events[i] is AppealLodged appeal
                && events.Take(i).OfType<JudgmentDelivered>().Last() is var judgment
                && appeal.Date > judgment.Date.PlusDays(30))
            {
                return $"an appeal of {appeal.Date} was accepted against a judgment of {judgment.Date}";
            }
        }

        for (var day = proceedings.OpenedOn; day <= events[^1].Date.PlusDays(100); day = day.PlusDays(random.Next(1, 40)))
        {
            var summary = ProceedingsSummary.Of(proceedings, day);
            var closedBy = events.Last(e => e.Date <= day) is BecameFinal or CaseDismissed;
            if (summary.IsOngoing == closedBy)
            {
                return $"as of {day}, ongoing is {summary.IsOngoing} with status {summary.Status}";
            }

            if (summary.Status != proceedings.StatusOn(day) || summary.ReferenceMagistrate != proceedings.MagistrateOn(day))
            {
                return $"as of {day}, the summary disagrees with the history";
            }
        }

        if (proceedings.Status == Final)
        {
            var after = events[^1].Date.PlusDays(1);
            foreach (var act in Enum.GetValues<Act>())
            {
                if (ProceedingsRegister.Check(proceedings, Cases.Proposal(act, after), Today).Count == 0)
                {
                    return $"{act} was allowed after the final judgment";
                }
            }
        }

        var replayed = ProceedingsRegister.Replay(proceedings.OfficeId, proceedings.Notice.Value, proceedings.Magistrates, events, Today);
        return replayed.Value is { } again && again.Events.SequenceEqual(events) && again.Magistrates.SequenceEqual(proceedings.Magistrates)
            ? null
            : "replaying the history did not give it back: " + string.Join("; ", replayed.Refusals.Select(r => r.Explanation));
    }
}
