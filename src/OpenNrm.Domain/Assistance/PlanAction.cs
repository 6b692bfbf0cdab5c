using NodaTime;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// One action of a victim's support plan: which kind of assistance, who provides it, and when. Free-text notes stay
/// outside the domain: they are case notes, with their own confidentiality and retention.
/// </summary>
/// <param name="Provider">The organisation or service that provides it, e.g. the centre, a PCSW, a lawyer's office.</param>
/// <param name="Start">The planned start, or the actual start once the action is in progress.</param>
/// <param name="End">The planned or actual end; none while open-ended, or when cancelled before it started.</param>
public sealed record PlanAction(AssistanceType Type, string Provider, LocalDate Start, LocalDate? End, PlanActionStatus Status);
