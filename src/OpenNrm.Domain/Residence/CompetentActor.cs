namespace OpenNrm.Domain.Residence;

/// <summary>
/// The kind of body that may take a step. The domain only names it; the application layer enforces it against the
/// caller's organisation.
/// </summary>
public enum CompetentActor
{
    RecognisedCentre,
    Prosecutor,
    ImmigrationOfficeThbUnit,
}
