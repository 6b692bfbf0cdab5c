using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Proceedings;

/// <summary>A condition the register found unmet: what, why in plain words, and the rule it comes from.</summary>
public sealed record ProceedingsRefusal(ProceedingsRefusalCode Code, string Explanation, LegalBasis Basis);
