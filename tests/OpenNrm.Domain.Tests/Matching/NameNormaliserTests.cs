using System.Globalization;
using System.Text;
using OpenNrm.Domain.Matching;

namespace OpenNrm.Domain.Tests.Matching;

public sealed class NameNormaliserTests
{
    [Theory]
    [InlineData("Nguyễn Thị Lan", "nguyen thi lan")]
    [InlineData("Sürya", "surya")]
    [InlineData("Çelik", "celik")]
    [InlineData("Øyvind", "oyvind")]
    [InlineData("Straße", "strasse")]
    [InlineData("Łukasz", "lukasz")]
    [InlineData("Đặng đức", "dang duc")]
    [InlineData("Əliyev", "eliyev")]
    [InlineData("İLHAN IŞIK", "ilhan isik")]
    [InlineData("Æsa Œuvre Þór", "aesa oeuvre thor")]
    [InlineData("  Jean-Pierre   O'Brien ", "jean pierre obrien")]
    [InlineData("N’Diaye", "ndiaye")]
    [InlineData("ʿAbd al-Raḥmān", "abd al rahman")]
    [InlineData("Ali, Mohamed (alias M.)", "ali mohamed alias m")]
    [InlineData("ＭＡＲＩＡ", "maria")]
    [InlineData("Ольга Петренко", "olga petrenko")]
    [InlineData("Олександр Шевченко", "oleksandr shevchenko")]
    [InlineData("Юрий Щукин", "yuriy shchukin")]
    [InlineData("Їжак Семёнов", "yizhak semenov")]
    [InlineData("محمد علي", "mhmd ali")]
    [InlineData("مُحَمَّد", "mhmd")]
    [InlineData("الحسن", "al hsn")]
    [InlineData("عبدالله", "abdallah")]
    [InlineData("يوسف", "yusf")]
    [InlineData("مروان", "mrwan")]
    [InlineData("", "")]
    [InlineData("123 -- !!", "")]
    public void Names_become_lower_case_latin_tokens(string name, string expected) =>
        Assert.Equal(expected, NameNormaliser.Normalise(name));

    [Fact]
    public void Decomposed_and_composed_input_give_the_same_tokens()
    {
        const string composed = "Nguyễn Çelik";
        Assert.Equal(NameNormaliser.Tokens(composed), NameNormaliser.Tokens(composed.Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void Hyphens_and_spaces_separate_while_apostrophes_join()
    {
        Assert.Equal(["jean", "pierre"], NameNormaliser.Tokens("Jean-Pierre"));
        Assert.Equal(["obrien"], NameNormaliser.Tokens("O'Brien"));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("lt-LT")]
    [InlineData("az-Latn-AZ")]
    public void The_server_culture_does_not_change_the_tokens(string culture)
    {
        const string name = "İsmail IŞIK Iğdır Ijzerman Ĩnes";
        var invariant = NameNormaliser.Tokens(name);
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal(invariant, NameNormaliser.Tokens(name));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        Assert.Equal(["ismail", "isik", "igdir", "ijzerman", "ines"], invariant);
    }
}
