using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Assistance;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Assistance;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Cases;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Retention;

public sealed record SubjectAccessInput(string? CaseReference, string? RequestReference, DateOnly? ReceivedOn);

/// <summary>
/// Answers a person's request for access (GDPR art. 15): one file reference and the request's own reference give
/// everything held on the person, their linked files included. The permission is the data-protection officer's
/// (<see cref="Permission.SubjectAccessExport"/>); the request reference is required, so that every export can be
/// traced to a request; the export is audited with it. A bad input or an unknown file writes nothing.
/// </summary>
public sealed class SubjectAccessExport(AppDbContext db, SubjectAccessReader reader, RetentionOptions options, AuditLog audit, TimeProvider clock,
    IStringLocalizer<SharedResource> localizer)
{
    public const int MaxRequestReference = 100;

    public async Task<SupportResult<SubjectAccessDocument>> ExportAsync(SubjectAccessInput input, CancellationToken ct)
    {
        var today = LegalCalendar.Today(clock);
        var v = new Validation(localizer)
            .Require(!string.IsNullOrWhiteSpace(input.CaseReference), "caseReference", "This field is required.")
            .RequireText(input.RequestReference, "requestReference", MaxRequestReference)
            .Require(input.ReceivedOn is null || LocalDate.FromDateOnly(input.ReceivedOn.Value) <= today, "receivedOn",
                "A date in the future cannot be recorded as having happened.");
        if (!v.IsValid)
        {
            return SupportResults.Invalid<SubjectAccessDocument>(v);
        }

        var reference = input.CaseReference!.Trim();
        var asked = await db.Cases.AsNoTracking().Include(c => c.Involvements).FirstOrDefaultAsync(c => c.Reference == reference, ct);
        if (asked is null)
        {
            return SupportResults.NotFound<SubjectAccessDocument>();
        }

        var files = await SamePersonAsync(asked, ct);
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var kinds = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Kind, ct);
        var sections = new List<SubjectFile>();
        foreach (var file in files)
        {
            sections.Add(await reader.ReadAsync(file, file.Id != asked.Id, organisations, ct));
        }

        var ids = files.Select(f => f.Id).ToList();
        var references = files.ToDictionary(f => f.Id, f => f.Reference);
        var receivedOn = input.ReceivedOn is { } r ? LocalDate.FromDateOnly(r) : today;
        var requestReference = input.RequestReference!.Trim();
        var answer = SubjectAccess.Answer([], options.Schedule);
        var document = new SubjectAccessDocument(
            requestReference,
            receivedOn.ToDateOnly(),
            SubjectAccess.DueOn(receivedOn, extended: false).ToDateOnly(),
            clock.GetUtcNow(),
            sections,
            [.. files.SelectMany(f => f.Involvements).GroupBy(i => i.OrganisationId).Select(g => g.OrderBy(i => i.Since).First())
                .OrderBy(i => i.Since)
                .Select(i => new RecipientLine(SubjectAccessReader.Name(organisations, i.OrganisationId),
                    kinds.TryGetValue(i.OrganisationId, out var kind) ? kind : null, i.Since))],
            [.. answer.RecordClasses.Select(c => new RetentionLine(c, RetentionText.Of(answer.RetentionPeriods[c]), options.BasisOf(c).Citation))],
            [.. (await db.LegalHolds.AsNoTracking().Where(h => ids.Contains(h.CaseId)).ToListAsync(ct))
                .OrderBy(h => h.PlacedOn).Select(h => new HoldLine(references[h.CaseId], h.PlacedOn.ToDateOnly(), h.LiftedOn?.ToDateOnly(), h.Reason))],
            [.. (await db.RetentionErasures.AsNoTracking().Where(e => ids.Contains(e.CaseId)).ToListAsync(ct))
                .OrderBy(e => e.ErasedAt).Select(e => new ErasureLine(references[e.CaseId], e.RecordClass, e.ErasedOn.ToDateOnly(), e.Records))],
            await AccessesAsync(ids, organisations, ct),
            [answer.Basis.Citation, AssistanceArticles.AnswerTime.Citation, RetentionArticles.OthersRights.Citation, RetentionArticles.Consultations.Citation]);

        // One entry for the whole answer, on the file asked for; the request's reference is its purpose.
        audit.Record(AuditEventType.SubjectAccessExported, "Case", asked.Id.ToString(), purpose: AuditLog.Purpose("subject access request " + requestReference),
            details: $"files={files.Count} accesses={document.Accesses.Count}");
        await db.SaveChangesAsync(ct);
        return SupportResults.Done(document);
    }

    /// <summary>The file asked for and every file linked to it, directly or through another, by a same-person decision in force.</summary>
    private async Task<List<CaseFile>> SamePersonAsync(CaseFile asked, CancellationToken ct)
    {
        var group = new HashSet<Guid> { asked.Id };
        var frontier = new List<Guid> { asked.Id };
        while (frontier.Count > 0)
        {
            var next = await db.CaseMerges.AsNoTracking()
                .Where(m => m.UndoneAt == null && (frontier.Contains(m.SurvivorId) || frontier.Contains(m.MergedId)))
                .Select(m => new[] { m.SurvivorId, m.MergedId })
                .ToListAsync(ct);
            frontier = [.. next.SelectMany(pair => pair).Where(group.Add)];
        }

        var others = group.Where(id => id != asked.Id).ToList();
        var linked = await db.Cases.AsNoTracking().Include(c => c.Involvements).Where(c => others.Contains(c.Id)).OrderBy(c => c.OpenedAt).ToListAsync(ct);
        return [asked, .. linked];
    }

    /// <summary>
    /// Every audit entry about the files or their signals, referrals, procedures and support cases. The organisation
    /// and purpose are given, the staff member is not (<see cref="RetentionArticles.Consultations"/>).
    /// </summary>
    private async Task<List<AccessLine>> AccessesAsync(List<Guid> caseIds, IReadOnlyDictionary<Guid, string> organisations, CancellationToken ct)
    {
        var signals = await db.Set<Detection.SignalPerson>().Where(p => caseIds.Contains(p.CaseId)).Select(p => p.SignalId).Distinct().ToListAsync(ct);
        var subjects = new List<(string Type, List<Guid> Ids)>
        {
            ("Case", caseIds),
            ("Signal", signals),
            ("Referral", await db.Referrals.Where(r => caseIds.Contains(r.CaseId)).Select(r => r.Id).ToListAsync(ct)),
            ("Procedure", await db.Procedures.Where(p => caseIds.Contains(p.CaseId)).Select(p => p.Id).ToListAsync(ct)),
            ("SupportCase", await db.SupportCases.Where(s => caseIds.Contains(s.CaseId)).Select(s => s.Id).ToListAsync(ct)),
        };
        var lines = new List<AccessLine>();
        foreach (var (type, list) in subjects.Where(s => s.Ids.Count > 0))
        {
            var keys = list.Select(id => id.ToString()).ToList();
            lines.AddRange((await db.AuditEntries.AsNoTracking().Where(a => a.SubjectType == type && keys.Contains(a.SubjectId!))
                    .Select(a => new { a.At, a.Type, a.OrganisationId, a.Purpose }).ToListAsync(ct))
                .Select(a => new AccessLine(a.At, a.Type, a.OrganisationId is { } o ? SubjectAccessReader.Name(organisations, o) : null, a.Purpose)));
        }

        return [.. lines.OrderBy(l => l.At)];
    }
}

/// <summary>A retention period as the document prints it: "P10Y" reads "10 years after the support ends" on the page.</summary>
public static class RetentionText
{
    public static string Of(RetentionPeriod period) =>
        period.AfterClosure is { } p ? NodaTime.Text.PeriodPattern.NormalizingIso.Format(p) : "not personal data";
}
