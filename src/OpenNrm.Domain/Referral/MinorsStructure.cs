namespace OpenNrm.Domain.Referral;

/// <summary>
/// The reception structures specialised in minor victims. They house and accompany the minor; the specialised centre
/// referred to alongside them remains the one that opens any procedure.
/// </summary>
public enum MinorsStructure
{
    /// <summary>Esperanto, French-speaking, in Wallonia.</summary>
    Esperanto,

    /// <summary>Minor Ndako, Dutch-speaking.</summary>
    MinorNdako,
}
