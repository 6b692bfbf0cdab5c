using NodaTime;
using OpenNrm.Domain.Audit;
using OpenNrm.Domain.Detection;
using OpenNrm.Domain.Referral;
using OpenNrm.Web.Features.Referrals;

namespace OpenNrm.Web.Features.Synthetic;

/// <summary>Where a referral ended up, for the procedure that may follow the intake.</summary>
internal sealed record GeneratedReferral(Referral Referral, string CentreCode, IntakeOutcome? Outcome, DateTimeOffset? IntakeDoneAt);

/// <summary>
/// Refers a detected person as <see cref="ReferralService"/> does (routing advice, now and then overridden with a
/// reason) and carries the referral through the domain's lifecycle: acknowledgement (mostly within the hour, some
/// late and escalated), the intake interview and its outcome, or a cancellation. Every step goes through
/// <see cref="ReferralLifecycle.Apply"/>; nothing after the end of generated time happens.
/// </summary>
internal static class ReferralFactory
{
    private static readonly SpecialisedCentre[] Centres = [SpecialisedCentre.PagAsa, SpecialisedCentre.Payoke, SpecialisedCentre.Surya];

    private static readonly string[] CancellationReasons =
    [
        "The person left before the centre could be reached.",
        "Sent twice by mistake; the other referral stands.",
        "The person was taken to hospital; a new referral will follow.",
    ];

    private const string OverrideReason = "The person asked to be placed away from the region where the exploiters operate.";

    private static readonly Weighted<IntakeOutcome> ThirdCountryOutcomes = new(
        (IntakeOutcome.EnteredResidenceProcedure, 42), (IntakeOutcome.AssistedWithoutProcedure, 12), (IntakeOutcome.NotPresumedVictim, 12),
        (IntakeOutcome.PersonDeclined, 16), (IntakeOutcome.Unreachable, 13), (IntakeOutcome.TransferredToOtherCentre, 5));

    private static readonly Weighted<IntakeOutcome> EuropeanOutcomes = new(
        (IntakeOutcome.AssistedWithoutProcedure, 55), (IntakeOutcome.NotPresumedVictim, 15), (IntakeOutcome.PersonDeclined, 15),
        (IntakeOutcome.Unreachable, 10), (IntakeOutcome.TransferredToOtherCentre, 5));

    public static GeneratedReferral Send(GenerationContext g, GeneratedSignal signal, DetectedPerson detected)
    {
        var r = g.Random;
        var person = detected.Person;
        var advice = ReferralRouting.Route(new RoutingFacts(signal.Place?.Region, person.IsMinor, detected.Languages));
        var centre = advice.Centre.Recommended;
        string? overrideReason = null;
        if (r.Chance(0.05))
        {
            var other = OtherThan(r, centre);
            var decision = ReferralRouting.Override(advice, other, advice.MinorsStructure?.Recommended, OverrideReason);
            if (decision.IsAccepted)
            {
                centre = decision.Value.Centre;
                overrideReason = decision.Value.Reason;
            }
        }

        var structure = advice.MinorsStructure?.Recommended;
        var sentAt = Earlier(signal.Signal.CreatedAt.AddMinutes(r.Between(2, 45)), g.Horizon.AddMinutes(-1));
        var referral = new Referral(Guid.CreateVersion7(), signal.Signal.Id, person.Id, detected.File.Id, CentreDirectory.IdOf(centre),
            structure is { } s ? CentreDirectory.IdOf(s) : null, advice.Centre.Recommended, overrideReason, signal.Officer,
            signal.Signal.DetectingOrganisationId, ReferralLifecycle.Send(Instant.FromDateTimeOffset(sentAt), centre, structure));
        detected.File.Involve(referral.CentreId, sentAt);
        if (referral.MinorsStructureId is { } m)
        {
            detected.File.Involve(m, sentAt);
        }

        person.Duties.FirstOrDefault(d => d.Kind == LegalDutyKind.ReferToSpecialisedCentre)?.MarkDone(signal.Officer, sentAt);
        g.Counts.Referrals++;
        g.Audit(sentAt, AuditEventType.ReferralSent, "Referral", referral.Id, signal.Officer, signal.Organisation,
            details: $"centre={centre} override={overrideReason is not null}");
        var centreCode = CodeOf(centre);
        return Follow(g, referral, signal, person.Citizenship, centreCode, sentAt);
    }

