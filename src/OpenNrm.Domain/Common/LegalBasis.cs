namespace OpenNrm.Domain.Common;

/// <summary>
/// The article of law, decree or circular that a rule comes from, for example
/// "Immigration Act art. 61/3 §2". Every decision the domain refuses names one.
/// </summary>
public sealed record LegalBasis(string Citation)
{
    public override string ToString() => Citation;
}
