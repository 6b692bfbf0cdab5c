namespace OpenNrm.Domain.Geography;

/// <summary>
/// The three regions of Belgium. The region of detection decides which specialised centre is advised, because each
/// recognised centre works in one region.
/// </summary>
public enum Region
{
    BrusselsCapital,
    Flanders,
    Wallonia,
}
