using System.Diagnostics;
using NodaTime;
using OpenNrm.Domain.Detection;

namespace OpenNrm.Domain.Referral;

/// <summary>
/// The steps of a referral from the frontline service to the centre's intake. Pure: the same state and action always
/// give the same answer, and a refused action leaves the state as it was, with the condition it did not meet.
/// </summary>
public static class ReferralLifecycle
{
    /// <summary>A referral just sent to <paramref name="centre"/> (and, for a minor, to <paramref name="minorsStructure"/>).</summary>
    public static ReferralState Send(Instant at, SpecialisedCentre centre, MinorsStructure? minorsStructure) =>
        new(ReferralStatus.Sent, centre, minorsStructure, at, at, null, null, null, null, null, null, null);

    public static Outcome<ReferralState> Apply(ReferralState state, ReferralAction action)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(action);
        if (Closed(state) is { } closed)
        {
            return new(closed);
        }

        if (action.At < state.LastActionAt)
        {
            return Refuse(RefusalCode.ActionBeforePreviousAction,
                $"The action is dated {action.At}, before the previous action on this referral ({state.LastActionAt}).",
                ReferralArticles.CentreReception);
        }

        return action switch
        {
            AcknowledgeReferral acknowledge => Acknowledge(state, acknowledge),
            ScheduleIntake schedule => Schedule(state, schedule),
            RecordIntake intake => Intake(state, intake),
            CancelReferral cancel => Cancel(state, cancel),
            _ => throw new UnreachableException($"Unknown referral action {action.GetType().Name}"),
        };
    }

    private static Refusal? Closed(ReferralState state) => state.Status switch
    {
        ReferralStatus.Cancelled => new(RefusalCode.ReferralCancelled,
            "The referral was cancelled; a cancelled referral is final (send a new referral instead).",
            ReferralArticles.ContactSpecialisedCentre),
        ReferralStatus.IntakeDone => new(RefusalCode.IntakeAlreadyDone,
            "The intake is done; the referral is final (what follows belongs to the centre's assistance or the residence procedure).",
            ReferralArticles.CentreReception),
        ReferralStatus.Sent or ReferralStatus.Acknowledged or ReferralStatus.IntakeScheduled => null,
    };

    private static Outcome<ReferralState> Acknowledge(ReferralState state, AcknowledgeReferral action)
    {
        if (state.Status != ReferralStatus.Sent)
        {
            return Refuse(RefusalCode.AlreadyAcknowledged,
                $"The centre already acknowledged the referral on {state.AcknowledgedAt}.", ReferralArticles.CentreReception);
        }

        return Accept(state with { Status = ReferralStatus.Acknowledged, AcknowledgedAt = action.At, LastActionAt = action.At });
    }

    private static Outcome<ReferralState> Schedule(ReferralState state, ScheduleIntake action)
    {
        if (state.AcknowledgedAt is not { } acknowledged)
        {
            return NotYetAcknowledged("An intake cannot be scheduled");
        }

        if (action.IntakeAt < acknowledged)
        {
            return Refuse(RefusalCode.IntakeBeforeAcknowledgement,
                $"The intake cannot take place ({action.IntakeAt}) before the centre acknowledged the referral ({acknowledged}).",
                ReferralArticles.CentreReception);
        }

        return Accept(state with
        {
            Status = ReferralStatus.IntakeScheduled, IntakeScheduledFor = action.IntakeAt, LastActionAt = action.At,
        });
    }

    private static Outcome<ReferralState> Intake(ReferralState state, RecordIntake action)
    {
        if (state.AcknowledgedAt is null)
        {
            return NotYetAcknowledged("The intake cannot be recorded as done");
        }

        if (action.Outcome == IntakeOutcome.EnteredResidenceProcedure && action.Citizenship != CitizenshipGroup.ThirdCountry)
        {
            var who = action.Citizenship == CitizenshipGroup.Belgian ? "a Belgian national" : "a national of another EU member state";
            return Refuse(RefusalCode.ProcedureOnlyForThirdCountryNationals,
                $"The residence procedure for victims is open to third-country nationals only, and the person is {who}; record the assistance without procedure instead.",
                ReferralArticles.ThirdCountryNationalsOnly);
        }

        if (TransferProblem(state, action) is { } transfer)
        {
            return new(transfer);
        }

        return Accept(state with
        {
            Status = ReferralStatus.IntakeDone,
            IntakeDoneAt = action.At,
            IntakeOutcome = action.Outcome,
            TransferredTo = action.TransferredTo,
            LastActionAt = action.At,
        });
    }

    private static Refusal? TransferProblem(ReferralState state, RecordIntake action)
    {
        if (action.Outcome != IntakeOutcome.TransferredToOtherCentre)
        {
            return action.TransferredTo is null ? null : new(RefusalCode.TransferTargetWithoutTransfer,
                "A receiving centre is named only when the outcome is a transfer to another centre.",
                ReferralArticles.CentreReception);
        }

        if (action.TransferredTo is not { } target)
        {
            return new(RefusalCode.TransferTargetMissing,
                "A transfer names the recognised centre that takes over.", ReferralArticles.CentreReception);
        }

        return target == state.Centre
            ? new(RefusalCode.TransferToSameCentre,
                "A transfer goes to another recognised centre than the one the person was referred to.",
                ReferralArticles.CentreReception)
            : null;
    }

    private static Outcome<ReferralState> Cancel(ReferralState state, CancelReferral action)
    {
        if (string.IsNullOrWhiteSpace(action.Reason))
        {
            return Refuse(RefusalCode.CancellationReasonMissing,
                "Cancelling a referral needs a reason, because the service had to contact a specialised centre.",
                ReferralArticles.ContactSpecialisedCentre);
        }

        return Accept(state with
        {
            Status = ReferralStatus.Cancelled,
            CancelledAt = action.At,
            CancellationReason = action.Reason.Trim(),
            LastActionAt = action.At,
        });
    }

    private static Outcome<ReferralState> NotYetAcknowledged(string what) =>
        Refuse(RefusalCode.NotYetAcknowledged,
            $"{what} before the centre has acknowledged the referral.", ReferralArticles.CentreReception);

    private static Outcome<ReferralState> Accept(ReferralState state) => new(state);

    private static Outcome<ReferralState> Refuse(RefusalCode code, string explanation, Common.LegalBasis basis) =>
        new(new Refusal(code, explanation, basis));
}
