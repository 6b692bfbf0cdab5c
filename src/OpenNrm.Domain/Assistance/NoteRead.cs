namespace OpenNrm.Domain.Assistance;

/// <summary>
/// Which list of notes a reader asks for. Care notes are never part of the general list: reading them is a
/// separate, deliberate request, checked and audited on its own.
/// </summary>
public enum NoteRead
{
    General,
    Care,
}
