using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Detection.Indicators;

/// <summary>
/// The fixed notice every assessment carries, so no screen or export can present a tick-list result as an
/// identification. The code lets the application show a translated text.
/// </summary>
public sealed record AssessmentDisclaimer(string Code, string Text, LegalBasis IdentificationBasis)
{
    public static AssessmentDisclaimer DecisionSupportOnly { get; } = new(
        "THB-INDICATORS-DECISION-SUPPORT",
        "Decision support for frontline services, not an identification. Indications present: inform, notify and refer. "
        + "Only the public prosecutor identifies a victim of trafficking in human beings (Immigration Act art. 61/3 §2). "
        + "A result without indications does not rule out trafficking.",
        new LegalBasis("Immigration Act art. 61/3 §2"));
}
