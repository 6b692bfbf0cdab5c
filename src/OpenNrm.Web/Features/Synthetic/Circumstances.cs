using OpenNrm.Domain.Detection;

namespace OpenNrm.Web.Features.Synthetic;

/// <summary>
/// The officer's free-text account of what they saw. Written without names or addresses, in the words a report
/// uses; the column is encrypted like any real account.
/// </summary>
internal static class Circumstances
{
    private static readonly string[] Labour =
    [
        "Workers found during an inspection of a construction site: no contracts, wages withheld for months, passports kept by the employer.",
        "Kitchen staff of a restaurant living above the premises; fourteen-hour days, seven days a week, a debt for the journey still owed.",
        "Car-wash workers paid a fraction of the minimum wage and housed by the employer in an overcrowded garage.",
        "Domestic worker without a day off since arrival; identity document held by the household.",
        "Harvest workers brought by van each morning; pay handed to an intermediary who keeps most of it.",
        "Night-shop staff sleeping in the storeroom; threatened with denunciation to the police if they complain.",
    ];

    private static readonly string[] Sexual =
    [
        "Met during a check of a massage parlour; signs of control by a third party, no access to own earnings.",
        "Escort advert screened online; the person spoke of a debt owed to the person who arranged the journey.",
        "Window prostitution; earnings handed over daily, phone checked by a third party.",
        "Referred by outreach workers after a night-time check in a private flat used as a brothel.",
        "Recruited with a promise of work in a hair salon; forced into prostitution on arrival.",
    ];

    private static readonly string[] Begging =
    [
        "Begging at a station entrance; the money collected is handed to an adult waiting nearby.",
        "Begging in a shopping street with a young child; brought and collected each day by car.",
    ];

    private static readonly string[] Criminality =
    [
        "Arrested for shoplifting with an organised group; says the thefts repay a debt to the group.",
        "Found tending a cannabis plantation, locked inside the premises, with no means to leave.",
        "Stopped while carrying drugs; explains being forced to do so under threats against family at home.",
    ];

    private static readonly string[] Smuggling =
    [
        "Intercepted in a lorry at a motorway car park; journey organised against a debt, violence during transit.",
        "Held in a house by the smugglers until the family paid a further sum; released after a police intervention.",
    ];

    private static readonly string[] Other =
    [
        "Self-reported after leaving accommodation provided by the employer; afraid of reprisals.",
        "Signalled by hospital staff after an injury at work that the employer asked to hide.",
    ];

    public static string For(Random random, ExploitationPurpose purpose) => random.Pick(purpose switch
    {
        ExploitationPurpose.LabourExploitation => Labour,
        ExploitationPurpose.SexualExploitation => Sexual,
        ExploitationPurpose.Begging => Begging,
        ExploitationPurpose.ForcedCriminality => Criminality,
        ExploitationPurpose.AggravatedSmuggling => Smuggling,
        ExploitationPurpose.OrganRemoval or ExploitationPurpose.Other => Other,
    });
}
