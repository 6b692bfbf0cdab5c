namespace OpenNrm.Domain.Assistance;

/// <summary>
/// The seven kinds of assistance a recognised centre gives (Circular of 23 December 2016, 4). One list, so that a
/// support plan and the rapporteur's figures count the same things.
/// </summary>
public enum AssistanceType
{
    /// <summary>Information on the protection mechanisms, above all the residence procedure.</summary>
    Information,

    /// <summary>Appropriate and safe accommodation: the centre's shelter at a secret address, or a minors' structure.</summary>
    Accommodation,

    /// <summary>Help to overcome trauma and to work on future projects: language, training, work, housing, health.</summary>
    PsychosocialAndMedical,

    /// <summary>The steps for residence documents and other administrative matters.</summary>
    Administrative,

    /// <summary>Help with statements and complaints, news of the case, and a lawyer in court.</summary>
    Legal,

    /// <summary>An interpreter when the victim speaks none of the national languages.</summary>
    Interpretation,

    /// <summary>Financial help through the local Public Centre for Social Welfare.</summary>
    Subsistence,
}
