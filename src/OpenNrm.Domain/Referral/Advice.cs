using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Referral;

/// <summary>One recommendation with the reason a referrer can read and the text it rests on.</summary>
public sealed record Advice<T>(T Recommended, string Reason, LegalBasis Basis)
    where T : struct, Enum;
