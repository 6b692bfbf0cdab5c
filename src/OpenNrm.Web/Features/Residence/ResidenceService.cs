using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Audit;
using OpenNrm.Domain.Residence;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Residence;

public sealed record OpenProcedureInput(Guid? CaseId, DateOnly? OpenedOn, bool? ThirdCountryNational, bool? UnaccompaniedMinor, Guid? ProsecutorOfficeId);

/// <summary>
/// Opens procedures and records their events. Order of checks: the file must be within the caller's need-to-know
/// (else "not found"), the input complete, the caller competent for this kind of event (with the article), and
/// the law must allow the event on its date (each unmet condition with its article). Only then is it stored,
/// with its audit entry, in one transaction.
/// </summary>
public sealed class ResidenceService(AppDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
{
    public async Task<ResidenceOutcome> OpenAsync(OpenProcedureInput input, CancellationToken ct)
    {
        var file = input.CaseId is { } caseId ? await db.Cases.Include(c => c.Involvements).FirstOrDefaultAsync(c => c.Id == caseId, ct) : null;
        if (file is null || me.OrganisationId is not { } organisation || !file.Involves(organisation))
        {
            return input.CaseId is null ? ResidenceOutcome.Invalid(new Validation(localizer).Require(false, "caseId", "This field is required.")) : ResidenceOutcome.NotFound();
        }

        var v = new Validation(localizer)
            .Require(input.OpenedOn is not null, "openedOn", "This field is required.")
            .Require(input.ThirdCountryNational is not null, "thirdCountryNational", "This field is required.")
            .Require(input.UnaccompaniedMinor is not null, "unaccompaniedMinor", "This field is required.")
            .Require(input.OpenedOn is null || LocalDate.FromDateOnly(input.OpenedOn.Value) <= LegalCalendar.Today(clock), "openedOn", "A date in the future cannot be recorded as having happened.");
        var prosecutor = input.ProsecutorOfficeId is { } pid ? await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == pid, ct) : null;
        v.Require(prosecutor is { TakesProcedures: true }, "prosecutorOfficeId",
            "Choose the competent prosecutor's office or labour auditorate.");
        if (!v.IsValid)
        {
            return ResidenceOutcome.Invalid(v);
        }

        var centre = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == organisation, ct);
        if (centre.Kind != OrganisationKind.SpecialisedCentre)
        {
            return ResidenceOutcome.NotCompetent(localizer["Only a recognised specialised centre opens the procedure ({0}).", ResidenceArticles.OpeningByRecognisedCentre.Citation]);
        }

        if (await db.Procedures.AnyAsync(p => p.CaseId == file.Id, ct))
        {
            return ResidenceOutcome.Conflict();
        }

        var opening = new ProcedureOpened(LocalDate.FromDateOnly(input.OpenedOn!.Value), input.ThirdCountryNational!.Value, input.UnaccompaniedMinor!.Value);
        var decision = ProcedureEvaluator.Decide([], opening);
        if (!decision.IsAllowed)
        {
            return ResidenceOutcome.Refused(EvaluationView.Conditions(decision.UnmetConditions));
        }

        var now = clock.GetUtcNow();
        var procedure = new ResidenceProcedure(Guid.CreateVersion7(), file.Id, organisation, prosecutor!.Id, opening, now, me.UserId);
        procedure.Summarise(LegalCalendar.Today(clock));
        db.Procedures.Add(procedure);
        // The prosecutor's office and the Immigration Office's THB unit work on every procedure by law.
        file.Involve(prosecutor.Id, now);
        if (await db.Organisations.Where(o => o.Code == "IO-THB").Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct) is { } thb)
        {
            file.Involve(thb, now);
        }

        audit.Record(AuditEventType.ProcedureOpened, "Procedure", procedure.Id.ToString(), details: "case " + file.Id);
        await db.SaveChangesAsync(ct);
        return ResidenceOutcome.Done(View(procedure, LegalCalendar.Today(clock)));
    }

    public async Task<ResidenceOutcome> RecordAsync(Guid procedureId, ProcedureEventInput input, CancellationToken ct)
    {
        var procedure = await LoadInScopeAsync(procedureId, tracking: true, ct);
        if (procedure is null)
        {
            return ResidenceOutcome.NotFound();
        }

        var (proposed, missing) = ProcedureEventMapping.ToDomain(input);
        var v = new Validation(localizer);
        if (proposed is null)
        {
            return ResidenceOutcome.Invalid(v.Require(false, missing!, "This field is required for this kind of event."));
        }

        var today = LegalCalendar.Today(clock);
        var last = procedure.Events.Count == 0 ? procedure.OpenedOn : procedure.Events.Max(e => e.Date);
        v.Require(proposed.Date <= today, "date", "A date in the future cannot be recorded as having happened.")
         .Require(proposed.Date >= last, "date", "Events are recorded in date order: the last one is dated {0}.", last.ToDateOnly());
        if (!v.IsValid)
        {
            return ResidenceOutcome.Invalid(v);
        }

        var competence = RecordingCompetence.For(proposed);
        if (!await IsCompetentAsync(procedure, competence, ct))
        {
            return ResidenceOutcome.NotCompetent(localizer[competence.Explanation] + " (" + competence.Basis.Citation + ")");
        }

        var decision = ProcedureEvaluator.Decide(procedure.History(), proposed);
        if (!decision.IsAllowed)
        {
            return ResidenceOutcome.Refused(EvaluationView.Conditions(decision.UnmetConditions));
        }

        var record = procedure.Append(input, me.UserId!.Value, me.OrganisationId!.Value, clock.GetUtcNow());
        procedure.Summarise(today);
        audit.Record(AuditEventType.ProcedureEventRecorded, "Procedure", procedure.Id.ToString(), details: record.Kind + " " + record.Date.ToDateOnly().ToString("O"));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone recorded an event on this procedure at the same moment: nothing of ours was stored.
            return ResidenceOutcome.Conflict();
        }

        return ResidenceOutcome.Done(View(procedure, today));
    }

    public async Task<ProcedureView?> ReadAsync(Guid procedureId, LocalDate? asOf, string? purpose, CancellationToken ct)
    {
        var procedure = await LoadInScopeAsync(procedureId, tracking: false, ct);
        if (procedure is null)
        {
            return null;
        }

        audit.Record(AuditEventType.ProcedureViewed, "Procedure", procedure.Id.ToString(), purpose: AuditLog.Purpose(purpose), details: asOf?.ToDateOnly().ToString("O"));
        await db.SaveChangesAsync(ct);
        return View(procedure, asOf ?? LegalCalendar.Today(clock));
    }

    /// <summary>
    /// "What if": the stored history plus hypothetical events, evaluated and never stored. Returns null outside
    /// need-to-know; a hypothetical event with a missing field is reported by its position.
    /// </summary>
    public async Task<(EvaluationView Evaluation, string? MissingField)?> SimulateAsync(Guid procedureId, IReadOnlyList<ProcedureEventInput> hypothetical, LocalDate? asOf,
        CancellationToken ct)
    {
        var procedure = await LoadInScopeAsync(procedureId, tracking: false, ct);
        if (procedure is null)
        {
            return null;
        }

        var history = procedure.History();
        foreach (var (input, i) in hypothetical.Select((e, i) => (e, i)))
        {
            var (proposed, missing) = ProcedureEventMapping.ToDomain(input);
            if (proposed is null)
            {
                return (EvaluationView.From(ProcedureEvaluator.Evaluate(history, asOf ?? LegalCalendar.Today(clock))), $"{i + 1}: {missing}");
            }

            history.Add(proposed);
        }

        var date = asOf ?? LocalDate.Max(LegalCalendar.Today(clock), history.Max(e => e.Date));
        audit.Record(AuditEventType.ProcedureViewed, "Procedure", procedure.Id.ToString(), purpose: "what-if simulation", details: $"hypothetical={hypothetical.Count}");
        await db.SaveChangesAsync(ct);
        return (EvaluationView.From(ProcedureEvaluator.Evaluate(history, date)), null);
    }

    public async Task<Guid?> FindForCaseAsync(Guid caseId, CancellationToken ct) =>
        await db.Procedures.Where(p => p.CaseId == caseId).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);

    private async Task<ResidenceProcedure?> LoadInScopeAsync(Guid id, bool tracking, CancellationToken ct)
    {
        if (me.OrganisationId is not { } organisation)
        {
            return null;
        }

        var query = tracking ? db.Procedures.AsQueryable() : db.Procedures.AsNoTracking();
        return await query.Include(p => p.Events)
            .Where(p => p.Id == id && db.Cases.Any(c => c.Id == p.CaseId && c.Involvements.Any(i => i.OrganisationId == organisation)))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>The caller's legal capacity on this procedure, from role, organisation and the procedure's own parties.</summary>
    private async Task<bool> IsCompetentAsync(ResidenceProcedure procedure, Competence competence, CancellationToken ct)
    {
        var roles = me.Roles;
        var organisation = me.OrganisationId;
        if (competence.Allows(CompetentActor.RecognisedCentre)
            && (roles.Contains(Role.CentreCaseworker) || roles.Contains(Role.CentreCoordinator)) && organisation == procedure.CentreId)
        {
            return true;
        }

        if (competence.Allows(CompetentActor.Prosecutor) && roles.Contains(Role.Prosecutor) && organisation == procedure.ProsecutorOfficeId)
        {
            return true;
        }

        return competence.Allows(CompetentActor.ImmigrationOfficeThbUnit) && roles.Contains(Role.ImmigrationThbOfficer)
            && await db.Organisations.AnyAsync(o => o.Id == organisation && o.Kind == OrganisationKind.ImmigrationOffice, ct);
    }

    public static ProcedureView View(ResidenceProcedure p, LocalDate asOf)
    {
        var history = p.History();
        var answers = ApplicationsAnswered(p, history);
        return new(p.Id, p.CaseId, p.CentreId, p.ProsecutorOfficeId, p.OpenedOn.ToDateOnly(), p.IsThirdCountryNational, p.IsUnaccompaniedMinor, p.Version,
            EvaluationView.From(ProcedureEvaluator.Evaluate(history, asOf)),
            p.Events.OrderBy(e => e.Sequence).Select(e => EventView.From(e, answers.TryGetValue(e.Sequence, out var application) ? application : null)).ToList(),
            DocumentsHeld(history, asOf));
    }

    /// <summary>
    /// Decision's sequence to the sequence of the application it answered, over the whole history (the event list is
    /// not cut at the evaluation date, so neither are its links).
    /// </summary>
    private static Dictionary<int, int> ApplicationsAnswered(ResidenceProcedure p, List<ProcedureEvent> history)
    {
        // The history is the opening followed by the records in sequence order, so position i + 1 is the i-th record.
        var records = p.Events.OrderBy(e => e.Sequence).ToList();
        var sequenceOf = new Dictionary<ProcedureEvent, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < records.Count; i++)
        {
            sequenceOf[history[i + 1]] = records[i].Sequence;
        }

        var lastDay = history.Max(e => e.Date);
        return ProcedureEvaluator.Evaluate(history, lastDay).AnsweredApplications
            .ToDictionary(a => sequenceOf[a.Decision], a => sequenceOf[a.Application]);
    }

    /// <summary>Each document over the history up to the date, read from the evaluation on the day it was issued or renewed.</summary>
    private static List<HeldDocumentView> DocumentsHeld(List<ProcedureEvent> history, LocalDate asOf) =>
        history.Where(e => e is DocumentIssued or DocumentRenewed && e.Date <= asOf)
            .Select(e => ProcedureEvaluator.Evaluate(history, e.Date).Document)
            .OfType<ResidenceDocument>()
            .Select(d => new HeldDocumentView(d.Type, d.ValidFrom.ToDateOnly(), d.ValidUntil?.ToDateOnly()))
            .Distinct()
            .ToList();
}
