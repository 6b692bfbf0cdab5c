using NodaTime;

namespace OpenNrm.Domain.Proceedings;

/// <summary>The case entered <paramref name="Status"/> on <paramref name="On"/> through <paramref name="Cause"/>.</summary>
public sealed record StatusChange(LocalDate On, CriminalProceedingsStatus Status, ProceedingsEvent Cause);
