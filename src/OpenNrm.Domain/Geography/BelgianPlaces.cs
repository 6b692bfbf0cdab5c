using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Geography;

/// <summary>
/// Places a Belgian postal code in its province, region and judicial district. The postal ranges follow the
/// provinces, and the districts follow the provinces too, with two exceptions the reform of 2014 kept: the
/// Halle-Vilvoorde part of Flemish Brabant belongs to the district of Brussels (Leuven has its own), and the nine
/// German-speaking municipalities of the province of Liège (postal codes 47xx) form the district of Eupen.
/// </summary>
public static class BelgianPlaces
{
    /// <summary>The article the district of a place comes from.</summary>
    public static LegalBasis Basis => JudicialDistricts.Basis;

    private sealed record Range(int First, int Last, Province? Province, Region Region, string District);

    // Ordered so that the narrower exceptions come before the range of their province.
    private static readonly Range[] Ranges =
    [
        new(1000, 1299, null, Region.BrusselsCapital, JudicialDistricts.Brussels),
        new(1300, 1499, Province.WalloonBrabant, Region.Wallonia, JudicialDistricts.WalloonBrabant),
        // Halle-Vilvoorde.
        new(1500, 1999, Province.FlemishBrabant, Region.Flanders, JudicialDistricts.Brussels),
        new(2000, 2999, Province.Antwerp, Region.Flanders, JudicialDistricts.Antwerp),
        // The administrative arrondissement of Leuven.
        new(3000, 3499, Province.FlemishBrabant, Region.Flanders, JudicialDistricts.Leuven),
        new(3500, 3999, Province.Limburg, Region.Flanders, JudicialDistricts.Limburg),
        // Eupen, Kelmis, Lontzen, Raeren, Bütgenbach, Büllingen, Amel, Sankt Vith and Burg-Reuland (4700-4791).
        new(4700, 4799, Province.Liege, Region.Wallonia, JudicialDistricts.Eupen),
        new(4000, 4999, Province.Liege, Region.Wallonia, JudicialDistricts.Liege),
        new(5000, 5999, Province.Namur, Region.Wallonia, JudicialDistricts.Namur),
        new(6000, 6599, Province.Hainaut, Region.Wallonia, JudicialDistricts.Hainaut),
        new(6600, 6999, Province.Luxembourg, Region.Wallonia, JudicialDistricts.Luxembourg),
        new(7000, 7999, Province.Hainaut, Region.Wallonia, JudicialDistricts.Hainaut),
        new(8000, 8999, Province.WestFlanders, Region.Flanders, JudicialDistricts.WestFlanders),
        new(9000, 9999, Province.EastFlanders, Region.Flanders, JudicialDistricts.EastFlanders),
    ];

    /// <summary>
    /// The place of a postal code, or null when it is not four ASCII digits from 1000 to 9999. Surrounding spaces
    /// are ignored because codes are typed by hand. A code that the post office has not assigned still gets the
    /// place of its range: the range, not a list of municipalities, decides.
    /// </summary>
    public static Place? Find(string? postalCode)
    {
        var code = postalCode?.Trim();
        if (code is not { Length: 4 } || !code.All(char.IsAsciiDigit) || code[0] == '0')
        {
            return null;
        }

        var number = int.Parse(code, System.Globalization.CultureInfo.InvariantCulture);
        var range = Ranges.First(r => number >= r.First && number <= r.Last);
        return new Place(code, range.Province, range.Region, range.District);
    }
}
