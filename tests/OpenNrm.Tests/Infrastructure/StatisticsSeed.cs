using NodaTime;
using OpenNrm.Domain.Detection;
using OpenNrm.Domain.Proceedings;
using OpenNrm.Domain.Referral;
using OpenNrm.Domain.Residence;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Cases;
using OpenNrm.Web.Features.Detection;
using OpenNrm.Web.Features.Proceedings;
using OpenNrm.Web.Features.Referrals;
using OpenNrm.Web.Features.Residence;

namespace OpenNrm.Tests.Infrastructure;

/// <summary>
/// Records the statistics are computed from, written straight into the database: persons of signals, referrals,
/// residence procedures and judgments, dated in whatever year a test counts.
/// </summary>
public sealed class StatisticsSeed(TestApp app)
{
    private static int notices = 100_000;

    /// <summary>
    /// One person of one signal, seeded directly (the API cannot back-date a referral). Optionally referred to
    /// PAG-ASA two hours after the detection and acknowledged <paramref name="acknowledgedAfter"/> after it.
    /// </summary>
    public async Task<Guid> PersonAsync(LocalDate detectedOn, string postalCode, string organisationCode, HtcdsGender gender, int? estimatedAge,
        string nationality, ExploitationPurpose purpose, bool referred = false, Duration? acknowledgedAfter = null, LocalDate? birthDate = null)
    {
        var caseId = Guid.CreateVersion7();
        await app.WithDbAsync(async db =>
        {
            var organisation = BelgianReferenceData.IdFor(organisationCode);
            // Noon in Brussels is the same calendar day in UTC, so the reference year is unambiguous.
            var detectedAt = new DateTimeOffset(detectedOn.Year, detectedOn.Month, detectedOn.Day, 11, 0, 0, TimeSpan.Zero);
            var file = new CaseFile(caseId, CaseReferences.Draw(detectedAt), "Statistics Person", "stats-" + caseId.ToString("N"), organisation, detectedAt);
            db.Cases.Add(file);
            var signal = new Signal(Guid.CreateVersion7(), detectedAt, "Test place", DetectionContext.PoliceControl, organisation, Guid.NewGuid(), string.Empty, detectedAt);
            signal.Place(Domain.Geography.BelgianPlaces.Find(postalCode));
            var person = new SignalPerson(Guid.CreateVersion7(), signal.Id, 0, caseId, string.Empty, gender, birthDate, estimatedAge, nationality, "en",
                estimatedAge < 18, false, Citizenship.Of([nationality]), purpose.ToString(), null, string.Empty, false);
            signal.Add(person);
            db.Signals.Add(signal);
            if (referred)
            {
                var sent = Instant.FromDateTimeOffset(detectedAt) + Duration.FromMinutes(30);
                var state = ReferralLifecycle.Send(sent, SpecialisedCentre.PagAsa, null);
                if (acknowledgedAfter is { } after)
                {
                    state = ReferralLifecycle.Apply(state, new AcknowledgeReferral(Instant.FromDateTimeOffset(detectedAt) + after)).Value!;
                }

                db.Referrals.Add(new Referral(Guid.CreateVersion7(), signal.Id, person.Id, caseId, CentreDirectory.IdOf(SpecialisedCentre.PagAsa), null,
                    SpecialisedCentre.PagAsa, null, Guid.NewGuid(), organisation, state));
            }

            await db.SaveChangesAsync();
        });
        return caseId;
    }

    /// <summary>Support by <paramref name="centre"/> from <paramref name="openedOn"/>, closed on <paramref name="closedOn"/> when given.</summary>
    public Task SupportAsync(Guid caseId, SpecialisedCentre centre, LocalDate openedOn, LocalDate? closedOn = null) => app.WithDbAsync(async db =>
    {
        var support = new OpenNrm.Web.Features.Assistance.SupportCase(Guid.CreateVersion7(), caseId, CentreDirectory.IdOf(centre), openedOn, Guid.NewGuid(),
            DateTimeOffset.UtcNow);
        if (closedOn is { } on)
        {
            support.Close(new OpenNrm.Domain.Assistance.SupportClosure(on, OpenNrm.Domain.Assistance.ClosureReason.GoalsReached, null), Guid.NewGuid());
        }

        db.SupportCases.Add(support);
        await db.SaveChangesAsync();
    });

