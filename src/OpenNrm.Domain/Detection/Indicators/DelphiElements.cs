namespace OpenNrm.Domain.Detection.Indicators;

/// <summary>
/// The three elements the Delphi overall rule combines, kept apart so the frontline sees which one is missing
/// rather than a bare "no".
/// </summary>
/// <param name="Recruitment">Deceptive, coercive or abuse-of-vulnerability recruitment.</param>
/// <param name="Exploitation">Exploitative conditions.</param>
/// <param name="MeansAtDestination">Coercion or abuse of vulnerability at destination.</param>
public sealed record DelphiElements(ElementStatus Recruitment, ElementStatus Exploitation, ElementStatus MeansAtDestination)
{
    public bool AllSatisfied =>
        Recruitment != ElementStatus.NotMet
        && Exploitation != ElementStatus.NotMet
        && MeansAtDestination != ElementStatus.NotMet;
}
