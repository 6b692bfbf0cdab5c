namespace OpenNrm.Domain.Geography;

/// <summary>
/// The ten provinces since the split of Brabant on 1 January 1995. The Brussels-Capital Region belongs to none, so
/// a place there has no province rather than a made-up one.
/// </summary>
public enum Province
{
    Antwerp,
    Limburg,
    FlemishBrabant,
    EastFlanders,
    WestFlanders,
    WalloonBrabant,
    Hainaut,
    Liege,
    Luxembourg,
    Namur,
}
