using NodaTime;
using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// An organisation that received information under a consent since withdrawn, and must be told so that it stops
/// using and erases what it received.
/// </summary>
public sealed record RevocationNotice(
    string RecipientOrganisation,
    ConsentPurpose Purpose,
    Instant WithdrawnAt,
    IReadOnlyList<Disclosure> Disclosures,
    LegalBasis Basis);
