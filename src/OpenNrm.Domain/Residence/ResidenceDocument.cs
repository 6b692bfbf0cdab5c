using NodaTime;
using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Residence;

/// <summary>
/// The latest document as seen on the evaluation date. <see cref="ValidUntil"/> is the last day of validity
/// (inclusive), null for the unlimited B-card; <see cref="ValidFrom"/> is the start of the current validity period,
/// which moves on renewal. <see cref="RenewalsLeft"/> is null when renewals are unlimited (A-card while the
/// proceedings run).
/// </summary>
public sealed record ResidenceDocument(
    DocumentType Type,
    LocalDate IssuedOn,
    LocalDate ValidFrom,
    LocalDate? ValidUntil,
    int RenewalsUsed,
    int? RenewalsLeft,
    DocumentStatus Status,
    LegalBasis Basis);
