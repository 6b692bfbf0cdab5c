using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Residence;

/// <summary>One reason a step is not allowed, with the article it comes from.</summary>
public sealed record UnmetCondition(ConditionCode Code, string Explanation, LegalBasis Basis);
