using NodaTime;
using OpenNrm.Domain.Audit;
using OpenNrm.Domain.Residence;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Residence;

namespace OpenNrm.Web.Features.Synthetic;

/// <summary>
/// Walks one residence procedure from its opening, with the timing the seed describes: the reflection document
/// at once, a complaint or statements within weeks, the attestation, the prosecutor's confirmation months later,
/// the A-card renewed every six months while the proceedings run, and the B-card after charges retaining
/// trafficking or a conviction; with the usual exits (voluntary return, withdrawal, dismissal) on the way. The
/// centre applies for each document and renewal before the Immigration Office decides (RD 8 Oct 1981 art. 110bis §1).
/// Every event is put to <see cref="ProcedureEvaluator.Decide"/> before it is appended, exactly as
/// <see cref="ResidenceService"/> does, and recorded by an account of the competent authority.
/// </summary>
internal sealed class ProcedurePath(GenerationContext g, ResidenceProcedure procedure, string centre, string prosecutor, Guid caseworker)
{
    private LocalDate _cursor = procedure.OpenedOn;
    private bool _timeIsUp;

    public void Walk()
    {
        var r = g.Random;
        var minor = procedure.IsUnaccompaniedMinor;
        Apply(ReflectionDocumentLaw.DocumentFor(minor, _cursor), renewal: false, _cursor);
        var issuedOn = Next(0, 2);
        Record(new(ProcedureEventKind.DocumentIssued, issuedOn.ToDateOnly(), ReflectionDocumentLaw.DocumentFor(minor, issuedOn)));
        Record(new(ProcedureEventKind.SupportAccepted, _cursor.ToDateOnly()));
        var roll = r.NextDouble();
        if (roll < 0.09)
        {
            Record(new(ProcedureEventKind.VoluntaryReturn, Next(7, 40).ToDateOnly()));
            return;
        }

        if (roll < 0.14)
        {
            // Contact lost during the reflection period: the centre withdraws the procedure.
            Record(new(ProcedureEventKind.ProcedureWithdrawn, Next(10, 60).ToDateOnly()));
            return;
        }

        if (minor && r.Chance(0.3))
        {
            Record(new(ProcedureEventKind.DurableSolutionProcedureStarted, Next(5, 40).ToDateOnly()));
        }

        Record(new(r.Chance(0.6) ? ProcedureEventKind.ComplaintFiled : ProcedureEventKind.StatementsMade, Next(2, 30).ToDateOnly()));
        Record(new(ProcedureEventKind.ProceedingsStatusChanged, Next(0, 10).ToDateOnly(), ProceedingsStatus: ProceedingsStatus.InvestigationOngoing));
        Apply(DocumentType.AttestationOfImmatriculation, renewal: false, _cursor);
        var attestation = Next(2, 15);
        Record(new(ProcedureEventKind.DocumentIssued, attestation.ToDateOnly(), DocumentType.AttestationOfImmatriculation));
        if (!PresumedVictim(attestation))
        {
            return;
        }

        Identified(_cursor);
    }

