using NodaTime;

namespace OpenNrm.Domain.Assistance;

/// <summary>The end of a centre's support, dated and with its reason; retention periods run from this date.</summary>
public sealed record SupportClosure(LocalDate ClosedOn, ClosureReason Reason, string? Explanation);
