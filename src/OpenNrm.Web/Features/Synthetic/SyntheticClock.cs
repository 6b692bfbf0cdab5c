namespace OpenNrm.Web.Features.Synthetic;

/// <summary>
/// The clock the generator's audit log reads: set to the moment each generated act happened, so that the trail
/// spreads over the years the data covers instead of piling up on the second it was generated.
/// </summary>
internal sealed class SyntheticClock : TimeProvider
{
    public DateTimeOffset Now { get; set; }

    public override DateTimeOffset GetUtcNow() => Now;
}
