using NodaTime;
using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Residence;

/// <summary>
/// Which document marks the reflection period, by the law in force on a date. The Law of 30 March 2017 replaced the
/// 45-day order to leave the territory by a 45-day temporary residence document (annex 15) from 20 May 2017.
/// A further change of law is one more row.
/// </summary>
public static class ReflectionDocumentLaw
{
    public static readonly LocalDate Annex15InForceFrom = new(2017, 5, 20);

    private static readonly (LocalDate From, DocumentType Document, LegalBasis Basis)[] Versions =
    [
        (LocalDate.MinIsoValue, DocumentType.OrderToLeaveTerritory45Days, ResidenceArticles.OrderToLeaveTerritoryBefore2017),
        (Annex15InForceFrom, DocumentType.Annex15ReflectionDocument, ResidenceArticles.Annex15From2017),
    ];

    /// <summary>
    /// Unaccompanied minors get a 3-month document from the start. The seed gives no date for that rule, so it is
    /// applied on every date.
    /// </summary>
    public static DocumentType DocumentFor(bool unaccompaniedMinor, LocalDate on) =>
        unaccompaniedMinor ? DocumentType.MinorTemporaryDocument3Months : AdultVersionOn(on).Document;

    public static LegalBasis BasisFor(bool unaccompaniedMinor, LocalDate on) =>
        unaccompaniedMinor ? ResidenceArticles.MinorThreeMonthDocument : AdultVersionOn(on).Basis;

    private static (LocalDate From, DocumentType Document, LegalBasis Basis) AdultVersionOn(LocalDate on) =>
        Versions.Last(v => v.From <= on);
}
