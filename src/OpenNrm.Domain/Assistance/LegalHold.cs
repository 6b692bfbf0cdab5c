using NodaTime;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// An order or decision to keep records past their retention period, for instance while criminal proceedings or a
/// claim are pending. A hold is in force from the day it is placed up to the day before it is lifted.
/// </summary>
public sealed record LegalHold(string Reason, LocalDate PlacedOn, LocalDate? LiftedOn)
{
    public bool IsActiveOn(LocalDate date) => PlacedOn <= date && !(LiftedOn <= date);
}
