using NodaTime;

namespace OpenNrm.Domain.Assistance;

/// <summary>One observed outcome, dated.</summary>
public sealed record FollowUpOutcome(FollowUpOutcomeKind Kind, LocalDate On);
