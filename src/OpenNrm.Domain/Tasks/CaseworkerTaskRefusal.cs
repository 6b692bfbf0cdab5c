using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Tasks;

/// <summary>Why a task was left as it was: the unmet condition, in words and as a stable code, with its source.</summary>
public sealed record CaseworkerTaskRefusal(CaseworkerTaskRefusalCode Code, string Explanation, LegalBasis Basis);