    /// <summary>
    /// A lawful procedure opened by PAG-ASA: reflection document on <paramref name="reflection"/>, then, when
    /// <paramref name="identifiedAfterDays"/> is given, the attestation and the prosecutor's four confirmations that
    /// many days later and the A-card the day after. <paramref name="unlawfulACardOn"/> records an A-card the law
    /// does not allow, as only a direct write could.
    /// </summary>
    public Task ProcedureAsync(Guid caseId, LocalDate reflection, int? identifiedAfterDays, LocalDate? unlawfulACardOn = null) => app.WithDbAsync(async db =>
    {
        var centre = CentreDirectory.IdOf(SpecialisedCentre.PagAsa);
        var at = DateTimeOffset.UtcNow;
        var procedure = new ResidenceProcedure(Guid.CreateVersion7(), caseId, centre, BelgianReferenceData.IdFor("PROS-BXL"),
            new ProcedureOpened(reflection, IsThirdCountryNational: true, IsUnaccompaniedMinor: false), at);
        void Add(ProcedureEventKind kind, LocalDate on, DocumentType? type = null, ProsecutorCriterion? criterion = null, bool? noThreat = null) =>
            procedure.Append(new ProcedureEventInput(kind, on.ToDateOnly(), type, Criterion: criterion, NoThreat: noThreat), Guid.NewGuid(), centre, at);

        Add(ProcedureEventKind.DocumentIssued, reflection, DocumentType.Annex15ReflectionDocument);
        Add(ProcedureEventKind.SupportAccepted, reflection);
        if (identifiedAfterDays is { } days)
        {
            var identified = reflection.PlusDays(days);
            Add(ProcedureEventKind.StatementsMade, reflection.PlusDays(1));
            Add(ProcedureEventKind.DocumentIssued, reflection.PlusDays(2), DocumentType.AttestationOfImmatriculation);
            foreach (var criterion in Enum.GetValues<ProsecutorCriterion>())
            {
                Add(ProcedureEventKind.ProsecutorConfirmed, identified, criterion: criterion);
            }

            Add(ProcedureEventKind.PublicOrderAssessed, identified, noThreat: true);
            Add(ProcedureEventKind.DocumentIssued, identified.PlusDays(1), DocumentType.ACard);
        }

        if (unlawfulACardOn is { } on)
        {
            Add(ProcedureEventKind.DocumentIssued, on, DocumentType.ACard);
        }

        // As the application records an event: the summary and the statistics' milestones kept with the procedure.
        procedure.Summarise(Web.Features.Shared.LegalCalendar.Today(TimeProvider.System));
        db.Procedures.Add(procedure);
        await db.SaveChangesAsync();
    });

    /// <summary>
    /// A case of the Brussels prosecutor's office judged on <paramref name="judgedOn"/>, seeded directly (the API
    /// cannot back-date a case): every act goes through the register first, as the demo does, so the stored history
    /// is one the rules accept.
    /// </summary>
    public Task JudgmentAsync(LocalDate judgedOn, JudgmentOutcome outcome, ExploitationCategory exploitation) => app.WithDbAsync(async db =>
    {
        var office = BelgianReferenceData.IdFor("PROS-BXL");
        var magistrate = Guid.NewGuid();
        var opened = judgedOn.PlusDays(-400);
        var today = LocalDate.FromDateTime(DateTime.UtcNow);
        var state = ProceedingsRegister.Open(office.ToString(), $"BR.99.L1.{Interlocked.Increment(ref notices):D6}/{opened.Year % 100:D2}", opened,
            magistrate.ToString(), today).Value!;
        var record = new ProceedingsRecord(Guid.CreateVersion7(), office, state, magistrate, magistrate, DateTimeOffset.UtcNow);
        foreach (ProceedingsEvent next in new ProceedingsEvent[]
                 {
                     new JudicialInvestigationOpened(opened.PlusDays(30)),
                     new ChargesBrought(opened.PlusDays(200), ChargeRoute.CouncilChamberReferral, IncludesTrafficking: true),
                     new TrialOpened(opened.PlusDays(300)),
                     new JudgmentDelivered(judgedOn, outcome, exploitation, TraffickingRetained: outcome != JudgmentOutcome.Acquittal),
                 })
        {
            state = ProceedingsRegister.Record(state, next, today).Value ?? throw new InvalidOperationException($"The register refused {next}");
            record.Append(next, magistrate, DateTimeOffset.UtcNow);
        }

        db.CriminalProceedings.Add(record);
        await db.SaveChangesAsync();
    });

    /// <summary>
    /// One case of <see cref="ProceedingsDataset"/>, seeded directly (the API cannot back-date a case) after the
    /// register accepted every act, with its victims' files linked in order.
    /// </summary>
    public Task CaseAsync(DatasetCase c, IReadOnlyList<Guid> victimFiles) => app.WithDbAsync(async db =>
    {
        var office = BelgianReferenceData.IdFor(c.Office);
        var magistrate = Guid.NewGuid();
        var state = ProceedingsDataset.Lawful(c, office.ToString(), $"BR.98.L1.{Interlocked.Increment(ref notices):D6}/{c.Opened.Year % 100:D2}");
        var now = DateTimeOffset.UtcNow;
        var record = new ProceedingsRecord(Guid.CreateVersion7(), office, state, magistrate, magistrate, now);
        foreach (var act in c.Acts)
        {
            record.Append(act, magistrate, now);
        }

        db.CriminalProceedings.Add(record);
        for (var i = 0; i < c.Victims.Length; i++)
        {
            var file = victimFiles[c.Victims[i]];
            db.VictimLinks.Add(new VictimLinkRecord(Guid.CreateVersion7(), record.Id, file, VictimLinks.Link(file.ToString(), state, VictimRoles.Complainant),
                magistrate, now.AddSeconds(i)));
        }

        await db.SaveChangesAsync();
    });
}
