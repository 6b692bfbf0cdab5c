namespace OpenNrm.Domain.Residence;

/// <summary>
/// When to remind the centre that an application still has no decision. The source sets no time within which the
/// Immigration Office must decide in this procedure; after 30 days the centre should ask, because a document lapsing
/// meanwhile leaves the person without a residence document. It is a reminder, not a rule: a later decision is
/// recorded as any other.
/// </summary>
public static class ApplicationFollowUp
{
    public const int DaysWithoutDecision = 30;
}
