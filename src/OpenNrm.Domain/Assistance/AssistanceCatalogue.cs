using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Assistance;

/// <summary>What the centre does for one kind of assistance, and where that duty comes from.</summary>
public sealed record AssistanceProvision(AssistanceType Type, string WhatTheCentreDoes, LegalBasis Basis);

/// <summary>
/// The seven kinds of assistance with their source, so that a plan can show a caseworker why an action belongs to
/// the centre and who actually pays or provides it (the PCSW for subsistence, a lawyer in court).
/// </summary>
public static class AssistanceCatalogue
{
    public static IReadOnlyList<AssistanceProvision> All { get; } = [.. Enum.GetValues<AssistanceType>().Select(Of)];

    public static AssistanceProvision Of(AssistanceType type) => type switch
    {
        AssistanceType.Information => new(type,
            "Informs the person about the residence procedure for victims and encourages sharing useful information with the authorities.",
            AssistanceArticles.Assistance),
        AssistanceType.Accommodation => new(type,
            "Houses the person in its collective shelter at a secret address; refers a minor to a minors' structure (Esperanto, Minor Ndako).",
            new LegalBasis($"{AssistanceArticles.Assistance.Citation}; {AssistanceArticles.MinorsShelter.Citation}")),
        AssistanceType.PsychosocialAndMedical => new(type,
            "Helps the person overcome trauma and work on language, training, work, housing, health and family.",
            AssistanceArticles.Assistance),
        AssistanceType.Administrative => new(type,
            "Takes the steps for the residence documents of the procedure and other administrative matters.",
            AssistanceArticles.Assistance),
        AssistanceType.Legal => new(type,
            "Helps with statements and complaints, reports the progress of the case, and works with a lawyer for the court.",
            new LegalBasis($"{AssistanceArticles.Assistance.Citation}; {AssistanceArticles.LegalAid.Citation}")),
        AssistanceType.Interpretation => new(type,
            "Calls on an interpreter when the person speaks none of the national languages.",
            AssistanceArticles.Interpretation),
        AssistanceType.Subsistence => new(type,
            "Refers the person to the local PCSW, which pays assistance equal to the integration income during the procedure.",
            AssistanceArticles.Subsistence),
    };
}
