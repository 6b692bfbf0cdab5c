using Microsoft.EntityFrameworkCore;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Assistance;
using OpenNrm.Web.Features.Cases;
using OpenNrm.Web.Features.Detection;
using OpenNrm.Web.Features.Residence;

namespace OpenNrm.Web.Features.Retention;

/// <summary>
/// Reads what one file holds, in full and decrypted, for the answer to a request for access: the only reader in
/// OpenNRM that gathers everything at once, so it is reached only through <see cref="SubjectAccessExport"/>,
/// which checks the permission, the stated request and writes the audit entry.
/// </summary>
public sealed class SubjectAccessReader(AppDbContext db)
{
    public async Task<SubjectFile> ReadAsync(CaseFile file, bool linked, IReadOnlyDictionary<Guid, string> organisations, CancellationToken ct) =>
        new(file.Reference, linked, file.PersonName, file.OpenedAt, Name(organisations, file.OpenedByOrganisationId),
            await SignalsAsync(file.Id, organisations, ct),
            await ReferralsAsync(file.Id, organisations, ct),
            await ProcedureAsync(file.Id, organisations, ct),
            await SupportAsync(file.Id, organisations, ct),
            await ProceedingsAsync(file.Id, organisations, ct));

    private async Task<List<SignalEntry>> SignalsAsync(Guid caseId, IReadOnlyDictionary<Guid, string> organisations, CancellationToken ct)
    {
        var persons = await db.Set<SignalPerson>().AsNoTracking().Include(p => p.Duties).Where(p => p.CaseId == caseId).ToListAsync(ct);
        var ids = persons.Select(p => p.SignalId).ToList();
        var signals = await db.Signals.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        return [.. persons.Select(p => (Person: p, Signal: signals[p.SignalId]))
            .OrderBy(x => x.Signal.DetectedAt)
            .Select(x => new SignalEntry(x.Signal.DetectedAt, Name(organisations, x.Signal.DetectingOrganisationId), x.Signal.Context,
                x.Signal.Municipality, x.Signal.PostalCode, x.Signal.JudicialDistrict, x.Signal.Circumstances, x.Person.Aliases, x.Person.Gender,
                x.Person.BirthDate?.ToDateOnly(), x.Person.EstimatedAge, x.Person.Nationalities, x.Person.Languages, x.Person.IsMinor, x.Person.IsUnaccompanied,
                x.Person.SuspectedExploitation, x.Person.IndicatorCodes,
                [.. x.Person.Duties.OrderBy(d => d.Kind).Select(d => new DutyEntry(d.Kind, d.Basis, d.DoneAt))]))];
    }

    private async Task<List<ReferralEntry>> ReferralsAsync(Guid caseId, IReadOnlyDictionary<Guid, string> organisations, CancellationToken ct) =>
        [.. (await db.Referrals.AsNoTracking().Where(r => r.CaseId == caseId).ToListAsync(ct))
            .OrderBy(r => r.SentAt)
            .Select(r => new ReferralEntry(Name(organisations, r.CentreId), r.Status, r.SentAt, Name(organisations, r.SentByOrganisation),
                r.AcknowledgedAt, r.IntakeDoneAt, r.IntakeOutcome, r.OverrideReason, r.CancellationReason))];

    private async Task<ProcedureEntry?> ProcedureAsync(Guid caseId, IReadOnlyDictionary<Guid, string> organisations, CancellationToken ct)
    {
        var procedure = await db.Procedures.AsNoTracking().Include(p => p.Events).FirstOrDefaultAsync(p => p.CaseId == caseId, ct);
        return procedure is null
            ? null
            : new ProcedureEntry(Name(organisations, procedure.CentreId), procedure.OpenedOn.ToDateOnly(), procedure.IsThirdCountryNational, procedure.IsUnaccompaniedMinor,
                procedure.Stage,
                [.. procedure.Events.OrderBy(e => e.Sequence).Select(e => new ProcedureEventEntry(e.Date.ToDateOnly(), e.Kind, Detail(e),
                    Name(organisations, e.RecordedByOrganisation)))]);
    }

