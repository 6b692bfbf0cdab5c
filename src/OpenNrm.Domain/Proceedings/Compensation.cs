namespace OpenNrm.Domain.Proceedings;

/// <summary>
/// Damages in one criminal case, in euro cents so that sums add up exactly. Claimed is what the victim asks, awarded
/// what the criminal court granted, paid what the convicted person has paid so far.
/// Note: a victim whose damages the offender does not pay may apply to the Fund for financial aid to victims of
/// intentional acts of violence (Act of 1 August 1985 art. 31bis); that aid is decided outside these proceedings
/// and is not recorded here.
/// </summary>
public sealed record Compensation(long ClaimedCents, long AwardedCents, long PaidCents)
{
    public static readonly Compensation None = new(0, 0, 0);

    /// <summary>What the convicted person still owes the victim under the judgment.</summary>
    public long OutstandingCents => AwardedCents - PaidCents;
}
