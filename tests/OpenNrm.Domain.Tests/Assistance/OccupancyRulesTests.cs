using OpenNrm.Domain.Assistance;

namespace OpenNrm.Domain.Tests.Assistance;

public sealed class OccupancyRulesTests
{
    private static readonly Shelter AdultShelter = new(Capacity: 3, MinorsOnly: false);
    private static readonly Shelter MinorsStructure = new(Capacity: 2, MinorsOnly: true);

    private static ShelterStay Stay(string start, string? end, bool minor = false) => new(Dates.Of(start), Dates.OrNull(end), minor);

    // Three adults: one leaves on 1 March 2024, one arrives on 29 February, one stays on.
    private static readonly ShelterStay[] Residents =
    [
        Stay("2024-01-31", "2024-03-01"),
        Stay("2024-02-29", null),
        Stay("2024-02-01", "2024-04-30"),
    ];

    [Theory]
    [InlineData("2024-01-30", 0, 3)]
    [InlineData("2024-01-31", 1, 2)]
    [InlineData("2024-02-28", 2, 1)]
    [InlineData("2024-02-29", 3, 0)]
    [InlineData("2024-03-01", 2, 1)] // Departure day: the place is free again.
    [InlineData("2024-04-30", 1, 2)]
    public void Occupancy_counts_the_nights_of_each_stay(string day, int occupied, int free)
    {
        var occupancy = OccupancyRules.On(AdultShelter, Residents, Dates.Of(day));

        Assert.Equal((occupied, free, false), (occupancy.Occupied, occupancy.Free, occupancy.IsOverCapacity));
    }

    [Fact]
    public void Records_over_capacity_are_shown_not_hidden()
    {
        var occupancy = OccupancyRules.On(new Shelter(2, false), Residents, Dates.Of("2024-02-29"));

        Assert.Equal((3, 0, true), (occupancy.Occupied, occupancy.Free, occupancy.IsOverCapacity));
    }

    public static TheoryData<string, string?, AssistanceRefusalCode?, string?> Admissions => new()
    {
        // Proposed arrival and departure; then refusal and the night named.
        { "2024-01-01", "2024-01-31", null, null }, // Leaves the day another arrives.
        { "2024-01-01", "2024-02-29", null, null },
        { "2024-01-01", "2024-03-01", AssistanceRefusalCode.ShelterFull, "2024-02-29" }, // At capacity on 29 February.
        { "2024-02-29", "2024-03-05", AssistanceRefusalCode.ShelterFull, "2024-02-29" },
        { "2024-03-01", null, null, null }, // The place freed on 1 March.
        { "2024-01-15", null, AssistanceRefusalCode.ShelterFull, "2024-02-29" },
        { "2024-03-01", "2024-03-01", AssistanceRefusalCode.StayEndsBeforeItStarts, null },
        { "2024-03-01", "2024-02-29", AssistanceRefusalCode.StayEndsBeforeItStarts, null },
    };

    [Theory]
    [MemberData(nameof(Admissions))]
    public void A_stay_is_refused_if_any_night_would_exceed_capacity(string start, string? end, AssistanceRefusalCode? refusal, string? night)
    {
        var outcome = OccupancyRules.Admit(AdultShelter, Residents, Stay(start, end));

        Assert.Equal(refusal, outcome.Refusal?.Code);
        if (night is not null)
        {
            Assert.Contains(night, outcome.Refusal!.Explanation, StringComparison.Ordinal);
        }

        if (!outcome.IsAccepted)
        {
            Assert.Contains("product rule", outcome.Refusal.Basis.Citation, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(true, false, AssistanceRefusalCode.MinorsStructureRequiredForMinor)]
    [InlineData(false, true, AssistanceRefusalCode.MinorsStructureOnlyForMinors)]
    [InlineData(true, true, null)]
    [InlineData(false, false, null)]
    public void Minors_are_housed_only_in_structures_for_minors(bool minor, bool minorsOnly, AssistanceRefusalCode? refusal)
    {
        var outcome = OccupancyRules.Admit(new Shelter(10, minorsOnly), [], Stay("2024-05-01", null, minor));

        Assert.Equal(refusal, outcome.Refusal?.Code);
        if (!outcome.IsAccepted)
        {
            Assert.Equal("Circular of 23 December 2016, 6.2.1.2", outcome.Refusal.Basis.Citation);
        }
    }

    [Fact]
    public void A_full_structure_for_minors_refuses_the_next_minor()
    {
        ShelterStay[] minors = [Stay("2024-05-01", null, minor: true), Stay("2024-05-10", "2024-06-01", minor: true)];

        Assert.Equal(AssistanceRefusalCode.ShelterFull, OccupancyRules.Admit(MinorsStructure, minors, Stay("2024-05-20", null, minor: true)).Refusal?.Code);
        Assert.True(OccupancyRules.Admit(MinorsStructure, minors, Stay("2024-06-01", null, minor: true)).IsAccepted);
    }

    [Fact]
    public void A_closed_shelter_takes_nobody() =>
        Assert.Equal(AssistanceRefusalCode.ShelterFull, OccupancyRules.Admit(new Shelter(0, false), [], Stay("2024-05-01", "2024-05-02")).Refusal?.Code);
}
