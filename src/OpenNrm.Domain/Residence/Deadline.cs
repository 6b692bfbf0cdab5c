using NodaTime;
using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Residence;

/// <summary>An upcoming date to act on; <see cref="DueOn"/> is null when the law ties it to a step, not a date.</summary>
public sealed record Deadline(DeadlineKind Kind, LocalDate? DueOn, string Explanation, LegalBasis Basis);
