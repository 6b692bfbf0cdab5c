using NodaTime;

namespace OpenNrm.Domain.Assistance;

/// <summary>A shelter's occupancy on one night.</summary>
/// <param name="Free">Places left, never below zero.</param>
public sealed record Occupancy(LocalDate On, int Capacity, int Occupied, int Free)
{
    /// <summary>More residents than places: an error in the records or an emergency the coordinator must see.</summary>
    public bool IsOverCapacity => Occupied > Capacity;
}
