using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Audit;
using OpenNrm.Domain.Statistics;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>
/// The rapporteur's own sections of a year's report. A save names the version the editor read: an editor working
/// from an older version is told so, with the text now stored, instead of overwriting a colleague's work. Every
/// save is kept in the history and audited with the year, the version and the sections changed, never the text.
/// </summary>
public sealed class ReportSectionsService(AppDbContext db, AuditLog audit, CurrentUser me, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
{
    public const string SubjectType = "AnnualReport";

    /// <summary>The texts as they stand, for the report and its exports, which audit their own reads.</summary>
    public async Task<ReportSectionTexts> TextsAsync(int year, CancellationToken ct) =>
        (await db.AnnualReportSections.AsNoTracking().FirstOrDefaultAsync(s => s.Year == year, ct))?.Texts ?? ReportSectionTexts.Empty;

    /// <summary>The sections and their history, audited as a read of the rapporteur's drafts.</summary>
    public async Task<ReportSectionsView> ReadAsync(int year, CancellationToken ct)
    {
        var view = await ViewAsync(year, ct);
        audit.Record(AuditEventType.ReportSectionsViewed, SubjectType, Id(year), details: $"year={year} version={view.Version}");
        await db.SaveChangesAsync(ct);
        return view;
    }

    /// <summary>One past save, or null when the year has no such version.</summary>
    public async Task<ReportRevisionView?> RevisionAsync(int year, int version, CancellationToken ct)
    {
        var revision = await db.AnnualReportRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.Year == year && r.Version == version, ct);
        if (revision is null)
        {
            return null;
        }

        var names = await NamesAsync([revision.SavedBy], ct);
        audit.Record(AuditEventType.ReportSectionsViewed, SubjectType, Id(year), details: $"year={year} revision={version}");
        await db.SaveChangesAsync(ct);
        var t = revision.Texts;
        return new ReportRevisionView(year, version, t.Trends, t.Policy, t.CaseLawCommentary, t.Recommendations, revision.SavedAt, NameOf(names, revision.SavedBy));
    }

    public async Task<ReportSectionsSaveResult> SaveAsync(string? year, ReportSectionsInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var v = new Validation(localizer);
        var y = StatisticsYear.Parse(year, clock, v, fallback: null);
        var texts = ReportSectionsValidation.Check(input, v);
        if (y is not { } reportYear || texts is null || !v.IsValid)
        {
            return new ReportSectionsSaveResult(ReportSectionsOutcome.Invalid, null, v);
        }

        var stored = await db.AnnualReportSections.FirstOrDefaultAsync(s => s.Year == reportYear, ct);
        if ((stored?.Version ?? 0) != input.Version)
        {
            return await ConflictAsync(reportYear, v, ct);
        }

        var previous = stored?.Texts ?? ReportSectionTexts.Empty;
        if (stored is null)
        {
            stored = new AnnualReportSections(reportYear);
            db.AnnualReportSections.Add(stored);
        }

        var revision = stored.Revise(texts, clock.GetUtcNow(), me.UserId);
        db.AnnualReportRevisions.Add(revision);
        var changed = RapporteurSections.InReportOrder.Where(s => texts.Of(s) != previous.Of(s)).Select(ReportSectionTexts.FieldOf);
        audit.Record(AuditEventType.ReportSectionsSaved, SubjectType, Id(reportYear),
            details: $"year={reportYear} version={revision.Version} changed={string.Join(',', changed)}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another editor saved between our read and our write (a newer version, or the year's first save): report it, never overwrite.
            return await ConflictAsync(reportYear, v, ct);
        }

        return new ReportSectionsSaveResult(ReportSectionsOutcome.Saved, await ViewAsync(reportYear, ct), v);
    }

    private async Task<ReportSectionsSaveResult> ConflictAsync(int year, Validation v, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var current = await ViewAsync(year, ct);
        return new ReportSectionsSaveResult(ReportSectionsOutcome.Conflict, null, v, current.Version == 0 ? null : current);
    }

    private async Task<ReportSectionsView> ViewAsync(int year, CancellationToken ct)
    {
        var stored = await db.AnnualReportSections.AsNoTracking().FirstOrDefaultAsync(s => s.Year == year, ct);
        var revisions = await db.AnnualReportRevisions.AsNoTracking().Where(r => r.Year == year)
            .OrderByDescending(r => r.Version).Select(r => new { r.Version, r.SavedAt, r.SavedBy }).ToListAsync(ct);
        var names = await NamesAsync([.. revisions.Select(r => r.SavedBy)], ct);
        var t = stored?.Texts ?? ReportSectionTexts.Empty;
        return new ReportSectionsView(year, stored?.Version ?? 0, t.Trends, t.Policy, t.CaseLawCommentary, t.Recommendations, stored?.UpdatedAt,
            NameOf(names, stored?.UpdatedBy), [.. revisions.Select(r => new ReportRevisionSummary(r.Version, r.SavedAt, NameOf(names, r.SavedBy)))]);
    }

    private async Task<Dictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid?> ids, CancellationToken ct)
    {
        var wanted = ids.OfType<Guid>().Distinct().ToList();
        return wanted.Count == 0 ? new Dictionary<Guid, string>() : await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
    }

    private static string? NameOf(Dictionary<Guid, string> names, Guid? id) => id is { } i ? names.GetValueOrDefault(i) : null;

    private static string Id(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