    private static GeneratedReferral Follow(GenerationContext g, Referral referral, GeneratedSignal signal, CitizenshipGroup citizenship, string centreCode,
        DateTimeOffset sentAt)
    {
        var r = g.Random;
        var caseworker = g.Staff.Pick(r, centreCode);
        var cancelAt = sentAt.AddMinutes(r.Between(5, 50));
        if (r.Chance(0.03))
        {
            if (g.HasHappened(cancelAt) && Apply(g, referral, new CancelReferral(Instant.FromDateTimeOffset(cancelAt), r.Pick(CancellationReasons))))
            {
                g.Audit(cancelAt, AuditEventType.ReferralCancelled, "Referral", referral.Id, signal.Officer, signal.Organisation, details: referral.Status.ToString());
            }

            return new(referral, centreCode, null, null);
        }

        var window = g.AcknowledgementWindow.ToTimeSpan();
        var delay = TimeSpan.FromMinutes(r.Chance(0.86) ? r.Between(3, (int)window.TotalMinutes - 2) : r.Between((int)window.TotalMinutes + 1, 12 * 60));
        var acknowledgedAt = sentAt + delay;
        // The escalation pass would have raised the overdue referral at the end of the window, and to every centre at twice it.
        var waited = Earlier(acknowledgedAt, g.Horizon) - sentAt;
        if (waited > window)
        {
            referral.Escalated(sentAt + window);
        }

        if (waited > 2 * window)
        {
            referral.EscalatedToAll(sentAt + (2 * window));
        }

        if (!g.HasHappened(acknowledgedAt) || !Apply(g, referral, new AcknowledgeReferral(Instant.FromDateTimeOffset(acknowledgedAt))))
        {
            return new(referral, centreCode, null, null);
        }

        referral.Acknowledged(caseworker);
        g.Audit(acknowledgedAt, AuditEventType.ReferralAcknowledged, "Referral", referral.Id, caseworker, centreCode, details: referral.Status.ToString());
        if (r.Chance(0.5))
        {
            g.Audit(acknowledgedAt.AddMinutes(1), AuditEventType.ReferralViewed, "Referral", referral.Id, caseworker, centreCode);
        }

        var scheduledAt = acknowledgedAt.AddMinutes(r.Between(5, 90));
        var intakeAt = acknowledgedAt.AddMinutes(r.Between(180, 5 * 24 * 60));
        if (!g.HasHappened(scheduledAt)
            || !Apply(g, referral, new ScheduleIntake(Instant.FromDateTimeOffset(scheduledAt), Instant.FromDateTimeOffset(intakeAt))))
        {
            return new(referral, centreCode, null, null);
        }

        g.Audit(scheduledAt, AuditEventType.ReferralIntakeScheduled, "Referral", referral.Id, caseworker, centreCode, details: referral.Status.ToString());
        var doneAt = intakeAt.AddMinutes(r.Between(45, 180));
        var outcome = (citizenship == CitizenshipGroup.ThirdCountry ? ThirdCountryOutcomes : EuropeanOutcomes).Pick(r);
        SpecialisedCentre? transferredTo = outcome == IntakeOutcome.TransferredToOtherCentre ? OtherThan(r, referral.Centre) : null;
        if (!g.HasHappened(doneAt)
            || !Apply(g, referral, new RecordIntake(Instant.FromDateTimeOffset(doneAt), outcome, citizenship, transferredTo)))
        {
            return new(referral, centreCode, null, null);
        }

        // The caseworker opens the person's file to prepare the interview; the read is audited with its purpose.
        g.Audit(intakeAt.AddMinutes(-r.Between(15, 60)), AuditEventType.CaseViewed, "Case", referral.CaseId, caseworker, centreCode, purpose: "intake interview");
        g.Audit(doneAt, AuditEventType.ReferralIntakeRecorded, "Referral", referral.Id, caseworker, centreCode, details: referral.Status.ToString());
        return new(referral, centreCode, outcome, doneAt);
    }

    /// <summary>The lifecycle's verdict decides; a refused step is counted and leaves the referral as it was.</summary>
    private static bool Apply(GenerationContext g, Referral referral, ReferralAction action)
    {
        var outcome = ReferralLifecycle.Apply(referral.State(), action);
        if (!outcome.IsAccepted)
        {
            g.Counts.RefusedEvents++;
            return false;
        }

        referral.Keep(outcome.Value);
        return true;
    }

    private static SpecialisedCentre OtherThan(Random random, SpecialisedCentre centre) => random.Pick(Centres.Where(c => c != centre).ToArray());

    /// <summary>The reference-data code of the centre, which names its staff pool.</summary>
    private static string CodeOf(SpecialisedCentre centre) => centre switch
    {
        SpecialisedCentre.PagAsa => "CENTRE-PAGASA",
        SpecialisedCentre.Payoke => "CENTRE-PAYOKE",
        SpecialisedCentre.Surya => "CENTRE-SURYA",
    };

    private static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
