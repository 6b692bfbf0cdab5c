using System.Diagnostics.CodeAnalysis;

namespace OpenNrm.Domain.Referral;

/// <summary>
/// The answer of a rule that may refuse: either the accepted value or the refusal, never both, so a caller cannot
/// use a value the rules did not allow.
/// </summary>
public sealed record Outcome<T>
    where T : class
{
    public Outcome(T accepted)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        Value = accepted;
    }

    public Outcome(Refusal refused)
    {
        ArgumentNullException.ThrowIfNull(refused);
        Refusal = refused;
    }

    public T? Value { get; }

    public Refusal? Refusal { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool IsAccepted => Refusal is null;
}
