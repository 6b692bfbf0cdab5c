using NodaTime;
using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Residence;

/// <summary>
/// Validity and legal basis of each document type.
/// Convention: a document is valid from its start day through its last day inclusive, and the last day is
/// start + period - 1 day. So a 45-day document issued on 1 January is valid through 14 February (45 calendar
/// days counting the issue day), and a 3-month one issued on 1 January through 31 March. Months follow NodaTime's
/// PlusMonths, which clamps to the end of a shorter month.
/// </summary>
internal static class DocumentRules
{
    public static Period? ValidityOf(DocumentType type) => type switch
    {
        DocumentType.OrderToLeaveTerritory45Days => Period.FromDays(45),
        DocumentType.Annex15ReflectionDocument => Period.FromDays(45),
        DocumentType.MinorTemporaryDocument3Months => Period.FromMonths(3),
        DocumentType.AttestationOfImmatriculation => Period.FromMonths(3),
        DocumentType.ACard => Period.FromMonths(6),
        DocumentType.BCard => null,
    };

    public static LocalDate? LastDayOfValidity(DocumentType type, LocalDate from) =>
        ValidityOf(type) is { } period ? from.Plus(period).PlusDays(-1) : null;

    public static LegalBasis BasisOf(DocumentType type) => type switch
    {
        DocumentType.OrderToLeaveTerritory45Days => ResidenceArticles.OrderToLeaveTerritoryBefore2017,
        DocumentType.Annex15ReflectionDocument => ResidenceArticles.Annex15From2017,
        DocumentType.MinorTemporaryDocument3Months => ResidenceArticles.MinorThreeMonthDocument,
        DocumentType.AttestationOfImmatriculation => ResidenceArticles.Attestation,
        DocumentType.ACard => ResidenceArticles.ACard,
        DocumentType.BCard => ResidenceArticles.BCard,
    };

    public static LegalBasis WithdrawalBasisOf(DocumentType type) => type switch
    {
        DocumentType.OrderToLeaveTerritory45Days => ResidenceArticles.ReflectionWithdrawal,
        DocumentType.Annex15ReflectionDocument => ResidenceArticles.ReflectionWithdrawal,
        DocumentType.MinorTemporaryDocument3Months => ResidenceArticles.ReflectionWithdrawal,
        DocumentType.AttestationOfImmatriculation => ResidenceArticles.AttestationWithdrawal,
        DocumentType.ACard => ResidenceArticles.ACardWithdrawal,
        DocumentType.BCard => ResidenceArticles.BCard,
    };

    public static bool IsReflectionDocument(DocumentType type) => type switch
    {
        DocumentType.OrderToLeaveTerritory45Days => true,
        DocumentType.Annex15ReflectionDocument => true,
        DocumentType.MinorTemporaryDocument3Months => true,
        DocumentType.AttestationOfImmatriculation => false,
        DocumentType.ACard => false,
        DocumentType.BCard => false,
    };
}
