namespace OpenNrm.Domain.Residence;

/// <summary>Where a person stands in the procedure; a stage follows from the documents issued and any exit.</summary>
public enum ProcedureStage
{
    NotOpened,

    /// <summary>Opened by a recognised centre; reflection document (or a minor's 3-month document) or none yet.</summary>
    Reflection,

    /// <summary>Holds or held an attestation of immatriculation.</summary>
    PresumedVictim,

    /// <summary>Identified by the prosecutor and holds or held an A-card.</summary>
    IdentifiedVictim,

    /// <summary>Holds a B-card: the procedure reached its end with a permit of unlimited duration.</summary>
    Permanent,

    /// <summary>Left the procedure without a B-card; see the exit.</summary>
    Ended,
}
