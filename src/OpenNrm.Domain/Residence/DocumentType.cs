namespace OpenNrm.Domain.Residence;

/// <summary>The residence documents of the procedure, in the order a victim normally receives them.</summary>
public enum DocumentType
{
    /// <summary>45-day order to leave the territory that marked the reflection period before 20 May 2017.</summary>
    OrderToLeaveTerritory45Days,

    /// <summary>45-day temporary residence document ("annex 15") from 20 May 2017.</summary>
    Annex15ReflectionDocument,

    /// <summary>3-month temporary residence document an unaccompanied minor receives from the start.</summary>
    MinorTemporaryDocument3Months,

    /// <summary>3-month attestation of immatriculation (certificate of registration) of a presumed victim.</summary>
    AttestationOfImmatriculation,

    /// <summary>6-month temporary residence permit of an identified victim.</summary>
    ACard,

    /// <summary>Residence permit of unlimited duration.</summary>
    BCard,
}
