namespace OpenNrm.Domain.Assistance;

/// <summary>
/// The facts about a victim that decide legal aid. Income from work counts like any other: the national rapporteur
/// found victims cut off from legal aid once they found a job, so the answer shows how far above a limit they are.
/// </summary>
/// <param name="NetMonthlyIncomeCents">Net monthly income of the household, in euro cents.</param>
/// <param name="LivesWithPartner">Whether the person lives with a spouse or partner.</param>
/// <param name="Dependants">Persons the applicant supports.</param>
/// <param name="Categories">The situations that may carry a presumption of insufficient means.</param>
public sealed record LegalAidApplicant(
    long NetMonthlyIncomeCents,
    bool LivesWithPartner,
    int Dependants,
    IReadOnlySet<LegalAidCategory> Categories);
