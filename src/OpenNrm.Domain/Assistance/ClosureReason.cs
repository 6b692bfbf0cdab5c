namespace OpenNrm.Domain.Assistance;

/// <summary>Why a centre ended its support; the rapporteur counts these, and "Other" must be explained.</summary>
public enum ClosureReason
{
    GoalsReached,
    ReturnedHome,
    TransferredToOtherCentre,
    LostContact,
    Deceased,
    Declined,
    Other,
}
