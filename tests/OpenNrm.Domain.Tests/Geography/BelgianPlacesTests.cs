using OpenNrm.Domain.Geography;

namespace OpenNrm.Domain.Tests.Geography;

public sealed class BelgianPlacesTests
{
    private const Region Brussels = Region.BrusselsCapital;
    private const Region Flanders = Region.Flanders;
    private const Region Wallonia = Region.Wallonia;

    public static TheoryData<string, Province?, Region, string> Borders => new()
    {
        { "1000", null, Brussels, "Brussels" },
        { "1299", null, Brussels, "Brussels" },
        { "1300", Province.WalloonBrabant, Wallonia, "Walloon Brabant" },
        { "1499", Province.WalloonBrabant, Wallonia, "Walloon Brabant" },
        // Halle-Vilvoorde: Flemish Brabant, but the judicial district of Brussels.
        { "1500", Province.FlemishBrabant, Flanders, "Brussels" },
        { "1800", Province.FlemishBrabant, Flanders, "Brussels" },
        { "1999", Province.FlemishBrabant, Flanders, "Brussels" },
        { "2000", Province.Antwerp, Flanders, "Antwerp" },
        { "2999", Province.Antwerp, Flanders, "Antwerp" },
        // The arrondissement of Leuven: its own judicial district.
        { "3000", Province.FlemishBrabant, Flanders, "Leuven" },
        { "3080", Province.FlemishBrabant, Flanders, "Leuven" },
        { "3499", Province.FlemishBrabant, Flanders, "Leuven" },
        { "3500", Province.Limburg, Flanders, "Limburg" },
        { "3999", Province.Limburg, Flanders, "Limburg" },
        { "4000", Province.Liege, Wallonia, "Liège" },
        { "4699", Province.Liege, Wallonia, "Liège" },
        // The German-speaking municipalities: province of Liège, judicial district of Eupen.
        { "4700", Province.Liege, Wallonia, "Eupen" },
        { "4720", Province.Liege, Wallonia, "Eupen" },
        { "4760", Province.Liege, Wallonia, "Eupen" },
        { "4780", Province.Liege, Wallonia, "Eupen" },
        { "4791", Province.Liege, Wallonia, "Eupen" },
        { "4799", Province.Liege, Wallonia, "Eupen" },
        { "4800", Province.Liege, Wallonia, "Liège" },
        { "4960", Province.Liege, Wallonia, "Liège" },
        { "4999", Province.Liege, Wallonia, "Liège" },
        { "5000", Province.Namur, Wallonia, "Namur" },
        { "5999", Province.Namur, Wallonia, "Namur" },
        { "6000", Province.Hainaut, Wallonia, "Hainaut" },
        { "6599", Province.Hainaut, Wallonia, "Hainaut" },
        { "6600", Province.Luxembourg, Wallonia, "Luxembourg" },
        { "6999", Province.Luxembourg, Wallonia, "Luxembourg" },
        { "7000", Province.Hainaut, Wallonia, "Hainaut" },
        { "7999", Province.Hainaut, Wallonia, "Hainaut" },
        { "8000", Province.WestFlanders, Flanders, "West Flanders" },
        { "8999", Province.WestFlanders, Flanders, "West Flanders" },
        { "9000", Province.EastFlanders, Flanders, "East Flanders" },
        { "9999", Province.EastFlanders, Flanders, "East Flanders" },
    };

    [Theory]
    [MemberData(nameof(Borders))]
    public void A_postal_code_lies_in_its_province_region_and_district(string code, Province? province, Region region, string district)
    {
        var place = BelgianPlaces.Find(code);

        Assert.Equal(new Place(code, province, region, district), place);
    }

    [Theory]
    [InlineData("0999")]
    [InlineData("10000")]
    [InlineData("ABCD")]
    [InlineData("999")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("12a4")]
    [InlineData("-100")]
    [InlineData("1 00")]
    [InlineData("B-1000")]
    [InlineData("١٢٣٤")]
    public void An_invalid_postal_code_has_no_place(string? code) => Assert.Null(BelgianPlaces.Find(code));

    [Fact]
    public void Surrounding_spaces_are_ignored() =>
        Assert.Equal(new Place("9000", Province.EastFlanders, Flanders, "East Flanders"), BelgianPlaces.Find(" 9000 "));

    [Fact]
    public void Every_code_falls_in_one_of_the_twelve_districts_and_every_district_is_reached()
    {
        var districts = Enumerable.Range(1000, 9000)
            .Select(n => BelgianPlaces.Find(n.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Select(p => Assert.IsType<Place>(p).JudicialDistrict)
            .ToHashSet();

        Assert.Equal(JudicialDistricts.All.Order(StringComparer.Ordinal), districts.Order(StringComparer.Ordinal));
        Assert.Equal(12, JudicialDistricts.All.Count);
    }

    [Fact]
    public void Brussels_has_no_province_and_every_other_code_has_one()
    {
        foreach (var n in Enumerable.Range(1000, 9000))
        {
            var place = BelgianPlaces.Find(n.ToString(System.Globalization.CultureInfo.InvariantCulture))!;
            Assert.Equal(place.Region == Region.BrusselsCapital, place.Province is null);
        }
    }

    [Fact]
    public void The_districts_cite_the_judicial_code_as_reformed_in_2013() =>
        Assert.Equal(
            "Judicial Code art. 1 of the Annex (judicial districts), as amended by the Act of 1 December 2013",
            BelgianPlaces.Basis.Citation);
}
