namespace OpenNrm.Domain.Referral;

/// <summary>What the centre's intake led to. Only the first opens the residence procedure, which is why it is checked.</summary>
public enum IntakeOutcome
{
    /// <summary>The centre opened the residence procedure for victims on the person's behalf.</summary>
    EnteredResidenceProcedure,

    /// <summary>The centre assists the person without the residence procedure: a Belgian or EU national, or a person declining it.</summary>
    AssistedWithoutProcedure,

    NotPresumedVictim,

    PersonDeclined,

    Unreachable,

    /// <summary>Another recognised centre takes over, for example because the person is safer in another region.</summary>
    TransferredToOtherCentre,
}
