using NodaTime;

namespace OpenNrm.Domain.Assistance;

/// <summary>Reintegration support in the country of return, from the day of return to its last day.</summary>
public sealed record ReintegrationPlan(LocalDate ReturnOn, LocalDate EndsOn, ReintegrationPartner Partner);
