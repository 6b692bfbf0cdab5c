using NodaTime;
using OpenNrm.Domain.Detection;
using OpenNrm.Domain.Referral;

namespace OpenNrm.Domain.Tests.Referral;

public sealed class ReferralLifecycleTests
{
    private const string Circular31To33 = "Circular of 23 December 2016, 3.1-3.3";
    private const string Circular41 = "Circular of 23 December 2016, 4.1";

    private static readonly Instant Sent = Instant.FromUtc(2024, 5, 10, 8, 0);
    private static readonly Instant Acknowledged = Sent + Duration.FromMinutes(20);
    private static readonly Instant Scheduled = Sent + Duration.FromMinutes(30);
    private static readonly Instant IntakeTime = Sent + Duration.FromDays(1);
    private static readonly Instant Later = Sent + Duration.FromDays(2);

    private static ReferralState Accepted(ReferralState state, ReferralAction action)
    {
        var outcome = ReferralLifecycle.Apply(state, action);
        Assert.True(outcome.IsAccepted, outcome.Refusal?.Explanation);
        return outcome.Value;
    }

    private static ReferralState InStatus(ReferralStatus status)
    {
        var sent = ReferralLifecycle.Send(Sent, SpecialisedCentre.Payoke, null);
        var acknowledged = Accepted(sent, new AcknowledgeReferral(Acknowledged));
        var scheduled = Accepted(acknowledged, new ScheduleIntake(Scheduled, IntakeTime));
        return status switch
        {
            ReferralStatus.Sent => sent,
            ReferralStatus.Acknowledged => acknowledged,
            ReferralStatus.IntakeScheduled => scheduled,
            ReferralStatus.IntakeDone => Accepted(scheduled,
                new RecordIntake(IntakeTime, IntakeOutcome.EnteredResidenceProcedure, CitizenshipGroup.ThirdCountry)),
            ReferralStatus.Cancelled => Accepted(acknowledged, new CancelReferral(Scheduled, "The person left the shelter.")),
        };
    }

