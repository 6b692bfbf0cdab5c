namespace OpenNrm.Domain.Residence;

/// <summary>
/// When to remind the centre to apply for a renewal. The law sets no window; 30 days before the last day of
/// validity leaves the Immigration Office time to decide before the document lapses. It is a reminder, not a rule:
/// a renewal recorded outside the window is not refused.
/// </summary>
public static class RenewalWindow
{
    public const int DaysBeforeExpiry = 30;
}
