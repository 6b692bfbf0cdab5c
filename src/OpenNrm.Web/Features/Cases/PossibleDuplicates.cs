using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using OpenNrm.Domain.Audit;
using OpenNrm.Domain.Matching;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Cases;

public sealed record DuplicateCandidate(Guid CaseId, string Reference, MatchLevel Level, IReadOnlyList<string> Reasons);

public sealed record MergeInput(Guid? MergedId, string? Reason);

public sealed record UndoInput(string? Reason);

public sealed record MergeView(Guid Id, Guid SurvivorId, string SurvivorReference, Guid MergedId, string MergedReference, DateTimeOffset DecidedAt, DateTimeOffset? UndoneAt);

public enum MergeOutcomeKind
{
    Done,
    Invalid,
    NotFound,
    Refused,
}

/// <summary>
/// One person, many signals: proposes files that may be the same person (shared spelling-independent name keys,
/// then the scorer's comparison of names, birth dates, nationalities and gender) among the files the caller's
/// organisation works on, and records a person's decision to link two of them, or to undo it. Candidates from
/// other organisations are never proposed: a proposal would disclose that a file exists.
/// </summary>
public sealed class PossibleDuplicates(AppDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
{
    public async Task<IReadOnlyList<DuplicateCandidate>?> FindAsync(Guid caseId, CancellationToken ct)
    {
        var organisation = me.OrganisationId ?? Guid.Empty;
        var mine = db.Cases.Where(c => c.Involvements.Any(i => i.OrganisationId == organisation));
        if (!await mine.AnyAsync(c => c.Id == caseId, ct))
        {
            return null;
        }

        var keys = db.CaseNameKeys.Where(k => k.CaseId == caseId).Select(k => k.KeyHash);
        var linked = db.CaseMerges.Where(m => m.UndoneAt == null && (m.SurvivorId == caseId || m.MergedId == caseId)).Select(m => m.SurvivorId == caseId ? m.MergedId : m.SurvivorId);
        var candidateIds = await db.CaseNameKeys.Where(k => keys.Contains(k.KeyHash) && k.CaseId != caseId).Select(k => k.CaseId).Distinct()
            .Where(id => mine.Any(c => c.Id == id) && !linked.Contains(id)).Take(50).ToListAsync(ct);
        var self = await DescribeAsync([caseId], ct);
        var others = await DescribeAsync(candidateIds, ct);
        audit.Record(AuditEventType.DuplicatesViewed, "Case", caseId.ToString(), details: $"candidates={candidateIds.Count}");
        await db.SaveChangesAsync(ct);
        return others.Select(o => (o, Assessment: DuplicateScorer.Score(self[0].Person, o.Person)))
            .Where(x => x.Assessment.Level != MatchLevel.None)
            .OrderByDescending(x => x.Assessment.Level).ThenBy(x => x.o.Reference)
            .Select(x => new DuplicateCandidate(x.o.Id, x.o.Reference, x.Assessment.Level, x.Assessment.Reasons.Select(r => r.Explanation).ToList()))
            .ToList();
    }

    public async Task<(MergeOutcomeKind Kind, MergeView? Merge, Validation Validation, string? Refusal)> MergeAsync(Guid survivorId, MergeInput input, CancellationToken ct)
    {
        var v = new Validation(localizer)
            .Require(input.MergedId is not null, "mergedId", "This field is required.")
            .RequireText(input.Reason, "reason", 1000);
        if (!v.IsValid)
        {
            return (MergeOutcomeKind.Invalid, null, v, null);
        }

        var organisation = me.OrganisationId ?? Guid.Empty;
        var ids = new[] { survivorId, input.MergedId!.Value };
        var files = await db.Cases.Where(c => ids.Contains(c.Id) && c.Involvements.Any(i => i.OrganisationId == organisation)).Select(c => new { c.Id, c.Reference }).ToListAsync(ct);
        if (files.Count != ids.Distinct().Count())
        {
            return (MergeOutcomeKind.NotFound, null, v, null);
        }

        if (await db.CaseMerges.AnyAsync(m => m.UndoneAt == null && ((m.SurvivorId == survivorId && m.MergedId == input.MergedId) || (m.SurvivorId == input.MergedId && m.MergedId == survivorId)), ct))
        {
            return (MergeOutcomeKind.Refused, null, v, localizer["These files are already linked as the same person."]);
        }

        var candidates = await FindAsync(survivorId, ct) ?? [];
        var reasons = candidates.FirstOrDefault(c => c.CaseId == input.MergedId)?.Reasons ?? [localizer["Not proposed by the matching; linked on the person's own finding."].Value];
        var now = clock.GetUtcNow();
        switch (PersonMerges.Merge(survivorId, input.MergedId.Value, reasons, me.UserId!.Value.ToString(), Instant.FromDateTimeOffset(now)))
        {
            case MergeRefused refused:
                return (MergeOutcomeKind.Refused, null, v, string.Join(" ", refused.Refusals.Select(r => $"{r.Explanation} ({r.Basis.Citation})")));
            case MergeAllowed:
                var merge = new CaseMerge(Guid.CreateVersion7(), survivorId, input.MergedId.Value, string.Join(" | ", reasons), input.Reason!.Trim(), me.UserId!.Value, now);
                db.CaseMerges.Add(merge);
                audit.Record(AuditEventType.CaseMerged, "Case", survivorId.ToString(), details: "merged " + input.MergedId);
                await db.SaveChangesAsync(ct);
                return (MergeOutcomeKind.Done, View(merge, files.ToDictionary(f => f.Id, f => f.Reference)), v, null);
            default:
                return (MergeOutcomeKind.Refused, null, v, null);
        }
    }

    public async Task<(MergeOutcomeKind Kind, Validation Validation, string? Refusal)> UndoAsync(Guid mergeId, UndoInput input, CancellationToken ct)
    {
        var v = new Validation(localizer).RequireText(input.Reason, "reason", 1000);
        if (!v.IsValid)
        {
            return (MergeOutcomeKind.Invalid, v, null);
        }

        var organisation = me.OrganisationId ?? Guid.Empty;
        var merge = await db.CaseMerges.FirstOrDefaultAsync(m => m.Id == mergeId
            && db.Cases.Any(c => c.Id == m.SurvivorId && c.Involvements.Any(i => i.OrganisationId == organisation)), ct);
        if (merge is null)
        {
            return (MergeOutcomeKind.NotFound, v, null);
        }

        var now = clock.GetUtcNow();
        var domain = new PersonMerge(merge.SurvivorId, merge.MergedId, [merge.Reasons], merge.DecidedBy.ToString(), Instant.FromDateTimeOffset(merge.DecidedAt))
        {
            Undo = merge.UndoneAt is { } at ? new MergeUndo(merge.UndoneBy.ToString()!, Instant.FromDateTimeOffset(at), merge.UndoReason) : null,
        };
        if (PersonMerges.Undo(domain, me.UserId!.Value.ToString(), Instant.FromDateTimeOffset(now), input.Reason!.Trim()) is MergeRefused refused)
        {
            return (MergeOutcomeKind.Refused, v, string.Join(" ", refused.Refusals.Select(r => $"{r.Explanation} ({r.Basis.Citation})")));
        }

        merge.Undo(me.UserId!.Value, now, input.Reason!.Trim());
        audit.Record(AuditEventType.CaseMergeUndone, "Case", merge.SurvivorId.ToString(), details: "unmerged " + merge.MergedId);
        await db.SaveChangesAsync(ct);
        return (MergeOutcomeKind.Done, v, null);
    }

    public async Task<IReadOnlyList<MergeView>> MergesOfAsync(Guid caseId, CancellationToken ct)
    {
        var merges = await db.CaseMerges.AsNoTracking().Where(m => m.SurvivorId == caseId || m.MergedId == caseId).OrderByDescending(m => m.DecidedAt).ToListAsync(ct);
        var ids = merges.SelectMany(m => new[] { m.SurvivorId, m.MergedId }).Distinct().ToList();
        var references = await db.Cases.Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.Reference }).ToDictionaryAsync(c => c.Id, c => c.Reference, ct);
        return merges.Select(m => View(m, references)).ToList();
    }

    private static MergeView View(CaseMerge m, IReadOnlyDictionary<Guid, string> references) =>
        new(m.Id, m.SurvivorId, references.GetValueOrDefault(m.SurvivorId, string.Empty), m.MergedId, references.GetValueOrDefault(m.MergedId, string.Empty), m.DecidedAt, m.UndoneAt);

    private sealed record Described(Guid Id, string Reference, PersonDescriptor Person);

    /// <summary>Names are decrypted in memory only, for the comparison; they leave this method in no form.</summary>
    private async Task<List<Described>> DescribeAsync(List<Guid> ids, CancellationToken ct)
    {
        var files = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.Reference, c.PersonName }).ToListAsync(ct);
        var persons = await db.Set<Detection.SignalPerson>().AsNoTracking().Where(p => ids.Contains(p.CaseId))
            .Join(db.Signals, p => p.SignalId, s => s.Id, (p, s) => new { p.CaseId, p.Aliases, p.BirthDate, p.EstimatedAge, p.Nationalities, p.Gender, s.DetectedAt })
            .ToListAsync(ct);
        return files.Select(f =>
        {
            var p = persons.FirstOrDefault(x => x.CaseId == f.Id);
            return new Described(f.Id, f.Reference, new PersonDescriptor
            {
                FullName = f.PersonName,
                Aliases = p?.Aliases.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
                BirthDate = p?.BirthDate,
                EstimatedAge = p is { EstimatedAge: { } age } ? new EstimatedAge(age, LocalDate.FromDateTime(p.DetectedAt.UtcDateTime)) : null,
                Nationalities = p?.Nationalities.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [],
                Gender = p?.Gender ?? Domain.Detection.HtcdsGender.NonSpecifiedUnknown,
            });
        }).ToList();
    }
}
