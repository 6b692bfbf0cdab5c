using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Assistance;

/// <summary>Why an assistance rule said no: the unmet condition, in words and as a stable code, with its source.</summary>
public sealed record AssistanceRefusal(AssistanceRefusalCode Code, string Explanation, LegalBasis Basis);
