using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Referral;

/// <summary>Why a referral rule said no: the unmet condition, in words and as a stable code, with its source.</summary>
public sealed record Refusal(RefusalCode Code, string Explanation, LegalBasis Basis);
