using NodaTime;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// The centre's referral of the person to a named Public Centre for Social Welfare (PCSW, OCMW, CPAS) for
/// subsistence, and the PCSW's answer.
/// </summary>
/// <param name="Pcsw">The PCSW by name, e.g. "CPAS de Saint-Gilles" or "OCMW Antwerpen".</param>
/// <param name="RefusalReason">Why the PCSW refused; none unless refused.</param>
public sealed record SubsistenceReferral(string Pcsw, LocalDate ReferredOn, SubsistenceStatus Status, LocalDate? DecidedOn, string? RefusalReason);
