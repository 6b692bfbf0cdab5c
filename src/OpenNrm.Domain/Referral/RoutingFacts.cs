using OpenNrm.Domain.Geography;

namespace OpenNrm.Domain.Referral;

/// <summary>
/// What the referrer knows when choosing where to refer. <paramref name="RegionOfDetection"/> is null when the place
/// is unknown (for example a report by phone). <paramref name="Languages"/> are ISO 639-1 codes ("fr", "nl"), most
/// preferred first; a regional subtag ("fr-BE") is accepted.
/// </summary>
public sealed record RoutingFacts(Region? RegionOfDetection, bool IsMinor, IReadOnlyList<string> Languages);
