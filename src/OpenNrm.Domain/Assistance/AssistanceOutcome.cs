using System.Diagnostics.CodeAnalysis;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// The answer of a rule that may refuse: either the accepted value or the refusal, never both, so a caller cannot
/// store a value the rules did not allow.
/// </summary>
public sealed record AssistanceOutcome<T>
    where T : class
{
    public AssistanceOutcome(T accepted)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        Value = accepted;
    }

    public AssistanceOutcome(AssistanceRefusal refused)
    {
        ArgumentNullException.ThrowIfNull(refused);
        Refusal = refused;
    }

    public T? Value { get; }

    public AssistanceRefusal? Refusal { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool IsAccepted => Refusal is null;
}