    private static string? Detail(ProcedureEventRecord e)
    {
        var parts = new[] { e.DocumentType?.ToString(), e.Criterion?.ToString(), e.WithdrawalReason?.ToString(), e.ProceedingsStatus?.ToString(), e.Flag?.ToString() }
            .OfType<string>().ToList();
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    private async Task<List<SupportEntry>> SupportAsync(Guid caseId, IReadOnlyDictionary<Guid, string> organisations, CancellationToken ct)
    {
        var supports = await db.SupportCases.AsNoTracking().Where(s => s.CaseId == caseId).OrderBy(s => s.OpenedOn).ToListAsync(ct);
        var ids = supports.Select(s => s.Id).ToList();
        var actions = (await db.SupportPlanActions.AsNoTracking().Where(a => ids.Contains(a.SupportCaseId)).ToListAsync(ct)).ToLookup(a => a.SupportCaseId);
        var goals = await db.SupportGoals.AsNoTracking().Where(g => ids.Contains(g.SupportCaseId)).ToListAsync(ct);
        var goalIds = goals.Select(g => g.Id).ToList();
        var reviews = (await db.SupportGoalReviews.AsNoTracking().Where(r => goalIds.Contains(r.GoalId)).ToListAsync(ct)).ToLookup(r => r.GoalId);
        // Care notes too: the person is entitled to their health data; the answer goes to them, not to a colleague.
        var notes = (await db.SupportNotes.AsNoTracking().Where(n => ids.Contains(n.SupportCaseId)).ToListAsync(ct)).ToLookup(n => n.SupportCaseId);
        var consents = (await db.SupportConsents.AsNoTracking().Where(c => ids.Contains(c.SupportCaseId)).ToListAsync(ct)).ToLookup(c => c.SupportCaseId);
        var stays = (await db.ShelterStays.AsNoTracking().Where(s => ids.Contains(s.SupportCaseId))
                .Join(db.Shelters, s => s.ShelterId, sh => sh.Id, (s, sh) => new { s.SupportCaseId, sh.Name, s.Start, s.End })
                .ToListAsync(ct))
            .ToLookup(s => s.SupportCaseId);
        var goalsBySupport = goals.ToLookup(g => g.SupportCaseId);
        var services = await ServicesAsync(ids, organisations, ct);
        return [.. supports.Select(s => new SupportEntry(Name(organisations, s.CentreId), s.OpenedOn.ToDateOnly(), s.ClosedOn?.ToDateOnly(), s.ClosureReason,
            s.ClosureExplanation, s.LawyerAppointedOn?.ToDateOnly(),
            [.. actions[s.Id].OrderBy(a => a.Start).Select(a => new PlanEntry(a.Type, a.Provider, a.Start.ToDateOnly(), a.End?.ToDateOnly(), a.Status))],
            [.. goalsBySupport[s.Id].OrderBy(g => g.SetOn).Select(g => new GoalEntry(g.Area, g.Description, g.SetOn.ToDateOnly(), g.ClosedOn?.ToDateOnly(), g.Outcome,
                [.. reviews[g.Id].Select(r => r.ReviewedOn.ToDateOnly()).Order()]))],
            [.. notes[s.Id].OrderBy(n => n.WrittenAt).Select(n => new NoteEntry(n.WrittenAt, n.Sensitivity, n.Text))],
            [.. consents[s.Id].OrderBy(c => c.Purpose).ThenBy(c => c.ConsentVersion).Select(c => new ConsentEntryLine(c.Purpose, c.ConsentVersion,
                c.GivenAt, c.ExpiresAt, c.RevokedAt, c.CoversHealthData))],
            [.. stays[s.Id].OrderBy(x => x.Start).Select(x => new StayEntry(x.Name, x.Start.ToDateOnly(), x.End?.ToDateOnly()))],
            services(s.Id)))];
    }

    /// <summary>One query per kind of service for all the file's support cases, then grouped per support case.</summary>
    private async Task<Func<Guid, ServicesEntry>> ServicesAsync(List<Guid> ids, IReadOnlyDictionary<Guid, string> organisations, CancellationToken ct)
    {
        var documents = (await db.Set<SupportAttachment>().AsNoTracking().Where(a => ids.Contains(a.SupportCaseId)).ToListAsync(ct)).ToLookup(a => a.SupportCaseId);
        var interpretations = (await db.Set<InterpretationRecord>().AsNoTracking().Where(i => ids.Contains(i.SupportCaseId)).ToListAsync(ct)).ToLookup(i => i.SupportCaseId);
        var subsistence = (await db.Set<SubsistenceReferralRecord>().AsNoTracking().Where(r => ids.Contains(r.SupportCaseId)).ToListAsync(ct)).ToLookup(r => r.SupportCaseId);
        var returns = (await db.Set<VoluntaryReturnRecord>().AsNoTracking().Where(r => ids.Contains(r.SupportCaseId)).ToListAsync(ct)).ToLookup(r => r.SupportCaseId);
        var disclosures = (await db.SupportDisclosures.AsNoTracking().Where(d => ids.Contains(d.SupportCaseId)).ToListAsync(ct)).ToLookup(d => d.SupportCaseId);
        return id => new ServicesEntry(
            [.. documents[id].OrderBy(a => a.UploadedAt).Select(a => new DocumentLine(a.Type, a.FileName, a.Kind, a.Length, a.UploadedAt))],
            [.. interpretations[id].OrderBy(i => i.On).Select(i => new InterpretationLine(i.Language, i.On.ToDateOnly(), i.Provider, i.Status))],
            [.. subsistence[id].OrderBy(r => r.ReferredOn).Select(r => new SubsistenceLine(r.Pcsw, r.ReferredOn.ToDateOnly(), r.Status, r.DecidedOn?.ToDateOnly(), r.RefusalReason))],
            [.. returns[id].OrderBy(r => r.ReferredOn).Select(r => new ReturnLine(r.Partner, r.ReferredOn.ToDateOnly(), r.Status, r.ReturnOn?.ToDateOnly(), r.PlanEndsOn?.ToDateOnly()))],
            [.. disclosures[id].OrderBy(d => d.DisclosedAt).Select(d => new DisclosureLine(d.Purpose, Name(organisations, d.RecipientOrganisationId), d.DisclosedAt, d.ConsentVersion))]);
    }

    private async Task<List<ProceedingsEntry>> ProceedingsAsync(Guid caseId, IReadOnlyDictionary<Guid, string> organisations, CancellationToken ct) =>
        [.. (await db.VictimLinks.AsNoTracking().Where(v => v.CaseId == caseId)
                .Join(db.CriminalProceedings, v => v.ProceedingsId, p => p.Id, (v, p) => new { Link = v, p.OfficeId, p.NoticeNumber, p.OpenedOn })
                .ToListAsync(ct))
            .OrderBy(x => x.OpenedOn)
            .Select(x => new ProceedingsEntry(Name(organisations, x.OfficeId), x.NoticeNumber, x.OpenedOn.ToDateOnly(), x.Link.Roles, x.Link.ClaimedCents,
                x.Link.AwardedCents, x.Link.PaidCents))];

    internal static string Name(IReadOnlyDictionary<Guid, string> organisations, Guid id) =>
        organisations.TryGetValue(id, out var name) ? name : id.ToString();
}
