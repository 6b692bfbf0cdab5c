using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenNrm.Domain.Assistance;
using OpenNrm.Domain.Audit;
using OpenNrm.Web.Data;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Audit;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Web.Features.Assistance;

public sealed record NoteView(Guid Id, NoteSensitivity Sensitivity, string Text, Guid WrittenBy, string WrittenByName, DateTimeOffset WrittenAt);

/// <summary>
/// Case notes. Every read of a list is audited, with its purpose and the sensitivity read; care notes come only
/// through a care read (<see cref="CaseNoteAccess"/>), and a reader without care access is told there is nothing,
/// exactly as outside the centre.
/// </summary>
public sealed class CaseNoteService(AppDbContext db, CurrentUser me, SupportAccess access, AuditLog audit, TimeProvider clock,
    IStringLocalizer<SharedResource> localizer)
{
    public async Task<SupportResult<NoteView>> WriteAsync(Guid id, NoteInput input, CancellationToken ct)
    {
        var v = new Validation(localizer)
            .Require(input.Sensitivity is { } s && Enum.IsDefined(s), "sensitivity", "This field is required.")
            .RequireText(input.Text, "text", SupportLimits.NoteText);
        if (!v.IsValid)
        {
            return SupportResults.Invalid<NoteView>(v);
        }

        var support = await access.FindAsync(id, ct, tracked: false);
        if (support is null)
        {
            return SupportResults.NotFound<NoteView>();
        }

        if (!CaseNoteAccess.MayWrite(input.Sensitivity!.Value, me.Roles))
        {
            return SupportResults.NotCompetent<NoteView>(localizer["Care notes are written and read only by the centre's caseworkers and coordinators ({0}).",
                AssistanceArticles.CareNotes.Citation]);
        }

        if (!support.IsOpen)
        {
            return SupportResults.Conflict<NoteView>(localizer["This support case is closed: its record no longer changes."]);
        }

        var note = new CaseNote(Guid.CreateVersion7(), support.Id, input.Sensitivity.Value, input.Text!.Trim(), me.UserId!.Value, clock.GetUtcNow());
        db.SupportNotes.Add(note);
        audit.Record(AuditEventType.SupportNoteWritten, "SupportCase", support.Id.ToString(), details: $"note {note.Id} {note.Sensitivity}");
        await db.SaveChangesAsync(ct);
        return SupportResults.Done<NoteView>(new NoteView(note.Id, note.Sensitivity, note.Text, note.WrittenBy, await NameAsync(note.WrittenBy, ct), note.WrittenAt));
    }

    /// <summary>The notes of one read, newest first; null when the case or this read is outside the caller's need-to-know.</summary>
    public async Task<IReadOnlyList<NoteView>?> ReadAsync(Guid id, NoteRead read, string? purpose, CancellationToken ct)
    {
        var returned = CaseNoteAccess.Returned(read, me.Roles);
        var support = returned.Count == 0 ? null : await access.FindAsync(id, ct, tracked: false);
        if (support is null)
        {
            return null;
        }

        var notes = await db.SupportNotes.AsNoTracking().Where(n => n.SupportCaseId == support.Id && returned.Contains(n.Sensitivity))
            .OrderByDescending(n => n.WrittenAt).ThenByDescending(n => n.Id).Take(SupportLimits.MaxRows).ToListAsync(ct);
        audit.Record(read == NoteRead.Care ? AuditEventType.SupportCareNotesViewed : AuditEventType.SupportNotesViewed, "SupportCase", support.Id.ToString(),
            purpose: AuditLog.Purpose(purpose), details: $"{notes.Count} notes");
        await db.SaveChangesAsync(ct);
        var writers = notes.Select(n => n.WrittenBy).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => writers.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return notes.Select(n => new NoteView(n.Id, n.Sensitivity, n.Text, n.WrittenBy, names.GetValueOrDefault(n.WrittenBy, string.Empty), n.WrittenAt)).ToList();
    }

    private async Task<string> NameAsync(Guid user, CancellationToken ct) =>
        await db.Users.Where(u => u.Id == user).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? string.Empty;
}
