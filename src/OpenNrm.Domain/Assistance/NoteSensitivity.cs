namespace OpenNrm.Domain.Assistance;

/// <summary>How confidential a case note is; it decides who at the centre may read it.</summary>
public enum NoteSensitivity
{
    /// <summary>Day-to-day follow-up: any user of the centre working on the support may read it.</summary>
    General,

    /// <summary>Medical or psychological care: health data, read only by the centre's caseworkers and coordinators.</summary>
    Care,
}
