namespace OpenNrm.Domain.Referral;

/// <summary>
/// The referrer's own choice instead of the advice, kept with its reason so that a departure from the usual centre
/// can be explained afterwards.
/// </summary>
public sealed record RoutingOverride(SpecialisedCentre Centre, MinorsStructure? MinorsStructure, string Reason);
