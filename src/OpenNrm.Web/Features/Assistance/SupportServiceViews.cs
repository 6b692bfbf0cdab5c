using Microsoft.EntityFrameworkCore;
using NodaTime;
using OpenNrm.Domain.Assistance;
using OpenNrm.Domain.Residence;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Assistance;

public sealed record AttachmentView(Guid Id, AttachmentType Type, string FileName, AttachmentKind Kind, string ContentType, long Length,
    DateTimeOffset UploadedAt, Guid UploadedBy, string UploadedByName);

public sealed record InterpretationView(Guid Id, string Language, DateOnly On, string Provider, InterpretationStatus Status,
    IReadOnlyList<InterpretationStatus> NextStatuses, string Basis, int Version);

public sealed record SubsistenceReferralView(Guid Id, string Pcsw, DateOnly ReferredOn, SubsistenceStatus Status, DateOnly? DecidedOn, string? RefusalReason,
    string Basis, int Version);

/// <param name="LatestPlanEnd">The last day a reintegration plan may reach once the return date is known.</param>
public sealed record VoluntaryReturnView(Guid Id, ReintegrationPartner Partner, DateOnly ReferredOn, VoluntaryReturnStatus Status, DateOnly? ReturnOn,
    DateOnly? PlanEndsOn, DateOnly? LatestPlanEnd, DateOnly? WithdrawnOn, string Basis, int Version);

/// <summary>
/// The voluntary returns of a support case, with what a return means elsewhere: it also ends the residence procedure
/// (recorded there, by its own rules), and passing information to the police on a return needs the victim's consent.
/// </summary>
public sealed record VoluntaryReturnsView(IReadOnlyList<VoluntaryReturnView> Returns, Guid? ResidenceProcedureId, string ResidenceExitBasis,
    bool InformPoliceConsentInForce, string InformPoliceBasis);

/// <summary>Documents, interpretation, subsistence and voluntary return of one support case, as its centre sees them.</summary>
public sealed record SupportServicesView(Guid SupportCaseId, bool IsOpen, IReadOnlyList<AttachmentView> Attachments,
    IReadOnlyList<InterpretationView> Interpretations, IReadOnlyList<SubsistenceReferralView> Subsistence, VoluntaryReturnsView VoluntaryReturns);

/// <summary>Builds the views; callers have checked need-to-know and write the audit entry of the read.</summary>
public sealed class SupportServiceViews(AppDbContext db, TimeProvider clock)
{
    public async Task<SupportServicesView> AllAsync(SupportCase support, CancellationToken ct) =>
        new(support.Id, support.IsOpen, await AttachmentsAsync(support.Id, ct), await InterpretationsAsync(support.Id, ct),
            await SubsistenceAsync(support.Id, ct), await VoluntaryReturnsAsync(support, ct));

    public async Task<IReadOnlyList<AttachmentView>> AttachmentsAsync(Guid supportCaseId, CancellationToken ct)
    {
        var rows = await db.Set<SupportAttachment>().AsNoTracking().Where(a => a.SupportCaseId == supportCaseId)
            .OrderByDescending(a => a.UploadedAt).ThenByDescending(a => a.Id).Take(SupportLimits.MaxRows).ToListAsync(ct);
        var uploaders = rows.Select(a => a.UploadedBy).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => uploaders.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return rows.Select(a => Attachment(a, names.GetValueOrDefault(a.UploadedBy, string.Empty))).ToList();
    }

    public static AttachmentView Attachment(SupportAttachment a, string uploadedByName) =>
        new(a.Id, a.Type, a.FileName, a.Kind, AttachmentKinds.ContentType(a.Kind), a.Length, a.UploadedAt, a.UploadedBy, uploadedByName);

    public async Task<IReadOnlyList<InterpretationView>> InterpretationsAsync(Guid supportCaseId, CancellationToken ct) =>
        (await db.Set<InterpretationRecord>().AsNoTracking().Where(i => i.SupportCaseId == supportCaseId)
            .OrderBy(i => i.On).ThenBy(i => i.Id).Take(SupportLimits.MaxRows).ToListAsync(ct)).Select(Interpretation).ToList();

    public static InterpretationView Interpretation(InterpretationRecord i) =>
        new(i.Id, i.Language, i.On.ToDateOnly(), i.Provider, i.Status,
            Enum.GetValues<InterpretationStatus>().Where(to => InterpretationRules.IsAllowed(i.Status, to)).ToList(),
            AssistanceArticles.InterpretationRequest.Citation, i.Version);

    public async Task<IReadOnlyList<SubsistenceReferralView>> SubsistenceAsync(Guid supportCaseId, CancellationToken ct) =>
        (await db.Set<SubsistenceReferralRecord>().AsNoTracking().Where(r => r.SupportCaseId == supportCaseId)
            .OrderBy(r => r.ReferredOn).ThenBy(r => r.Id).Take(SupportLimits.MaxRows).ToListAsync(ct)).Select(Subsistence).ToList();

    public static SubsistenceReferralView Subsistence(SubsistenceReferralRecord r) =>
        new(r.Id, r.Pcsw, r.ReferredOn.ToDateOnly(), r.Status, r.DecidedOn?.ToDateOnly(), r.RefusalReason, AssistanceArticles.Subsistence.Citation, r.Version);

    public async Task<VoluntaryReturnsView> VoluntaryReturnsAsync(SupportCase support, CancellationToken ct)
    {
        var rows = await db.Set<VoluntaryReturnRecord>().AsNoTracking().Where(r => r.SupportCaseId == support.Id)
            .OrderBy(r => r.ReferredOn).ThenBy(r => r.Id).Take(SupportLimits.MaxRows).ToListAsync(ct);
        var procedure = await db.Procedures.AsNoTracking().Where(p => p.CaseId == support.CaseId).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
        var consents = await db.SupportConsents.AsNoTracking().Where(c => c.SupportCaseId == support.Id).ToListAsync(ct);
        var inform = ConsentRules.Allows([.. consents.Select(c => c.ToDomain())], ConsentPurpose.InformPoliceOnVoluntaryReturn,
            Instant.FromDateTimeOffset(clock.GetUtcNow()));
        return new VoluntaryReturnsView(rows.Select(VoluntaryReturn).ToList(), procedure, ResidenceArticles.VoluntaryReturn.Citation, inform.IsAllowed,
            AssistanceArticles.InformOnVoluntaryReturn.Citation);
    }

    public static VoluntaryReturnView VoluntaryReturn(VoluntaryReturnRecord r) =>
        new(r.Id, r.Partner, r.ReferredOn.ToDateOnly(), r.Status, r.ReturnOn?.ToDateOnly(), r.PlanEndsOn?.ToDateOnly(),
            r.ReturnOn is { } back ? ReintegrationRules.LatestEnd(back).ToDateOnly() : null, r.WithdrawnOn?.ToDateOnly(),
            AssistanceArticles.VoluntaryReturn.Citation, r.Version);
}
