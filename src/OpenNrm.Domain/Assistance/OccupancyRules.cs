using NodaTime;
using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// Occupancy of a shelter and the admission of a new stay. A stay is refused if, on any night of it, the shelter
/// would hold more persons than places; and minors are housed only in structures for minors, adults never in them.
/// </summary>
public static class OccupancyRules
{
    public static Occupancy On(Shelter shelter, IReadOnlyList<ShelterStay> stays, LocalDate day)
    {
        ArgumentNullException.ThrowIfNull(shelter);
        ArgumentNullException.ThrowIfNull(stays);
        ArgumentOutOfRangeException.ThrowIfNegative(shelter.Capacity, nameof(shelter));
        var occupied = stays.Count(s => s.Occupies(day));
        return new Occupancy(day, shelter.Capacity, occupied, Math.Max(0, shelter.Capacity - occupied));
    }

    /// <summary>
    /// Whether <paramref name="proposed"/> may be added to <paramref name="stays"/>. Occupancy only rises when a stay
    /// begins, so the nights checked are the first night of the proposed stay and each later arrival during it.
    /// </summary>
    public static AssistanceOutcome<ShelterStay> Admit(Shelter shelter, IReadOnlyList<ShelterStay> stays, ShelterStay proposed)
    {
        ArgumentNullException.ThrowIfNull(shelter);
        ArgumentNullException.ThrowIfNull(stays);
        ArgumentNullException.ThrowIfNull(proposed);
        ArgumentOutOfRangeException.ThrowIfNegative(shelter.Capacity, nameof(shelter));

        if (proposed.End <= proposed.Start)
        {
            return Refuse(AssistanceRefusalCode.StayEndsBeforeItStarts,
                $"The departure ({Wording.Date(proposed.End)}) must be after the arrival ({Wording.Date(proposed.Start)}): a stay counts at least one night.",
                AssistanceArticles.ShelterCapacity);
        }

        if (proposed.ResidentIsMinor && !shelter.MinorsOnly)
        {
            return Refuse(AssistanceRefusalCode.MinorsStructureRequiredForMinor,
                "A minor is housed in a structure for minors (Esperanto, Minor Ndako), not in an adults' shelter.",
                AssistanceArticles.MinorsShelter);
        }

        if (!proposed.ResidentIsMinor && shelter.MinorsOnly)
        {
            return Refuse(AssistanceRefusalCode.MinorsStructureOnlyForMinors,
                "This structure takes in minors only.",
                AssistanceArticles.MinorsShelter);
        }

        var nights = stays
            .Select(s => s.Start)
            .Where(proposed.Occupies)
            .Append(proposed.Start)
            .Distinct()
            .Order();
        foreach (var night in nights)
        {
            var occupancy = On(shelter, stays, night);
            if (occupancy.Occupied + 1 > shelter.Capacity)
            {
                return Refuse(AssistanceRefusalCode.ShelterFull,
                    $"On the night of {Wording.Date(night)} all {shelter.Capacity} places are taken ({occupancy.Occupied} residents).",
                    AssistanceArticles.ShelterCapacity);
            }
        }

        return new(proposed);
    }

    private static AssistanceOutcome<ShelterStay> Refuse(AssistanceRefusalCode code, string explanation, LegalBasis basis) =>
        new(new AssistanceRefusal(code, explanation, basis));
}
