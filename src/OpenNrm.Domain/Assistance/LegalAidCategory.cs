namespace OpenNrm.Domain.Assistance;

/// <summary>
/// Situations of a person that the rules on legal aid may treat as proof of insufficient income. Which of them give
/// a presumption, and whether it can be rebutted, is configuration (<see cref="LegalAidPresumption"/>), because it is
/// set by royal decree and changes; the domain only names the situations.
/// </summary>
public enum LegalAidCategory
{
    Minor,
    IntegrationIncomeOrPcswAssistance,
    ApplicantForInternationalProtection,
    ForeignerInResidenceProcedure,
    Detainee,
}
