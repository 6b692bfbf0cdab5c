namespace OpenNrm.Domain.Residence;

/// <summary>Other protection routes recorded alongside the procedure; they do not end it.</summary>
public enum AlternativeKind
{
    /// <summary>Refugee status or subsidiary protection.</summary>
    InternationalProtection,

    /// <summary>Durable-solution procedure for unaccompanied minors.</summary>
    DurableSolution,
}