    private static ReferralAction Action(string name) => name switch
    {
        "acknowledge" => new AcknowledgeReferral(Later),
        "schedule" => new ScheduleIntake(Later, Later + Duration.FromHours(3)),
        "intake" => new RecordIntake(Later, IntakeOutcome.AssistedWithoutProcedure, CitizenshipGroup.OtherEu),
        "cancel" => new CancelReferral(Later, "Duplicate of an earlier referral"),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    public static TheoryData<ReferralStatus, string, ReferralStatus> Allowed => new()
    {
        { ReferralStatus.Sent, "acknowledge", ReferralStatus.Acknowledged },
        { ReferralStatus.Sent, "cancel", ReferralStatus.Cancelled },
        { ReferralStatus.Acknowledged, "schedule", ReferralStatus.IntakeScheduled },
        { ReferralStatus.Acknowledged, "intake", ReferralStatus.IntakeDone },
        { ReferralStatus.Acknowledged, "cancel", ReferralStatus.Cancelled },
        { ReferralStatus.IntakeScheduled, "schedule", ReferralStatus.IntakeScheduled },
        { ReferralStatus.IntakeScheduled, "intake", ReferralStatus.IntakeDone },
        { ReferralStatus.IntakeScheduled, "cancel", ReferralStatus.Cancelled },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Allowed_transitions_lead_to_the_next_status(ReferralStatus from, string action, ReferralStatus to)
    {
        var outcome = ReferralLifecycle.Apply(InStatus(from), Action(action));

        Assert.True(outcome.IsAccepted, outcome.Refusal?.Explanation);
        Assert.Equal(to, outcome.Value.Status);
        Assert.Equal(Later, outcome.Value.LastActionAt);
    }

    public static TheoryData<ReferralStatus, string, RefusalCode, string> Refused => new()
    {
        { ReferralStatus.Sent, "schedule", RefusalCode.NotYetAcknowledged, Circular41 },
        { ReferralStatus.Sent, "intake", RefusalCode.NotYetAcknowledged, Circular41 },
        { ReferralStatus.Acknowledged, "acknowledge", RefusalCode.AlreadyAcknowledged, Circular41 },
        { ReferralStatus.IntakeScheduled, "acknowledge", RefusalCode.AlreadyAcknowledged, Circular41 },
        { ReferralStatus.IntakeDone, "acknowledge", RefusalCode.IntakeAlreadyDone, Circular41 },
        { ReferralStatus.IntakeDone, "schedule", RefusalCode.IntakeAlreadyDone, Circular41 },
        { ReferralStatus.IntakeDone, "intake", RefusalCode.IntakeAlreadyDone, Circular41 },
        { ReferralStatus.IntakeDone, "cancel", RefusalCode.IntakeAlreadyDone, Circular41 },
        { ReferralStatus.Cancelled, "acknowledge", RefusalCode.ReferralCancelled, Circular31To33 },
        { ReferralStatus.Cancelled, "schedule", RefusalCode.ReferralCancelled, Circular31To33 },
        { ReferralStatus.Cancelled, "intake", RefusalCode.ReferralCancelled, Circular31To33 },
        { ReferralStatus.Cancelled, "cancel", RefusalCode.ReferralCancelled, Circular31To33 },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Refused_transitions_name_the_unmet_condition_and_its_basis(
        ReferralStatus from, string action, RefusalCode code, string basis)
    {
        var outcome = ReferralLifecycle.Apply(InStatus(from), Action(action));

        Assert.False(outcome.IsAccepted);
        Assert.Null(outcome.Value);
        Assert.Equal(code, outcome.Refusal.Code);
        Assert.Equal(basis, outcome.Refusal.Basis.Citation);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Refusal.Explanation));
    }

    [Fact]
    public void Every_pair_of_status_and_action_is_covered()
    {
        var covered = Allowed.Select(row => ((ReferralStatus)row[0], (string)row[1]))
            .Concat(Refused.Select(row => ((ReferralStatus)row[0], (string)row[1])))
            .ToHashSet();

        Assert.Equal(Enum.GetValues<ReferralStatus>().Length * 4, covered.Count);
    }

    public static TheoryData<ReferralStatus, string, long> BackDated => new()
    {
        { ReferralStatus.Sent, "acknowledge", -1 },
        { ReferralStatus.Sent, "cancel", -60 },
        { ReferralStatus.Acknowledged, "schedule", -1 },
        { ReferralStatus.IntakeScheduled, "intake", -1 },
        { ReferralStatus.IntakeScheduled, "cancel", -3600 },
    };

    [Theory]
    [MemberData(nameof(BackDated))]
    public void An_action_dated_before_the_previous_one_is_refused(ReferralStatus from, string action, long seconds)
    {
        var state = InStatus(from);
        var at = state.LastActionAt + Duration.FromSeconds(seconds);
        ReferralAction dated = action switch
        {
            "acknowledge" => new AcknowledgeReferral(at),
            "schedule" => new ScheduleIntake(at, IntakeTime),
            "intake" => new RecordIntake(at, IntakeOutcome.PersonDeclined, CitizenshipGroup.ThirdCountry),
            _ => new CancelReferral(at, "The person left the shelter."),
        };

        var outcome = ReferralLifecycle.Apply(state, dated);

        Assert.False(outcome.IsAccepted);
        Assert.Equal(RefusalCode.ActionBeforePreviousAction, outcome.Refusal.Code);
        Assert.Equal(Circular41, outcome.Refusal.Basis.Citation);
    }

    [Fact]
    public void An_action_at_the_same_instant_as_the_previous_one_is_allowed()
    {
        var outcome = ReferralLifecycle.Apply(InStatus(ReferralStatus.Sent), new AcknowledgeReferral(Sent));

        Assert.True(outcome.IsAccepted);
        Assert.Equal(Sent, outcome.Value.AcknowledgedAt);
    }

    [Fact]
    public void A_final_referral_is_refused_as_final_even_when_the_action_is_back_dated()
    {
        var outcome = ReferralLifecycle.Apply(InStatus(ReferralStatus.Cancelled), new AcknowledgeReferral(Sent));

        Assert.Equal(RefusalCode.ReferralCancelled, outcome.Refusal!.Code);
    }

    [Theory]
    [InlineData(CitizenshipGroup.ThirdCountry, IntakeOutcome.EnteredResidenceProcedure, null)]
    [InlineData(CitizenshipGroup.OtherEu, IntakeOutcome.EnteredResidenceProcedure, RefusalCode.ProcedureOnlyForThirdCountryNationals)]
    [InlineData(CitizenshipGroup.Belgian, IntakeOutcome.EnteredResidenceProcedure, RefusalCode.ProcedureOnlyForThirdCountryNationals)]
    [InlineData(CitizenshipGroup.Belgian, IntakeOutcome.AssistedWithoutProcedure, null)]
    [InlineData(CitizenshipGroup.OtherEu, IntakeOutcome.AssistedWithoutProcedure, null)]
    [InlineData(CitizenshipGroup.ThirdCountry, IntakeOutcome.AssistedWithoutProcedure, null)]
    [InlineData(CitizenshipGroup.Belgian, IntakeOutcome.NotPresumedVictim, null)]
    [InlineData(CitizenshipGroup.ThirdCountry, IntakeOutcome.PersonDeclined, null)]
    [InlineData(CitizenshipGroup.OtherEu, IntakeOutcome.Unreachable, null)]
    public void Only_a_third_country_national_enters_the_residence_procedure(
        CitizenshipGroup citizenship, IntakeOutcome result, RefusalCode? expected)
    {
        var outcome = ReferralLifecycle.Apply(InStatus(ReferralStatus.IntakeScheduled), new RecordIntake(Later, result, citizenship));

        Assert.Equal(expected, outcome.Refusal?.Code);
        if (expected is null)
        {
            Assert.Equal(result, outcome.Value!.IntakeOutcome);
            Assert.Equal(Later, outcome.Value.IntakeDoneAt);
        }
        else
        {
            Assert.StartsWith("Immigration Act art. 61/2 §1", outcome.Refusal!.Basis.Citation, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(IntakeOutcome.TransferredToOtherCentre, SpecialisedCentre.Surya, null)]
    [InlineData(IntakeOutcome.TransferredToOtherCentre, SpecialisedCentre.PagAsa, null)]
    [InlineData(IntakeOutcome.TransferredToOtherCentre, null, RefusalCode.TransferTargetMissing)]
    [InlineData(IntakeOutcome.TransferredToOtherCentre, SpecialisedCentre.Payoke, RefusalCode.TransferToSameCentre)]
    [InlineData(IntakeOutcome.PersonDeclined, SpecialisedCentre.Surya, RefusalCode.TransferTargetWithoutTransfer)]
    public void A_transfer_names_another_centre(IntakeOutcome result, SpecialisedCentre? target, RefusalCode? expected)
    {
        var outcome = ReferralLifecycle.Apply(InStatus(ReferralStatus.Acknowledged),
            new RecordIntake(Later, result, CitizenshipGroup.ThirdCountry, target));

        Assert.Equal(expected, outcome.Refusal?.Code);
        if (expected is null)
        {
            Assert.Equal(target, outcome.Value!.TransferredTo);
        }
        else
        {
            Assert.Equal(Circular41, outcome.Refusal!.Basis.Citation);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n ")]
    public void A_cancellation_needs_a_reason(string? reason)
    {
        var outcome = ReferralLifecycle.Apply(InStatus(ReferralStatus.Sent), new CancelReferral(Later, reason));

        Assert.Equal(RefusalCode.CancellationReasonMissing, outcome.Refusal!.Code);
        Assert.Equal(Circular31To33, outcome.Refusal.Basis.Citation);
    }

    [Fact]
    public void A_cancellation_keeps_its_reason_and_moment()
    {
        var outcome = ReferralLifecycle.Apply(InStatus(ReferralStatus.Sent), new CancelReferral(Later, "  Sent to the wrong centre "));

        Assert.Equal(("Sent to the wrong centre", (Instant?)Later), (outcome.Value!.CancellationReason, outcome.Value.CancelledAt));
    }

    [Fact]
    public void An_intake_cannot_be_scheduled_before_the_acknowledgement()
    {
        var outcome = ReferralLifecycle.Apply(InStatus(ReferralStatus.Acknowledged),
            new ScheduleIntake(Later, Acknowledged - Duration.FromMinutes(1)));

        Assert.Equal(RefusalCode.IntakeBeforeAcknowledgement, outcome.Refusal!.Code);
        Assert.Equal(Circular41, outcome.Refusal.Basis.Citation);
    }

    [Fact]
    public void The_states_keep_every_instant()
    {
        var done = InStatus(ReferralStatus.IntakeDone);

        Assert.Equal(
            new ReferralState(ReferralStatus.IntakeDone, SpecialisedCentre.Payoke, null, Sent, IntakeTime, Acknowledged,
                IntakeTime, IntakeTime, IntakeOutcome.EnteredResidenceProcedure, null, null, null),
            done);
        Assert.True(done.IsFinal);
    }
}
