namespace OpenNrm.Domain.Assistance;

/// <summary>Where a request for an interpreter stands. Done and Cancelled are final: they are the record of what happened.</summary>
public enum InterpretationStatus
{
    Requested,
    Confirmed,
    Done,
    Cancelled,
}