    /// <summary>From the attestation to the A-card; false when the procedure ends on the way.</summary>
    private bool PresumedVictim(LocalDate attestation)
    {
        var r = g.Random;
        var roll = r.NextDouble();
        if (roll < 0.08)
        {
            Record(new(ProcedureEventKind.ProceedingsStatusChanged, Next(30, 170).ToDateOnly(), ProceedingsStatus: ProceedingsStatus.Dismissed));
            return false;
        }

        if (roll < 0.13)
        {
            Record(new(ProcedureEventKind.DocumentWithdrawn, Next(20, 85).ToDateOnly(), WithdrawalReason: WithdrawalReason.LackOfCooperation));
            return false;
        }

        if (roll < 0.17)
        {
            // An asylum application is recorded as an alternative; the procedure goes on.
            Record(new(ProcedureEventKind.AsylumApplied, Next(5, 60).ToDateOnly()));
        }

        var confirmOn = attestation.PlusDays(r.Between(25, 160));
        var expires = attestation.PlusMonths(3).PlusDays(-1);
        if (confirmOn > expires.PlusDays(-30))
        {
            // Renewed once, "necessary for the investigation", when the identification will come after the attestation lapses.
            var renewOn = LocalDate.Max(_cursor, LocalDate.Min(expires.PlusDays(-r.Between(3, 14)), confirmOn));
            Apply(DocumentType.AttestationOfImmatriculation, renewal: true, LocalDate.Max(_cursor, renewOn.PlusDays(-r.Between(2, 10))));
            _cursor = renewOn;
            Record(new(ProcedureEventKind.DocumentRenewed, renewOn.ToDateOnly()));
        }

        _cursor = LocalDate.Max(_cursor, confirmOn);
        foreach (var criterion in Enum.GetValues<ProsecutorCriterion>())
        {
            Record(new(ProcedureEventKind.ProsecutorConfirmed, _cursor.ToDateOnly(), Criterion: criterion));
        }

        Apply(DocumentType.ACard, renewal: false, _cursor);
        var threat = r.Chance(0.02);
        Record(new(ProcedureEventKind.PublicOrderAssessed, Next(2, 20).ToDateOnly(), NoThreat: !threat));
        if (threat)
        {
            Record(new(ProcedureEventKind.DocumentRefused, Next(5, 30).ToDateOnly(), DocumentType.ACard));
            return false;
        }

        Record(new(ProcedureEventKind.DocumentIssued, Next(1, 15).ToDateOnly(), DocumentType.ACard));
        return true;
    }

    /// <summary>The identified victim's years: proceedings, identity, renewals, and the B-card or an exit, merged in date order.</summary>
    private void Identified(LocalDate aCard)
    {
        var r = g.Random;
        var prosecution = aCard.PlusDays(r.Between(60, 700));
        var withTrafficking = r.Chance(0.85);
        var end = prosecution.PlusDays(r.Between(180, 900));
        var convicted = r.Chance(0.7);
        LocalDate? identity = r.Chance(0.95) ? aCard.PlusDays(r.Between(20, 540)) : null;
        var resumedOn = aCard.PlusDays(r.Between(30, 400));
        var resumed = r.Chance(0.02);
        LocalDate? bCard = identity is not { } proven ? null
            : withTrafficking ? LocalDate.Max(prosecution, proven).PlusDays(r.Between(30, 150))
            : convicted ? LocalDate.Max(end, proven).PlusDays(r.Between(20, 120))
            : null;
        var stop = bCard ?? (withTrafficking || convicted ? LocalDate.MaxIsoValue : end);
        var steps = new List<(LocalDate On, int Rank, ProcedureEventInput Input)>
        {
            (prosecution, 0, new(ProcedureEventKind.ProceedingsStatusChanged, prosecution.ToDateOnly(), ProceedingsStatus: ProceedingsStatus.Prosecution)),
            (prosecution, 0, new(ProcedureEventKind.ChargesRetained, prosecution.ToDateOnly(), WithTrafficking: withTrafficking)),
        };
        if (identity is { } i)
        {
            steps.Add((i, 0, new(ProcedureEventKind.IdentityProven, i.ToDateOnly())));
        }

        if (convicted)
        {
            steps.Add((end, 0, new(ProcedureEventKind.ConvictionRecorded, end.ToDateOnly())));
        }

        steps.Add((end, 0, new(ProcedureEventKind.ProceedingsStatusChanged, end.ToDateOnly(),
            ProceedingsStatus: convicted ? ProceedingsStatus.EndedWithConviction : ProceedingsStatus.EndedWithoutConviction)));
        if (bCard is { } b)
        {
            var applied = b.PlusDays(-r.Between(5, 20));
            steps.Add((applied, 1, new(ProcedureEventKind.DocumentApplied, applied.ToDateOnly(), DocumentType.BCard, Renewal: false)));
            steps.Add((b, 2, new(ProcedureEventKind.DocumentIssued, b.ToDateOnly(), DocumentType.BCard)));
        }

        if (resumed && resumedOn < end && resumedOn < stop)
        {
            var withdrawn = resumedOn.PlusDays(r.Between(5, 30));
            steps.Add((resumedOn, 0, new(ProcedureEventKind.ContactWithTraffickersResumed, resumedOn.ToDateOnly())));
            steps.Add((withdrawn, 1, new(ProcedureEventKind.DocumentWithdrawn, withdrawn.ToDateOnly(), WithdrawalReason: WithdrawalReason.ResumedContactWithTraffickers)));
            stop = LocalDate.Min(stop, withdrawn);
        }

        // The A-card is renewed every six months until the proceedings end (art. 61/4 §1), applied for before it lapses.
        var lastDay = aCard.PlusMonths(6).PlusDays(-1);
        var renewUntil = LocalDate.Min(end, stop);
        while (lastDay.PlusDays(-r.Between(3, 25)) is var renewOn && renewOn < renewUntil)
        {
            var applied = renewOn.PlusDays(-r.Between(5, 20));
            steps.Add((applied, 0, new(ProcedureEventKind.DocumentApplied, applied.ToDateOnly(), DocumentType.ACard, Renewal: true)));
            steps.Add((renewOn, 0, new(ProcedureEventKind.DocumentRenewed, renewOn.ToDateOnly())));
            lastDay = lastDay.PlusDays(1).PlusMonths(6).PlusDays(-1);
        }

        foreach (var step in steps.OrderBy(s => s.On).ThenBy(s => s.Rank))
        {
            if (step.On > stop)
            {
                break;
            }

            Record(step.Input);
        }
    }

