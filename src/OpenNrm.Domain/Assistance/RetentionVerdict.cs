namespace OpenNrm.Domain.Assistance;

/// <summary>What to do with a record today.</summary>
public enum RetentionVerdict
{
    Keep,
    Purge,

    /// <summary>Past its period, but a legal hold in force keeps it.</summary>
    Held,
}
