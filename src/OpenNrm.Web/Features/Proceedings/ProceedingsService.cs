using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Audit;
using OpenNrm.Domain.Proceedings;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Proceedings;

public sealed record OpenProceedingsInput(string? NoticeNumber, DateOnly? OpenedOn, Guid? MagistrateId);

public sealed record AssignMagistrateInput(Guid? MagistrateId, DateOnly? From);

public sealed record LinkVictimInput(Guid? CaseId, List<VictimRoles>? Roles);

/// <summary>Replaces a victim's roles and damages (euro cents), against the version the caller read.</summary>
public sealed record VictimLinkInput(List<VictimRoles>? Roles, long? ClaimedCents, long? AwardedCents, long? PaidCents, int? Version);

/// <summary>
/// Keeps an office's register. Order of checks: the case must be the caller's office's (else "not found"), the
/// caller a prosecutor (else 403), the input complete (400), then the register's rules on the act's date (422 with
/// each unmet condition and its article). Only then is the change stored with its audit entry, in one transaction;
/// the case's version turns a concurrent change into a 409 instead of an interleaving.
/// </summary>
public sealed class ProceedingsService(AppDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock, OfficeStaff staff,
    ProceedingsViewBuilder views, IStringLocalizer<SharedResource> localizer)
{
    private const string Subject = "Proceedings";

    public async Task<ProceedingsOutcome> OpenAsync(OpenProceedingsInput input, CancellationToken ct)
    {
        if (await CompetenceAsync(ct) is { } refused)
        {
            return refused;
        }

        var office = me.OrganisationId!.Value;
        var magistrate = input.MagistrateId ?? me.UserId!.Value;
        var v = new Validation(localizer)
            .Require(!string.IsNullOrWhiteSpace(input.NoticeNumber), "noticeNumber", "This field is required.")
            .Require(input.OpenedOn is not null, "openedOn", "This field is required.")
            .Require(await staff.IsProsecutorAsync(office, magistrate, ct), "magistrateId", "Choose a prosecutor of your office as reference magistrate.");
        if (!v.IsValid)
        {
            return ProceedingsOutcome.Invalid(v);
        }

        var today = LegalCalendar.Today(clock);
        var opened = ProceedingsRegister.Open(office.ToString(), input.NoticeNumber!, LocalDate.FromDateOnly(input.OpenedOn!.Value), magistrate.ToString(), today);
        if (opened.Value is not { } state)
        {
            // The opening's refusals are about one field each: the shape of the number, or a date still to come.
            foreach (var refusal in opened.Refusals)
            {
                v.Require(false, refusal.Code == ProceedingsRefusalCode.NoticeNumberMalformed ? "noticeNumber" : "openedOn", "{0}",
                    $"{refusal.Explanation} ({refusal.Basis.Citation})");
            }

            return ProceedingsOutcome.Invalid(v);
        }

        if (await db.CriminalProceedings.AnyAsync(p => p.OfficeId == office && p.NoticeNumber == state.Notice.Value, ct))
        {
            return DuplicateNotice();
        }

        var record = new ProceedingsRecord(Guid.CreateVersion7(), office, state, magistrate, me.UserId!.Value, clock.GetUtcNow());
        db.CriminalProceedings.Add(record);
        audit.Record(AuditEventType.ProceedingsOpened, Subject, record.Id.ToString(), details: "opened " + record.OpenedOn.ToDateOnly().ToString("O"));
        if (!await SaveAsync(ct))
        {
            // The unique index caught the same notice opened at the same moment.
            return DuplicateNotice();
        }

        return ProceedingsOutcome.Done(await views.FullAsync(record, state, today, ct));
    }

    public async Task<ProceedingsOutcome> RecordAsync(Guid id, ProceedingsEventInput input, CancellationToken ct)
    {
        var (record, refused) = await LoadManagedAsync(id, ct);
        if (record is null)
        {
            return refused!;
        }

        var (proposed, missing) = ProceedingsEventMapping.ToDomain(input);
        var v = new Validation(localizer);
        if (proposed is null)
        {
            return ProceedingsOutcome.Invalid(v.Require(false, missing!, "This field is required for this kind of act."));
        }

        v.Require((input.NewEvidence?.Length ?? 0) <= ProceedingsEventMapping.MaxNewEvidenceLength, "newEvidence", "This field is limited to {0} characters.",
            ProceedingsEventMapping.MaxNewEvidenceLength);
        if (!v.IsValid)
        {
            return ProceedingsOutcome.Invalid(v);
        }

        var today = LegalCalendar.Today(clock);
        var outcome = ProceedingsRegister.Record(record.State(today), proposed, today);
        if (outcome.Value is not { } state)
        {
            return ProceedingsOutcome.Refused(RefusalView.From(outcome.Refusals));
        }

        var row = record.Append(proposed, me.UserId!.Value, clock.GetUtcNow());
        audit.Record(AuditEventType.ProceedingsEventRecorded, Subject, record.Id.ToString(), details: $"{row.Kind} {row.Date.ToDateOnly():O}");
        return await SaveAsync(ct) ? ProceedingsOutcome.Done(await views.FullAsync(record, state, today, ct)) : ChangedMeanwhile();
    }

    public async Task<ProceedingsOutcome> AssignMagistrateAsync(Guid id, AssignMagistrateInput input, CancellationToken ct)
    {
        var (record, refused) = await LoadManagedAsync(id, ct);
        if (record is null)
        {
            return refused!;
        }

        var v = new Validation(localizer)
            .Require(input.MagistrateId is { } m && await staff.IsProsecutorAsync(record.OfficeId, m, ct), "magistrateId",
                "Choose a prosecutor of your office as reference magistrate.")
            .Require(input.From is not null, "from", "This field is required.");
        if (!v.IsValid)
        {
            return ProceedingsOutcome.Invalid(v);
        }

        var today = LegalCalendar.Today(clock);
        var magistrate = input.MagistrateId!.Value;
        var from = LocalDate.FromDateOnly(input.From!.Value);
        var outcome = ProceedingsRegister.AssignMagistrate(record.State(today), magistrate.ToString(), from, today);
        if (outcome.Value is not { } state)
        {
            // The register names magistrates by their account; people read their name.
            var names = await staff.NamesAsync([magistrate], ct);
            return ProceedingsOutcome.Refused(RefusalView.From(outcome.Refusals)
                .Select(r => r with { Explanation = r.Explanation.Replace(magistrate.ToString(), names.GetValueOrDefault(magistrate, "—"), StringComparison.Ordinal) })
                .ToList());
        }

        record.Assign(magistrate, from, me.UserId!.Value, clock.GetUtcNow());
        audit.Record(AuditEventType.ProceedingsMagistrateAssigned, Subject, record.Id.ToString(), details: $"magistrate {magistrate} from {input.From.Value:O}");
        return await SaveAsync(ct) ? ProceedingsOutcome.Done(await views.FullAsync(record, state, today, ct)) : ChangedMeanwhile();
    }

    public async Task<ProceedingsOutcome> LinkVictimAsync(Guid id, LinkVictimInput input, CancellationToken ct)
    {
        var (record, refused) = await LoadManagedAsync(id, ct);
        if (record is null)
        {
            return refused!;
        }

        var v = new Validation(localizer).Require(input.CaseId is not null, "caseId", "This field is required.");
        var roles = Roles(input.Roles ?? [], v);
        // The office links only files it already works on: linking gives nobody a new view of a file. An unknown file
        // and another organisation's file get the same answer.
        var file = input.CaseId is { } caseId
            ? await db.Cases.AsNoTracking().Where(c => c.Id == caseId && c.Involvements.Any(i => i.OrganisationId == record.OfficeId)).Select(c => (Guid?)c.Id)
                .FirstOrDefaultAsync(ct)
            : null;
        v.Require(input.CaseId is null || file is not null, "caseId", "No file your office works on has this identifier.");
        if (!v.IsValid)
        {
            return ProceedingsOutcome.Invalid(v);
        }

        if (await db.VictimLinks.AnyAsync(l => l.ProceedingsId == record.Id && l.CaseId == file, ct))
        {
            return AlreadyLinked();
        }

        var today = LegalCalendar.Today(clock);
        var state = record.State(today);
        var link = VictimLinks.Link(file!.Value.ToString(), state, roles);
        db.VictimLinks.Add(new VictimLinkRecord(Guid.CreateVersion7(), record.Id, file.Value, link, me.UserId!.Value, clock.GetUtcNow()));
        audit.Record(AuditEventType.ProceedingsVictimLinked, Subject, record.Id.ToString(), details: $"case {file} roles {roles}");
        return await SaveAsync(ct) ? ProceedingsOutcome.Done(await views.FullAsync(record, state, today, ct)) : AlreadyLinked();
    }

    public async Task<ProceedingsOutcome> ChangeVictimAsync(Guid id, Guid caseId, VictimLinkInput input, CancellationToken ct)
    {
        var (record, refused) = await LoadManagedAsync(id, ct);
        if (record is null)
        {
            return refused!;
        }

        var stored = await db.VictimLinks.FirstOrDefaultAsync(l => l.ProceedingsId == record.Id && l.CaseId == caseId, ct);
        if (stored is null)
        {
            return ProceedingsOutcome.NotFound();
        }

        var v = new Validation(localizer)
            .Require(input.ClaimedCents is not null, "claimedCents", "This field is required.")
            .Require(input.AwardedCents is not null, "awardedCents", "This field is required.")
            .Require(input.PaidCents is not null, "paidCents", "This field is required.")
            .Require(input.Version is not null, "version", "This field is required.");
        var roles = Roles(input.Roles, v);
        if (!v.IsValid)
        {
            return ProceedingsOutcome.Invalid(v);
        }

        if (input.Version != stored.Version)
        {
            return ChangedMeanwhile();
        }

        var today = LegalCalendar.Today(clock);
        var state = record.State(today);
        // Roles and damages are checked together as they will stand: an award needs a civil party and a conviction,
        // and nothing is paid beyond the award, whatever the link held before.
        var changed = VictimLinks.RecordCompensation(VictimLinks.Link(caseId.ToString(), state, roles), state,
            new Compensation(input.ClaimedCents!.Value, input.AwardedCents!.Value, input.PaidCents!.Value));
        if (changed.Value is not { } link)
        {
            return ProceedingsOutcome.Refused(RefusalView.From(changed.Refusals));
        }

        stored.Keep(link);
        // The amounts are the victim's affair: the trail says what kind of change it was, not the figures.
        audit.Record(AuditEventType.ProceedingsVictimLinkChanged, Subject, record.Id.ToString(), details: $"case {caseId} roles {roles}");
        return await SaveAsync(ct) ? ProceedingsOutcome.Done(await views.FullAsync(record, state, today, ct)) : ChangedMeanwhile();
    }

    /// <summary>The caller's office, when it is one that keeps a register and the caller is one of its prosecutors.</summary>
    private async Task<ProceedingsOutcome?> CompetenceAsync(CancellationToken ct)
    {
        var office = me.OrganisationId is { } id ? await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct) : null;
        return office is { Kind: OrganisationKind.ProsecutorOffice or OrganisationKind.LabourAuditorate, IsActive: true } && me.Roles.Contains(Role.Prosecutor)
            ? null
            : ProceedingsOutcome.NotCompetent(localizer["Only the prosecutors of a prosecutor's office or labour auditorate keep its register of criminal cases ({0}).",
                ProceedingsArticles.NoticeRegister.Citation]);
    }

    /// <summary>The case with both histories, when it is the caller's office's; any other case does not exist for the caller.</summary>
    private async Task<(ProceedingsRecord? Record, ProceedingsOutcome? Refused)> LoadManagedAsync(Guid id, CancellationToken ct)
    {
        var office = me.OrganisationId;
        var record = office is null
            ? null
            : await db.CriminalProceedings.Include(p => p.Events).Include(p => p.Magistrates).AsSplitQuery()
                .FirstOrDefaultAsync(p => p.Id == id && p.OfficeId == office, ct);
        if (record is null)
        {
            return (null, ProceedingsOutcome.NotFound());
        }

        return me.Roles.Contains(Role.Prosecutor) ? (record, null) : (null, await CompetenceAsync(ct));
    }

    private static VictimRoles Roles(List<VictimRoles>? roles, Validation v)
    {
        var valid = (roles ?? []).All(r => r is VictimRoles.Complainant or VictimRoles.Witness or VictimRoles.CivilParty)
                    && (roles ?? []).Distinct().Count() == (roles?.Count ?? 0);
        v.Require(roles is not null, "roles", "This field is required.")
         .Require(valid, "roles", "Roles are Complainant, Witness and CivilParty, each named once.");
        return valid ? (roles ?? []).Aggregate(VictimRoles.None, (all, r) => all | r) : VictimRoles.None;
    }

    private async Task<bool> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Someone changed this case at the same moment (version or position taken): nothing of ours was stored.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private ProceedingsOutcome DuplicateNotice() =>
        ProceedingsOutcome.Conflict(localizer["This notice number is already in your office's register."]);

    private ProceedingsOutcome AlreadyLinked() =>
        ProceedingsOutcome.Conflict(localizer["This file is already linked to these proceedings."]);

    private ProceedingsOutcome ChangedMeanwhile() =>
        ProceedingsOutcome.Conflict(localizer["Someone else changed this record in the meantime. Reload it and apply your change again."]);
}
