namespace OpenNrm.Domain.Residence;

/// <summary>The answer to "may this event be recorded now?": allowed when no condition is unmet.</summary>
public sealed record Decision(IReadOnlyList<UnmetCondition> UnmetConditions)
{
    public bool IsAllowed => UnmetConditions.Count == 0;
}
