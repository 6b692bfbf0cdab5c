namespace OpenNrm.Domain.Referral;

/// <summary>
/// Where to refer: always a specialised centre, and for a minor also a minors' reception structure, because the
/// structure houses the minor while the centre opens any procedure.
/// </summary>
public sealed record RoutingAdvice(Advice<SpecialisedCentre> Centre, Advice<MinorsStructure>? MinorsStructure);
