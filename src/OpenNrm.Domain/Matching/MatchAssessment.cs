using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Matching;

/// <summary>
/// A proposal that two records describe one person, with every finding for and against. It decides nothing: a
/// person confirms or rejects it, and only then is a <see cref="PersonMerge"/> recorded.
/// </summary>
public sealed record MatchAssessment(MatchLevel Level, IReadOnlyList<MatchReason> Reasons, LegalBasis Basis);
