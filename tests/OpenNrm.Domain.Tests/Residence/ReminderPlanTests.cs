using NodaTime;
using OpenNrm.Domain.Residence;
using static OpenNrm.Domain.Tests.Residence.Histories;

namespace OpenNrm.Domain.Tests.Residence;

public class ReminderPlanTests
{
    private static readonly int[] Leads = [30, 14, 7];

    public static TheoryData<string, LocalDate, (ReminderKind, DeadlineKind, LocalDate, int)[]> Cases => new()
    {
        // Reflection document valid through 2021-04-14: 44 days ahead on 1 March, no lead reached yet.
        { nameof(Reflection), new(2021, 3, 1), [] },
        { nameof(Reflection), new(2021, 3, 15), [(ReminderKind.Approaching, DeadlineKind.DocumentExpires, new(2021, 4, 14), 30)] },
        { nameof(Reflection), new(2021, 3, 31), [(ReminderKind.Approaching, DeadlineKind.DocumentExpires, new(2021, 4, 14), 14)] },
        { nameof(Reflection), new(2021, 4, 1), [(ReminderKind.Approaching, DeadlineKind.DocumentExpires, new(2021, 4, 14), 14)] },
        { nameof(Reflection), new(2021, 4, 7), [(ReminderKind.Approaching, DeadlineKind.DocumentExpires, new(2021, 4, 14), 7)] },
        { nameof(Reflection), new(2021, 4, 14), [(ReminderKind.Approaching, DeadlineKind.DocumentExpires, new(2021, 4, 14), 7)] },
        // The day after, nothing was recorded: the lapse itself is announced.
        { nameof(Reflection), new(2021, 4, 15), [(ReminderKind.Missed, DeadlineKind.DocumentExpires, new(2021, 4, 14), 0)] },
        // Expiry and the last day to apply fall together: only the act to do is announced.
        { nameof(PresumedVictim), new(2021, 6, 1), [(ReminderKind.Approaching, DeadlineKind.RenewalApplicationDue, new(2021, 6, 19), 30)] },
        { nameof(IdentifiedVictim), new(2022, 2, 21), [(ReminderKind.Approaching, DeadlineKind.RenewalApplicationDue, new(2022, 2, 28), 7)] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_shortest_lead_reached_is_announced(string history, LocalDate today, (ReminderKind, DeadlineKind, LocalDate, int)[] expected)
    {
        var reminders = ReminderPlan.Due(Build(history).At(today), today, Leads);

        Assert.Equal(expected, reminders.Select(r => (r.Kind, r.Deadline, r.DueOn, r.LeadDays)));
        Assert.All(reminders, r => Assert.False(string.IsNullOrWhiteSpace(r.Basis.Citation)));
    }

    [Fact]
    public void Keys_differ_per_lead_so_each_warning_is_raised_once()
    {
        var state30 = ReminderPlan.Due(Reflection().At(new(2021, 3, 15)), new(2021, 3, 15), Leads).Single();
        var state30Later = ReminderPlan.Due(Reflection().At(new(2021, 3, 20)), new(2021, 3, 20), Leads).Single();
        var state14 = ReminderPlan.Due(Reflection().At(new(2021, 4, 1)), new(2021, 4, 1), Leads).Single();

        Assert.Equal(state30.Key, state30Later.Key);
        Assert.NotEqual(state30.Key, state14.Key);
    }

    [Fact]
    public void Lead_times_are_configuration()
    {
        var reminders = ReminderPlan.Due(Reflection().At(new(2021, 3, 1)), new(2021, 3, 1), [60]);

        Assert.Equal(60, Assert.Single(reminders).LeadDays);
    }

    [Fact]
    public void An_ended_procedure_raises_nothing()
    {
        var ended = Reflection().With(new VoluntaryReturn(new(2021, 3, 10)));

        Assert.Empty(ReminderPlan.Due(ended.At(new(2021, 4, 20)), new(2021, 4, 20), Leads));
    }

    [Fact]
    public void Next_is_the_earliest_dated_deadline()
    {
        var next = ReminderPlan.Next(PresumedVictim().At(new(2021, 4, 1)));

        Assert.Equal((DeadlineKind.RenewalWindowOpens, new LocalDate(2021, 5, 20)), (next!.Kind, next.DueOn!.Value));
        Assert.Null(ReminderPlan.Next(Reflection().At(new(2021, 4, 15))));
    }
}
