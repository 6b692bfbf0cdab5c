using OpenNrm.Domain.Access;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// Who reads which case notes. A general read returns general notes only, whoever asks, so that a care note cannot
/// reach a screen or an export by the ordinary path; a care read returns care notes only, and only to a role bound
/// to the centre's professional secrecy for care. Whether the reader belongs to the centre is checked per support
/// case, on top of this rule.
/// </summary>
public static class CaseNoteAccess
{
    /// <summary>The roles that may read and write care notes.</summary>
    public static IReadOnlySet<Role> CareRoles { get; } = new HashSet<Role> { Role.CentreCaseworker, Role.CentreCoordinator };

    public static bool HasCareAccess(IEnumerable<Role> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return roles.Any(CareRoles.Contains);
    }

    /// <summary>The sensitivities a read returns to these roles; empty when the roles may not make this read at all.</summary>
    public static IReadOnlyList<NoteSensitivity> Returned(NoteRead read, IEnumerable<Role> roles) => read switch
    {
        NoteRead.General => [NoteSensitivity.General],
        NoteRead.Care => HasCareAccess(roles) ? [NoteSensitivity.Care] : [],
    };

    /// <summary>Whether these roles may write a note of this sensitivity: a care note only by those who may read it.</summary>
    public static bool MayWrite(NoteSensitivity sensitivity, IEnumerable<Role> roles) => sensitivity switch
    {
        NoteSensitivity.General => true,
        NoteSensitivity.Care => HasCareAccess(roles),
    };
}
