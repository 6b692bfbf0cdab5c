using NodaTime;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// One person's stay in a shelter. A stay occupies a place from its first night to the night before departure: a
/// place freed in the morning can be given the same evening.
/// </summary>
/// <param name="End">The day of departure; none while the person still lives there.</param>
/// <param name="ResidentIsMinor">Whether the resident was a minor, or presumed one, on arrival.</param>
public sealed record ShelterStay(LocalDate Start, LocalDate? End, bool ResidentIsMinor)
{
    public bool Occupies(LocalDate day) => Start <= day && !(End <= day);
}
