using OpenNrm.Domain.Assistance;

namespace OpenNrm.Web.Features.Assistance;

/// <summary>
/// A note on a support case. Notes are never edited: a correction is a new note, so what a colleague read stays
/// on record. Who reads which note is <see cref="CaseNoteAccess"/>'s rule.
/// </summary>
public sealed class CaseNote
{
    private CaseNote()
    {
        Text = string.Empty;
    }

    public CaseNote(Guid id, Guid supportCaseId, NoteSensitivity sensitivity, string text, Guid writtenBy, DateTimeOffset writtenAt)
    {
        Id = id;
        SupportCaseId = supportCaseId;
        Sensitivity = sensitivity;
        Text = text;
        WrittenBy = writtenBy;
        WrittenAt = writtenAt;
    }

    public Guid Id { get; private set; }

    public Guid SupportCaseId { get; private set; }

    public NoteSensitivity Sensitivity { get; private set; }

    /// <summary>Encrypted at rest.</summary>
    public string Text { get; private set; }

    public Guid WrittenBy { get; private set; }

    public DateTimeOffset WrittenAt { get; private set; }
}
