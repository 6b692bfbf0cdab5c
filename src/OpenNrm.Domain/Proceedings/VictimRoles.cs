namespace OpenNrm.Domain.Proceedings;

/// <summary>
/// What a victim is in one criminal case; several can hold at once. A complainant is not a civil party until they
/// declare it (Code of Criminal Procedure art. 63 and 66), and only a civil party can be awarded damages.
/// </summary>
[Flags]
public enum VictimRoles
{
    /// <summary>Linked as a victim of the facts, without a procedural role yet.</summary>
    None = 0,
    Complainant = 1,
    Witness = 2,
    CivilParty = 4,
}
