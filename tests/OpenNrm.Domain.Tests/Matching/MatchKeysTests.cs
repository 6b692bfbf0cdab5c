using System.Globalization;
using OpenNrm.Domain.Matching;

namespace OpenNrm.Domain.Tests.Matching;

public sealed class MatchKeysTests
{
    [Theory]
    [InlineData("Nguyễn Thi Lan", "Nguyen Thi Lan")]
    [InlineData("Mohammed Ali", "Muhammad ALI")]
    [InlineData("Mohamed Ali", "Mohammad Ali")]
    [InlineData("Mehmet Ali", "محمد علي")]
    [InlineData("Ali Mohamed", "Mohamed Ali")]
    [InlineData("Mohamed Ali Hassan", "Hassan Mohamed")]
    [InlineData("Nguyen Thi Lan", "Nguyen Lan")]
    [InlineData("Ольга Петренко", "Olga Petrenko")]
    [InlineData("Ольга Петренко", "Olha Petrenko")]
    [InlineData("Abdelkader Benali", "Benali Abd al-Qadir")]
    [InlineData("Youssef El Amrani", "Yusuf Amrani")]
    [InlineData("Maria da Silva", "SILVA, Maria")]
    public void The_same_person_written_differently_shares_a_key(string first, string second) =>
        Assert.NotEmpty(MatchKeys.For(first).Intersect(MatchKeys.For(second)));

    /// <summary>
    /// Maria Lopez and Mario Lopes share no key: the final vowel marks a woman's or a man's name in the languages
    /// that use these names, and merging them would make every such pair a "protected" hit. The surname alone is
    /// one name in common, which the keys never treat as enough.
    /// </summary>
    [Theory]
    [InlineData("Maria Lopez", "Mario Lopes")]
    [InlineData("Anna Smith", "John Smith")]
    [InlineData("Ali", "Ali Hassan")]
    [InlineData("Joseph Haddad", "Youssef Haddad")]
    [InlineData("Hussein Ali", "Hassan Ali")]
    [InlineData("Aleksandra Petrenko", "Aleksandr Petrenko")]
    [InlineData("Mohamed Ali", "Mahmoud Ali")]
    public void Different_people_share_no_key(string first, string second) =>
        Assert.Empty(MatchKeys.For(first).Intersect(MatchKeys.For(second)));

    [Theory]
    [InlineData("Mohamed Ali-Hassan", "  mohamed   ALI hassan ")]
    [InlineData("NGUYEN thi LAN", "Lan Nguyen Thi")]
    [InlineData("Jean-Pierre Dupont", "Dupont, Jean Pierre")]
    [InlineData("O'Connor Siobhán", "siobhan oconnor")]
    public void Case_spacing_hyphens_and_order_give_the_same_keys(string first, string second) =>
        Assert.Equal(MatchKeys.For(first), MatchKeys.For(second));

    [Theory]
    [InlineData("Ali", 1)]
    [InlineData("Mohamed Ali", 1)]
    [InlineData("Mohamed Ali Hassan", 4)]
    [InlineData("Mohamed Ali Hassan Omar", 7)]
    [InlineData("Mohamed Ali Hassan Omar Idris", 11)]
    [InlineData("Mohamed Ali Hassan Omar Idris Bilal", 16)]
    [InlineData("Mohamed Ali Hassan Omar Idris Bilal Tariq", 16)]
    [InlineData("Mohamed Ali Hassan Omar Idris Bilal Tariq Zayd Karim Nabil", 16)]
    [InlineData("Mohamed Mohamed Ali", 1)]
    [InlineData("", 0)]
    [InlineData("--", 0)]
    public void The_number_of_keys_is_bounded(string name, int expected)
    {
        var keys = MatchKeys.For(name);
        Assert.Equal(expected, keys.Count);
        Assert.True(keys.Count <= MatchKeys.MaxKeysPerName);
    }

    [Fact]
    public void A_long_name_keeps_the_pairs_of_its_first_and_last_names_and_all_names_in_one_key()
    {
        const string name = "Mohamed Ali Hassan Omar Idris Bilal Tariq Zayd Karim Nabil";
        var keys = MatchKeys.For(name);
        Assert.Contains("mhmt nbl", keys);
        Assert.Contains("ali krm", keys);
        Assert.DoesNotContain("adrs mhmt", keys);
        Assert.Contains(keys, k => k.Split(' ').Length == 10);
        Assert.Equal(keys, MatchKeys.For(string.Join(' ', name.Split(' ').Reverse())));
    }

    [Fact]
    public void Keys_are_sorted_distinct_and_the_same_on_every_call()
    {
        const string name = "Nguyễn Văn Đức Anh";
        var first = MatchKeys.For(name);
        Assert.Equal(first.Order(StringComparer.Ordinal), first);
        Assert.Equal(first.Count, first.Distinct(StringComparer.Ordinal).Count());
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(first, MatchKeys.For(name));
        }
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("lt-LT")]
    [InlineData("sv-SE")]
    public void The_server_culture_does_not_change_the_keys(string culture)
    {
        const string name = "Işık İlhan Çağlar Zoë Ørsted Ahmet Mehmet";
        var invariant = MatchKeys.For(name);
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal(invariant, MatchKeys.For(name));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Keys_are_pinned_for_version_1()
    {
        Assert.Equal(1, MatchKeys.MatchKeyVersion);
        Assert.Equal(["ali hsn", "ali hsn mhmt", "ali mhmt", "hsn mhmt"], MatchKeys.For("Mohamed Ali Hassan"));
        Assert.Equal(["alga ptrnku"], MatchKeys.For("Ольга Петренко"));
    }
}
