using System.Text.RegularExpressions;
using OpenNrm.Domain.Statistics;

namespace OpenNrm.Domain.Tests.Statistics;

public sealed partial class StatisticsDefinitionsTests
{
    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabCase();

    [Fact]
    public void The_catalogue_is_versioned_and_every_indicator_has_a_unique_stable_id()
    {
        Assert.Matches(@"^\d{4}\.\d+$", StatisticsDefinitions.DefinitionsVersion);
        Assert.Equal(17, StatisticsDefinitions.All.Count);
        Assert.Equal(StatisticsDefinitions.All.Count, StatisticsDefinitions.All.Select(d => d.Id).Distinct().Count());
        Assert.All(StatisticsDefinitions.All, d => Assert.Matches(KebabCase(), d.Id));
        Assert.All(StatisticsDefinitions.All, d => Assert.True(d.Definition.Length > 40, d.Id));
        Assert.All(StatisticsDefinitions.All, d => Assert.False(string.IsNullOrWhiteSpace(d.Basis.Citation), d.Id));
        Assert.All(StatisticsDefinitions.All, d => Assert.Equal(d.Breakdowns.Count, d.Breakdowns.Distinct().Count()));
    }

    public static TheoryData<string, CountingUnit, DataHolder, string> Indicators => new()
    {
        { "persons-detected", CountingUnit.Persons, DataHolder.FrontlineServices, "Circular of 23 December 2016" },
        { "persons-referred", CountingUnit.Persons, DataHolder.FrontlineServices, "Circular of 23 December 2016" },
        { "persons-entering-procedure", CountingUnit.Persons, DataHolder.SpecialisedCentres, "art. 110bis" },
        { "persons-identified", CountingUnit.Persons, DataHolder.PublicProsecutors, "art. 61/3 §2" },
        { "documents-issued", CountingUnit.Documents, DataHolder.ImmigrationOffice, "art. 61/2 to 61/5" },
        { "permanent-permits", CountingUnit.Persons, DataHolder.ImmigrationOffice, "art. 61/5" },
        { "procedure-exits", CountingUnit.Persons, DataHolder.ImmigrationOffice, "art. 61/2 to 61/5" },
        { "persons-assisted", CountingUnit.Persons, DataHolder.SpecialisedCentres, "Directive 2011/36/EU art. 11" },
        { "persons-suspected", CountingUnit.Persons, DataHolder.FrontlineServices, "art. 433quinquies" },
        { "proceedings-opened", CountingUnit.Cases, DataHolder.PublicProsecutors, "art. 433quinquies" },
        { "victims-in-proceedings", CountingUnit.Persons, DataHolder.PublicProsecutors, "Directive 2011/36/EU art. 12" },
        { "proceedings-charged", CountingUnit.Cases, DataHolder.PublicProsecutors, "Code of Criminal Procedure art. 130 and 182" },
        { "proceedings-dismissed", CountingUnit.Cases, DataHolder.PublicProsecutors, "art. 28quater" },
        { "conviction-judgments", CountingUnit.Judgments, DataHolder.PublicProsecutors, "Code of Criminal Procedure art. 195" },
        { "persons-charged", CountingUnit.Persons, DataHolder.PublicProsecutors, "art. 433quinquies" },
        { "persons-convicted", CountingUnit.Persons, DataHolder.CriminalPolicyDepartment, "art. 433quinquies" },
        { "victims-compensated", CountingUnit.Persons, DataHolder.CriminalPolicyDepartment, "Directive 2011/36/EU art. 17" },
    };

    [Theory]
    [MemberData(nameof(Indicators))]
    public void Each_indicator_says_what_it_counts_whose_records_and_why(string id, CountingUnit unit, DataHolder source, string citation)
    {
        var definition = StatisticsDefinitions.Find(id);
        Assert.NotNull(definition);
        Assert.Equal(unit, definition.Unit);
        Assert.Equal(source, definition.Source);
        Assert.Contains(citation, definition.Basis.Citation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("persons-entering-procedure")]
    [InlineData("persons-identified")]
    public void Registered_victims_carry_the_four_Eurostat_breakdowns(string id) =>
        Assert.Superset(
            new HashSet<Breakdown> { Breakdown.Sex, Breakdown.EurostatAgeBand, Breakdown.EurostatCitizenship, Breakdown.EurostatExploitationForm },
            StatisticsDefinitions.Find(id)!.Breakdowns.ToHashSet());

    [Theory]
    [InlineData("persons-suspected")]
    [InlineData("persons-charged")]
    [InlineData("persons-convicted")]
    public void Offenders_are_broken_down_by_sex_and_citizenship_only(string id) =>
        Assert.Equal([Breakdown.Sex, Breakdown.EurostatCitizenship], StatisticsDefinitions.Find(id)!.Breakdowns);

    [Fact]
    public void An_unknown_id_finds_nothing() => Assert.Null(StatisticsDefinitions.Find("persons-imagined"));
}
