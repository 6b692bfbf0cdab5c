namespace OpenNrm.Domain.Assistance;

/// <summary>
/// What a victim may consent to, one purpose at a time: consent given for one disclosure never covers another, and
/// each can be withdrawn on its own.
/// </summary>
public enum ConsentPurpose
{
    /// <summary>On a voluntary return, pass useful information to the federal police or the reference magistrate.</summary>
    InformPoliceOnVoluntaryReturn,

    /// <summary>Pass the file to another recognised centre.</summary>
    TransferToOtherCentre,

    /// <summary>Contact the guardian of an unaccompanied minor.</summary>
    ContactWithGuardian,

    ShareWithLawyer,

    /// <summary>Share what the PCSW needs to grant subsistence.</summary>
    ShareWithPcsw,

    ResearchUse,
}
