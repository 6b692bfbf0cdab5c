using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// What an answer to a victim's request for access must tell besides the data itself: the kinds of record held,
/// who received information, and how long each kind is kept.
/// </summary>
public sealed record SubjectAccessAnswer(
    IReadOnlyList<RecordClass> RecordClasses,
    IReadOnlyList<string> Recipients,
    IReadOnlyDictionary<RecordClass, RetentionPeriod> RetentionPeriods,
    LegalBasis Basis);
