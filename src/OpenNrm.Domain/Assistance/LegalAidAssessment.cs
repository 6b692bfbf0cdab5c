using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// The likely legal aid for an applicant, with the reason. Decision support for the centre: the legal aid office of
/// the bar decides.
/// </summary>
/// <param name="Thresholds">The limits applied; none when a presumption decided.</param>
/// <param name="Presumption">The presumption that decided, if any.</param>
/// <param name="AssessedIncomeCents">Income after deductions for dependants; none when a presumption decided.</param>
public sealed record LegalAidAssessment(
    LegalAidLevel Level,
    string Reason,
    LegalBasis Basis,
    LegalAidThresholds? Thresholds,
    LegalAidPresumption? Presumption,
    long? AssessedIncomeCents);
