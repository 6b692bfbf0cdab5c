using NodaTime;
using OpenNrm.Domain.Assistance;

namespace OpenNrm.Domain.Tests.Assistance;

public sealed class PlanActionRulesTests
{
    private const PlanActionStatus Planned = PlanActionStatus.Planned;
    private const PlanActionStatus InProgress = PlanActionStatus.InProgress;
    private const PlanActionStatus Done = PlanActionStatus.Done;
    private const PlanActionStatus Cancelled = PlanActionStatus.Cancelled;
    private const string PlanBasis = "Circular of 23 December 2016, 4; product rule (a support plan records what was really done)";

    private static readonly LocalDate Start = new(2024, 1, 31);

    private static PlanAction Action(PlanActionStatus status, LocalDate? end = null) =>
        new(AssistanceType.PsychosocialAndMedical, "Centre", Start, end, status);

    public static TheoryData<PlanActionStatus, PlanActionStatus, AssistanceRefusalCode?> Table => new()
    {
        { Planned, Planned, AssistanceRefusalCode.AlreadyInStatus },
        { Planned, InProgress, null },
        { Planned, Done, null },
        { Planned, Cancelled, null },
        { InProgress, Planned, AssistanceRefusalCode.BackToPlannedNotAllowed },
        { InProgress, InProgress, AssistanceRefusalCode.AlreadyInStatus },
        { InProgress, Done, null },
        { InProgress, Cancelled, null },
        { Done, Planned, AssistanceRefusalCode.DoneCannotBeReopened },
        { Done, InProgress, AssistanceRefusalCode.DoneCannotBeReopened },
        { Done, Done, AssistanceRefusalCode.AlreadyInStatus },
        { Done, Cancelled, AssistanceRefusalCode.DoneCannotBeReopened },
        { Cancelled, Planned, AssistanceRefusalCode.CancelledCannotBeResumed },
        { Cancelled, InProgress, AssistanceRefusalCode.CancelledCannotBeResumed },
        { Cancelled, Done, AssistanceRefusalCode.CancelledCannotBeResumed },
        { Cancelled, Cancelled, AssistanceRefusalCode.AlreadyInStatus },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Every_status_pair_is_allowed_or_refused_with_its_reason(PlanActionStatus from, PlanActionStatus to, AssistanceRefusalCode? refusal)
    {
        var outcome = PlanActionRules.Move(Action(from, Start.PlusDays(10)), to, Start.PlusDays(5));

        Assert.Equal(refusal is null, PlanActionRules.IsAllowed(from, to));
        Assert.Equal(refusal, outcome.Refusal?.Code);
        if (outcome.IsAccepted)
        {
            Assert.Equal(to, outcome.Value.Status);
        }
        else
        {
            Assert.Equal(PlanBasis, outcome.Refusal.Basis.Citation);
            Assert.False(string.IsNullOrWhiteSpace(outcome.Refusal.Explanation));
        }
    }

    [Fact]
    public void The_table_covers_every_pair_of_statuses() =>
        Assert.Equal(Enum.GetValues<PlanActionStatus>().Length * Enum.GetValues<PlanActionStatus>().Length, Table.Count);

    public static TheoryData<PlanActionStatus, string?, PlanActionStatus, string, AssistanceRefusalCode?, string, string?> Moves => new()
    {
        // From, planned end, to, on; then refusal, resulting start and end.
        { Planned, "2024-02-29", InProgress, "2024-01-15", null, "2024-01-15", "2024-02-29" },
        { Planned, "2024-02-29", InProgress, "2024-02-29", null, "2024-02-29", "2024-02-29" },
        { Planned, "2024-02-29", InProgress, "2024-03-01", AssistanceRefusalCode.EndBeforeStart, "", null },
        { Planned, null, InProgress, "2024-03-01", null, "2024-03-01", null },
        { Planned, null, Done, "2024-01-31", null, "2024-01-31", "2024-01-31" },
        { Planned, null, Done, "2024-01-30", AssistanceRefusalCode.EndBeforeStart, "", null },
        { InProgress, null, Done, "2024-02-29", null, "2024-01-31", "2024-02-29" },
        { InProgress, "2024-02-29", Done, "2024-03-31", null, "2024-01-31", "2024-03-31" },
        { Planned, "2024-02-29", Cancelled, "2024-01-10", null, "2024-01-31", null },
        { InProgress, "2024-02-29", Cancelled, "2024-02-01", null, "2024-01-31", "2024-02-01" },
    };

    [Theory]
    [MemberData(nameof(Moves))]
    public void Moving_sets_the_real_dates_and_refuses_an_end_before_the_start(
        PlanActionStatus from, string? plannedEnd, PlanActionStatus to, string on, AssistanceRefusalCode? refusal, string start, string? end)
    {
        var outcome = PlanActionRules.Move(Action(from, Dates.OrNull(plannedEnd)), to, Dates.Of(on));

        Assert.Equal(refusal, outcome.Refusal?.Code);
        if (outcome.IsAccepted)
        {
            Assert.Equal((Dates.Of(start), Dates.OrNull(end), to), (outcome.Value.Start, outcome.Value.End, outcome.Value.Status));
        }
    }

    public static TheoryData<string, string, string?, AssistanceRefusalCode?> Plans => new()
    {
        { "PCSW Schaerbeek", "2024-02-29", "2024-02-29", null },
        { "PCSW Schaerbeek", "2024-02-29", null, null },
        { "  Lawyer  ", "2023-12-31", "2024-01-01", null },
        { "PCSW Schaerbeek", "2024-03-01", "2024-02-29", AssistanceRefusalCode.EndBeforeStart },
        { " ", "2024-02-29", null, AssistanceRefusalCode.ProviderMissing },
    };

    [Theory]
    [MemberData(nameof(Plans))]
    public void Planning_needs_a_provider_and_an_end_not_before_the_start(string provider, string start, string? end, AssistanceRefusalCode? refusal)
    {
        var outcome = PlanActionRules.Plan(AssistanceType.Subsistence, provider, Dates.Of(start), Dates.OrNull(end));

        Assert.Equal(refusal, outcome.Refusal?.Code);
        if (outcome.IsAccepted)
        {
            Assert.Equal(PlanActionStatus.Planned, outcome.Value.Status);
            Assert.Equal(provider.Trim(), outcome.Value.Provider);
        }
        else
        {
            Assert.Equal(PlanBasis, outcome.Refusal.Basis.Citation);
        }
    }

    [Theory]
    [InlineData(Planned, "2024-02-01", "2024-03-31", null)]
    [InlineData(InProgress, "2024-01-31", "2024-04-30", null)]
    [InlineData(Planned, "2024-03-01", "2024-02-29", AssistanceRefusalCode.EndBeforeStart)]
    [InlineData(Done, "2024-02-01", "2024-03-31", AssistanceRefusalCode.ClosedActionCannotBeRescheduled)]
    [InlineData(Cancelled, "2024-02-01", "2024-03-31", AssistanceRefusalCode.ClosedActionCannotBeRescheduled)]
    public void Only_open_actions_are_rescheduled(PlanActionStatus status, string start, string end, AssistanceRefusalCode? refusal)
    {
        var outcome = PlanActionRules.Reschedule(Action(status, Start), Dates.Of(start), Dates.Of(end));

        Assert.Equal(refusal, outcome.Refusal?.Code);
        if (outcome.IsAccepted)
        {
            Assert.Equal((Dates.Of(start), (LocalDate?)Dates.Of(end)), (outcome.Value.Start, outcome.Value.End));
        }
    }

    [Fact]
    public void The_catalogue_names_the_seven_kinds_with_their_sources()
    {
        Assert.Equal(Enum.GetValues<AssistanceType>(), AssistanceCatalogue.All.Select(p => p.Type));
        Assert.Equal(7, AssistanceCatalogue.All.Count);
        Assert.All(AssistanceCatalogue.All, p => Assert.False(string.IsNullOrWhiteSpace(p.WhatTheCentreDoes)));
        Assert.StartsWith("Organic Act of 8 July 1976 on PCSWs, art. 1, 57", AssistanceCatalogue.Of(AssistanceType.Subsistence).Basis.Citation, StringComparison.Ordinal);
        Assert.Contains("Judicial Code art. 508/13", AssistanceCatalogue.Of(AssistanceType.Legal).Basis.Citation, StringComparison.Ordinal);
        Assert.Contains("6.2.1.2", AssistanceCatalogue.Of(AssistanceType.Accommodation).Basis.Citation, StringComparison.Ordinal);
        Assert.Equal("Circular of 23 December 2016, 4", AssistanceCatalogue.Of(AssistanceType.Information).Basis.Citation);
    }
}
