using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Geography;

/// <summary>
/// The twelve judicial districts since the reform in force on 1 April 2014. The names are plain strings because
/// organisations (prosecutor's offices, labour auditorates, police zones) already record their district by name.
/// </summary>
public static class JudicialDistricts
{
    public static readonly LegalBasis Basis =
        new("Judicial Code art. 1 of the Annex (judicial districts), as amended by the Act of 1 December 2013");

    public const string Antwerp = "Antwerp";
    public const string Limburg = "Limburg";
    public const string Leuven = "Leuven";
    public const string Brussels = "Brussels";
    public const string WalloonBrabant = "Walloon Brabant";
    public const string EastFlanders = "East Flanders";
    public const string WestFlanders = "West Flanders";
    public const string Eupen = "Eupen";
    public const string Liege = "Liège";
    public const string Namur = "Namur";
    public const string Luxembourg = "Luxembourg";
    public const string Hainaut = "Hainaut";

    public static readonly IReadOnlyList<string> All =
    [
        Antwerp, Limburg, Leuven, Brussels, WalloonBrabant, EastFlanders, WestFlanders, Eupen, Liege, Namur,
        Luxembourg, Hainaut,
    ];
}
