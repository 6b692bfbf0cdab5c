using NodaTime;
using OpenNrm.Domain.Residence;
using static OpenNrm.Domain.Tests.Residence.Histories;

namespace OpenNrm.Domain.Tests.Residence;

/// <summary>
/// C# cannot prove a switch over a record hierarchy complete, so this finds every event kind by reflection and
/// replays one of each: a kind added without a rule fails here instead of in production.
/// </summary>
public class EventCoverageTests
{
    public static TheoryData<Type> EventKinds =>
    [
        .. typeof(ProcedureEvent).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(ProcedureEvent)) && !t.IsAbstract)
            .OrderBy(t => t.Name),
    ];

    [Theory]
    [MemberData(nameof(EventKinds))]
    public void Every_event_kind_can_be_evaluated_and_decided(Type kind)
    {
        var constructor = kind.GetConstructors().Single(c => c.GetParameters()[0].ParameterType == typeof(LocalDate));
        var arguments = constructor.GetParameters()
            .Select(p => p.ParameterType == typeof(LocalDate) ? OpenedOn.PlusDays(1) : Activator.CreateInstance(p.ParameterType))
            .ToArray();
        var sample = (ProcedureEvent)constructor.Invoke(arguments);

        var state = IdentifiedVictim().With(sample).At(new(2021, 9, 1));
        var decision = ProcedureEvaluator.Decide(Reflection(), sample);

        // Reaching here means neither the fold nor the guard met an unknown kind.
        Assert.NotEqual(ProcedureStage.NotOpened, state.Stage);
        Assert.Equal(decision.UnmetConditions.Count == 0, decision.IsAllowed);
    }

    [Fact]
    public void There_are_twenty_one_event_kinds()
    {
        Assert.Equal(21, EventKinds.Count);
    }
}
