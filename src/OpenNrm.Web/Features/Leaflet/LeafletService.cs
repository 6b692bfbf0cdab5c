using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Leaflet;

public sealed record LeafletSummary(string Language, string LanguageName, string Title, int Version, DateTimeOffset UpdatedAt, Guid? UpdatedBy);

public sealed record LeafletView(string Language, string LanguageName, bool RightToLeft, string Title, string Body, int Version,
    DateTimeOffset UpdatedAt, Guid? UpdatedBy)
{
    public static LeafletView From(LeafletText t) =>
        new(t.LanguageCode, LeafletLanguage.NativeName(t.LanguageCode), LeafletLanguage.IsRightToLeft(t.LanguageCode), t.Title, t.Body, t.Version,
            t.UpdatedAt, t.UpdatedBy);

    public IReadOnlyList<IReadOnlyList<string>> Paragraphs() => PlainTextParagraphs.Split(Body);
}

public enum LeafletOutcome
{
    Created,
    Updated,
    Invalid,
    Conflict,
}

/// <param name="CurrentVersion">On a conflict: the version now stored, or null when the language has no text yet.</param>
public sealed record LeafletSaveResult(LeafletOutcome Outcome, LeafletView? Leaflet, Validation Validation, int? CurrentVersion = null);

/// <summary>
/// Reads the leaflet texts, and saves an administrator's edit only against the version they read: a second editor
/// working from an older version is told so instead of silently overwriting the first. Every save is audited with
/// the language and the new version, never the text itself.
/// </summary>
public sealed class LeafletService(AppDbContext db, AuditLog audit, CurrentUser me, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
{
    public async Task<IReadOnlyList<LeafletSummary>> ListAsync(CancellationToken ct)
    {
        // A few dozen languages at most: one ordered read.
        var texts = await db.LeafletTexts.AsNoTracking().OrderBy(t => t.LanguageCode).ToListAsync(ct);
        return texts.Select(t => new LeafletSummary(t.LanguageCode, LeafletLanguage.NativeName(t.LanguageCode), t.Title, t.Version, t.UpdatedAt, t.UpdatedBy)).ToList();
    }

    public async Task<LeafletView?> FindAsync(string? language, CancellationToken ct)
    {
        var code = LeafletLanguage.Normalise(language);
        if (code.Length != 2)
        {
            return null;
        }

        var text = await db.LeafletTexts.AsNoTracking().FirstOrDefaultAsync(t => t.LanguageCode == code, ct);
        return text is null ? null : LeafletView.From(text);
    }

    /// <summary>Adds the language when the caller sends version 0 and none exists; otherwise revises the version the caller read.</summary>
    public async Task<LeafletSaveResult> SaveAsync(string? language, LeafletInput input, CancellationToken ct)
    {
        var title = input.Title?.Trim();
        var body = input.Body is null ? null : PlainTextParagraphs.Normalise(input.Body).Trim();
        var validation = LeafletValidation.Check(language, title, body, input.Version, new Validation(localizer));
        if (!validation.IsValid)
        {
            return new LeafletSaveResult(LeafletOutcome.Invalid, null, validation);
        }

        var code = language!;
        var now = clock.GetUtcNow();
        var text = await db.LeafletTexts.FirstOrDefaultAsync(t => t.LanguageCode == code, ct);
        if (text is null)
        {
            return input.Version == 0
                ? await CreateAsync(new LeafletText(code, title!, body!, now, me.UserId), validation, ct)
                : new LeafletSaveResult(LeafletOutcome.Conflict, null, validation);
        }

        if (text.Version != input.Version)
        {
            return new LeafletSaveResult(LeafletOutcome.Conflict, LeafletView.From(text), validation, text.Version);
        }

        text.Revise(title!, body!, now, me.UserId);
        Audit(text);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: report it, never overwrite.
            return new LeafletSaveResult(LeafletOutcome.Conflict, null, validation, await CurrentVersionAsync(code, ct));
        }

        return new LeafletSaveResult(LeafletOutcome.Updated, LeafletView.From(text), validation);
    }

    private async Task<LeafletSaveResult> CreateAsync(LeafletText text, Validation validation, CancellationToken ct)
    {
        db.LeafletTexts.Add(text);
        Audit(text);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two administrators adding the same language at once: the second is told, as for any stale edit.
            if (await CurrentVersionAsync(text.LanguageCode, ct) is { } current)
            {
                return new LeafletSaveResult(LeafletOutcome.Conflict, null, validation, current);
            }

            throw;
        }

        return new LeafletSaveResult(LeafletOutcome.Created, LeafletView.From(text), validation);
    }

    private void Audit(LeafletText text) =>
        audit.Record(AuditEventType.LeafletChanged, "Leaflet", text.LanguageCode, details: $"{text.LanguageCode} version {text.Version}");

    private async Task<int?> CurrentVersionAsync(string code, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await db.LeafletTexts.AsNoTracking().Where(t => t.LanguageCode == code).Select(t => (int?)t.Version).FirstOrDefaultAsync(ct);
    }
}
