using NodaTime;
using NodaTime.Text;
using OpenNrm.Domain.Proceedings;
using static OpenNrm.Domain.Proceedings.ProceedingsRefusalCode;
using static OpenNrm.Domain.Tests.Proceedings.Cases;

namespace OpenNrm.Domain.Tests.Proceedings;

public sealed class MagistrateTests
{
    private const string Col = "COL 01/2015";

    /// <summary>Opened 2022-03-01 with magistrate-a, handed to magistrate-b on 2023-01-16 and to magistrate-c on 2024-07-01.</summary>
    private static CriminalProceedings Reassigned()
    {
        var once = ProceedingsRegister.AssignMagistrate(Opened(), "magistrate-b", new(2023, 1, 16), Today).Value!;
        return ProceedingsRegister.AssignMagistrate(once, "magistrate-c", new(2024, 7, 1), Today).Value!;
    }

    public static TheoryData<string, string?> Lookups => new()
    {
        { "2022-02-28", null },
        { "2022-03-01", "magistrate-a" },
        { "2023-01-15", "magistrate-a" },
        { "2023-01-16", "magistrate-b" },
        { "2024-02-29", "magistrate-b" },
        { "2024-06-30", "magistrate-b" },
        { "2024-07-01", "magistrate-c" },
        { "2029-12-31", "magistrate-c" },
    };

    [Theory]
    [MemberData(nameof(Lookups))]
    public void The_magistrate_on_a_date_is_the_one_assigned_latest_on_or_before_it(string on, string? expected) =>
        Assert.Equal(expected, Reassigned().MagistrateOn(LocalDatePattern.Iso.Parse(on).Value)?.MagistrateId);

    public static TheoryData<string, string, ProceedingsRefusalCode[]> Reassignments => new()
    {
        // The case was last handed to magistrate-c on 2024-07-01; today is 2025-01-10.
        { "magistrate-d", "2025-01-10", [] },
        { "magistrate-d", "2024-07-01", [] },
        { "magistrate-a", "2024-09-01", [] },
        { "magistrate-d", "2025-01-11", [DatedInTheFuture] },
        { "magistrate-d", "2024-06-30", [AssignedBeforePreviousAssignment] },
        { "magistrate-d", "2022-02-28", [AssignedBeforeOpening] },
        { "magistrate-c", "2024-09-01", [AlreadyReferenceMagistrate] },
        { "magistrate-c", "2025-02-01", [DatedInTheFuture, AlreadyReferenceMagistrate] },
    };

    [Theory]
    [MemberData(nameof(Reassignments))]
    public void Reassignments_are_dated_in_order_and_change_the_magistrate(string magistrate, string from, ProceedingsRefusalCode[] expected)
    {
        var before = Reassigned();

        var outcome = ProceedingsRegister.AssignMagistrate(before, magistrate, LocalDatePattern.Iso.Parse(from).Value, new(2025, 1, 10));

        Assert.Equal(expected, outcome.Refusals.Codes());
        Assert.All(outcome.Refusals, r => Assert.Equal(Col, r.Basis.Citation));
        Assert.Equal(expected.Length == 0 ? 4 : 3, (outcome.Value ?? before).Magistrates.Count);
    }

    [Fact]
    public void A_reassignment_leaves_the_past_unchanged()
    {
        var proceedings = Reassigned();

        Assert.Equal(["magistrate-a", "magistrate-b", "magistrate-c"], proceedings.Magistrates.Select(m => m.MagistrateId));
        Assert.Equal("magistrate-a", proceedings.MagistrateOn(new(2022, 12, 31))!.MagistrateId);
    }

    [Fact]
    public void A_closed_case_can_still_change_hands()
    {
        var final = In(CriminalProceedingsStatus.Final);

        Assert.True(ProceedingsRegister.AssignMagistrate(final, "magistrate-z", new(2025, 1, 1), Today).IsAccepted);
    }
}
