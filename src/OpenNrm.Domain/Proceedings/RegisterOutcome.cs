namespace OpenNrm.Domain.Proceedings;

/// <summary>
/// The answer to a change of the register: the new value when every condition is met, otherwise every unmet
/// condition and no value, so a refused change can never be stored by mistake.
/// </summary>
public sealed record RegisterOutcome<T>(T? Value, IReadOnlyList<ProceedingsRefusal> Refusals)
    where T : class
{
    public bool IsAccepted => Refusals.Count == 0;
}

internal static class RegisterOutcome
{
    public static RegisterOutcome<T> Of<T>(T value, IReadOnlyList<ProceedingsRefusal> refusals)
        where T : class =>
        refusals.Count == 0 ? new(value, []) : new(null, refusals);
}
