using NodaTime;

namespace OpenNrm.Domain.Proceedings;

/// <summary>
/// The reference magistrate for trafficking who holds the case from <paramref name="From"/> until the next
/// assignment. Each office designates such magistrates (COL 01/2015); keeping the history answers "who was
/// responsible on that day" for a confirmation or a complaint.
/// </summary>
public sealed record MagistrateAssignment(string MagistrateId, LocalDate From);
