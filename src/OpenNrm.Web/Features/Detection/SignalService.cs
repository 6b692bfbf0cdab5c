using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Audit;
using OpenNrm.Domain.Detection;
using OpenNrm.Domain.Detection.Indicators;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Cases;
using OpenNrm.Web.Features.Shared;
using OpenNrm.Web.Security;

namespace OpenNrm.Web.Features.Detection;

public enum SignalOutcome
{
    Done,
    Invalid,
    NotFound,
    AlreadyDone,
}

/// <summary>
/// Records a signal in one transaction: the signal, a file per person (name encrypted, keyed hash for matching),
/// each person's indicator result and the legal duties of the detecting service, and the audit entry.
/// </summary>
public sealed class SignalService(AppDbContext db, Cases.CaseReferences references, CurrentUser me, AuditLog audit, BlindIndex blindIndex, Cases.CaseNames names, DetectionSupport support,
    TimeProvider clock, IStringLocalizer<SharedResource> localizer)
{
    public async Task<(SignalOutcome Outcome, SignalView? Signal, Validation Validation)> RecordAsync(SignalInput input, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var v = new Validation(localizer);
        var lists = await support.FindListsAsync((input.Persons ?? []).Select(p => p.IndicatorListId), ct);
        SignalValidation.Check(input, now, v, lists);
        if (!v.IsValid || me.OrganisationId is not { } organisation || me.UserId is not { } officer)
        {
            return (SignalOutcome.Invalid, null, v);
        }

        // Stored in UTC (PostgreSQL's timestamptz accepts nothing else); the offset the officer's device sent is not needed.
        var detectedAt = input.DetectedAt!.Value.ToUniversalTime();
        var service = await support.DetectingServiceAsync(ct);
        var signal = new Signal(Guid.CreateVersion7(), detectedAt, input.Municipality!.Trim(), input.Context!.Value, organisation, officer,
            input.Circumstances?.Trim() ?? string.Empty, now);
        signal.Place(Domain.Geography.BelgianPlaces.Find(input.PostalCode));
        var detectionDay = LocalDate.FromDateTime(detectedAt.UtcDateTime);
        foreach (var (p, position) in input.Persons!.Select((p, i) => (p, i)))
        {
            var name = p.Name!.Trim();
            var file = new CaseFile(Guid.CreateVersion7(), await references.NewAsync(now, ct), name, blindIndex.Compute(name), organisation, now);
            db.Cases.Add(file);
            names.Index(file.Id, name, p.Aliases);
            var nationalities = (p.Nationalities ?? []).Select(n => n.ToUpperInvariant()).Distinct().ToList();
            var citizenship = Citizenship.Of(nationalities);
            var minor = IsMinor(p, detectionDay);
            var list = p.IndicatorListId is { } listId ? lists.GetValueOrDefault(listId) : null;
            var indications = list is not null && IndicatorAssessment.Evaluate(list, p.Indicators ?? []) is DelphiAssessment { IndicationsPresent: true };
            var person = new SignalPerson(Guid.CreateVersion7(), signal.Id, position, file.Id, p.Aliases?.Trim() ?? string.Empty, p.Gender ?? HtcdsGender.NonSpecifiedUnknown,
                p.BirthDate is { } b ? LocalDate.FromDateOnly(b) : null, p.EstimatedAge, string.Join(',', nationalities),
                string.Join(',', (p.Languages ?? []).Select(l => l.ToLowerInvariant()).Distinct()), minor, p.Unaccompanied == true, citizenship,
                string.Join(',', (p.SuspectedExploitation ?? []).Distinct()), list?.Id, string.Join(',', (p.Indicators ?? []).Distinct()), indications, list?.Version);
            foreach (var duty in LegalDuties.For(service, new DetectedPersonFacts(citizenship, minor, p.Unaccompanied == true)).Concat(DetentionDuties.OnSignal(signal.Context)))
            {
                person.Add(new SignalDuty(Guid.CreateVersion7(), person.Id, duty.Kind, duty.Basis.Citation));
            }

            if (signal.Context == DetectionContext.DetentionCentre)
            {
                await InformOfDetentionAsync(signal, person, file, now, ct);
            }

            signal.Add(person);
        }

        db.Signals.Add(signal);
        audit.Record(AuditEventType.SignalRecorded, "Signal", signal.Id.ToString(), details: $"persons={signal.Persons.Count}");
        await db.SaveChangesAsync(ct);
        return (SignalOutcome.Done, await ViewAsync(signal, ct), v);
    }

    public async Task<SignalView?> ReadAsync(Guid id, CancellationToken ct)
    {
        var signal = await LoadInScopeAsync(id, ct);
        if (signal is null)
        {
            return null;
        }

        audit.Record(AuditEventType.SignalViewed, "Signal", id.ToString());
        await db.SaveChangesAsync(ct);
        return await ViewAsync(signal, ct);
    }

    /// <summary>Only the detecting service carries out its own duties; the first report of completion stands.</summary>
    public async Task<(SignalOutcome Outcome, SignalView? Signal)> MarkDutyDoneAsync(Guid signalId, Guid dutyId, CancellationToken ct)
    {
        var signal = await LoadInScopeAsync(signalId, ct);
        var duty = signal?.Persons.SelectMany(p => p.Duties).FirstOrDefault(d => d.Id == dutyId);
        if (signal is null || duty is null || signal.DetectingOrganisationId != me.OrganisationId)
        {
            return (SignalOutcome.NotFound, null);
        }

        var now = clock.GetUtcNow();
        if (!duty.MarkDone(me.UserId!.Value, now))
        {
            return (SignalOutcome.AlreadyDone, null);
        }

        // Carrying out a duty hands the file to the authority it addresses: from then on it has a need to know.
        if (await AddresseeAsync(duty.Kind, signal, ct) is { } addressee)
        {
            var person = signal.Persons.First(p => p.Duties.Contains(duty));
            var file = await db.Cases.Include(c => c.Involvements).FirstAsync(c => c.Id == person.CaseId, ct);
            file.Involve(addressee, now);
        }

        audit.Record(AuditEventType.SignalDutyDone, "Signal", signalId.ToString(), details: duty.Kind.ToString());
        await db.SaveChangesAsync(ct);
        return (SignalOutcome.Done, await ViewAsync(signal, ct));
    }

    private async Task<Signal?> LoadInScopeAsync(Guid id, CancellationToken ct)
    {
        var organisation = me.OrganisationId;
        return await db.Signals.Include(s => s.Persons).ThenInclude(p => p.Duties)
            .Where(s => s.Id == id && (s.DetectingOrganisationId == organisation
                || s.Persons.Any(p => db.Cases.Any(c => c.Id == p.CaseId && c.Involvements.Any(i => i.OrganisationId == organisation)))))
            .AsSplitQuery()
            .FirstOrDefaultAsync(ct);
    }

    private async Task<SignalView> ViewAsync(Signal s, CancellationToken ct)
    {
        var caseIds = s.Persons.Select(p => p.CaseId).ToList();
        var references = await db.Cases.Where(c => caseIds.Contains(c.Id)).Select(c => new { c.Id, c.Reference }).ToDictionaryAsync(c => c.Id, c => c.Reference, ct);
        return new SignalView(s.Id, s.DetectedAt, s.Municipality, s.Context, s.DetectingOrganisationId,
            s.PersonsInOrder.Select(p => new SignalPersonView(p.Id, p.CaseId, references.GetValueOrDefault(p.CaseId, string.Empty), p.Citizenship, p.IsMinor,
                p.IsUnaccompanied, p.IndicatorListId, p.IndicationsPresent,
                p.Duties.OrderBy(d => d.Kind).Select(d => new DutyStatusView(d.Id, d.Kind, d.Basis, d.DoneAt, d.DoneBy)).ToList(), p.IndicatorListVersion)).ToList(),
            s.PostalCode, s.JudicialDistrict);
    }

    /// <summary>
    /// Detention: the system informs the THB unit (which gets the file) and every centre (which learn that a
    /// referral may follow) as the person is recorded, and reports the duty done by the recording officer.
    /// </summary>
    private async Task InformOfDetentionAsync(Signal signal, SignalPerson person, CaseFile file, DateTimeOffset now, CancellationToken ct)
    {
        if (await IdOfAsync("IO-THB", ct) is { } thb)
        {
            file.Involve(thb, now);
            db.Notices.Add(new Notices.Notice(Guid.CreateVersion7(), thb, null, Notices.NoticeKind.DetentionSignal, "Signal", signal.Id, file.Reference, null, null, 0,
                "Detention:" + person.Id, now));
        }

        foreach (var centre in Referrals.CentreDirectory.AllCentreIds)
        {
            db.Notices.Add(new Notices.Notice(Guid.CreateVersion7(), centre, null, Notices.NoticeKind.DetentionSignal, "Referrals", person.Id, file.Reference, null, null, 0,
                "Detention:" + centre, now));
        }

        person.Duties.First(d => d.Kind == LegalDutyKind.InformThbUnitAndCentres).MarkDone(me.UserId!.Value, now);
    }

    /// <summary>
    /// Whom a duty informs: the prosecutor's office of the district of detection, the Immigration Office's THB unit
    /// (the administrative report), the Guardianship Service. Informing the person or referring (done through a
    /// referral) involves nobody here.
    /// </summary>
    private async Task<Guid?> AddresseeAsync(LegalDutyKind kind, Signal signal, CancellationToken ct) => kind switch
    {
        LegalDutyKind.NotifyProsecutor when signal.JudicialDistrict is { } district => await db.Organisations
            .Where(o => o.Kind == OrganisationKind.ProsecutorOffice && o.JudicialDistrict == district && o.IsActive).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct),
        LegalDutyKind.SendAdministrativeReportToImmigrationOffice => await IdOfAsync("IO-THB", ct),
        LegalDutyKind.ReportToGuardianshipService => await IdOfAsync("GUARDIANSHIP", ct),
        _ => null,
    };

    private Task<Guid?> IdOfAsync(string code, CancellationToken ct) =>
        db.Organisations.Where(o => o.Code == code && o.IsActive).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct);

    /// <summary>Minor by birth date at the detection, else by estimated age, else as the officer judged.</summary>
    private static bool IsMinor(SignalPersonInput p, LocalDate detectionDay) =>
        p.BirthDate is { } b ? Period.Between(LocalDate.FromDateOnly(b), detectionDay, PeriodUnits.Years).Years < 18
        : p.EstimatedAge is { } age ? age < 18
        : p.Minor == true;
}