    private void Apply(DocumentType type, bool renewal, LocalDate on) =>
        Record(new(ProcedureEventKind.DocumentApplied, on.ToDateOnly(), type, Renewal: renewal));

    private LocalDate Next(int minDays, int maxDays) => _cursor = _cursor.PlusDays(g.Random.Between(minDays, maxDays));

    /// <summary>Appends the event if it happened before the as-of day and the law allowed it on its date.</summary>
    private void Record(ProcedureEventInput input)
    {
        var date = LocalDate.FromDateOnly(input.Date!.Value);
        if (_timeIsUp || date >= g.AsOf)
        {
            _timeIsUp = true;
            return;
        }

        var (proposed, _) = ProcedureEventMapping.ToDomain(input);
        if (proposed is null || !ProcedureEvaluator.Decide(procedure.History(), proposed).IsAllowed)
        {
            g.Counts.RefusedEvents++;
            return;
        }

        var r = g.Random;
        var competence = RecordingCompetence.For(proposed);
        var (organisation, user) = competence.Allows(CompetentActor.RecognisedCentre) && (competence.Actors.Count == 1 || r.Chance(0.7))
            ? (centre, caseworker)
            : competence.Allows(CompetentActor.Prosecutor) ? (prosecutor, g.Staff.Pick(r, prosecutor))
            : ("IO-THB", g.Staff.Pick(r, "IO-THB"));
        var at = Timeline.OfficeHours(r, date);
        var record = procedure.Append(input, user, BelgianReferenceData.IdFor(organisation), at);
        g.Counts.ProcedureEvents++;
        g.Audit(at, AuditEventType.ProcedureEventRecorded, "Procedure", procedure.Id, user, organisation,
            details: record.Kind + " " + record.Date.ToDateOnly().ToString("O"));
        var readAt = at.AddMinutes(r.Between(5, 240));
        if (r.Chance(0.4) && g.HasHappened(readAt))
        {
            // The caseworker reads the file again when something happens in it; every read is on the trail with its purpose.
            g.Audit(readAt, AuditEventType.ProcedureViewed, "Procedure", procedure.Id, caseworker, centre, purpose: AuditLog.DefaultPurpose);
        }
    }
}
