using NodaTime;
using OpenNrm.Domain.Matching;
using static OpenNrm.Domain.Matching.MergeRefusalCode;

namespace OpenNrm.Domain.Tests.Matching;

public sealed class PersonMergesTests
{
    private static readonly Guid Survivor = Guid.Parse("0195f0a0-0000-7000-8000-000000000001");
    private static readonly Guid Merged = Guid.Parse("0195f0a0-0000-7000-8000-000000000002");
    private static readonly Instant MergedAt = Instant.FromUtc(2025, 3, 10, 9, 30);
    private static readonly string[] Reasons = ["Same name skeleton and birth date", "Same passport photograph"];

    private static PersonMerge Recorded() =>
        Assert.IsType<MergeAllowed>(PersonMerges.Merge(Survivor, Merged, Reasons, "caseworker-17", MergedAt)).Merge;

    [Fact]
    public void A_person_merges_two_records_with_reasons()
    {
        var merge = Recorded();
        Assert.Equal((Survivor, Merged, "caseworker-17", MergedAt), (merge.SurvivorId, merge.MergedId, merge.DecidedBy, merge.DecidedAt));
        Assert.Equal(Reasons, merge.Reasons);
        Assert.True(merge.IsInForce);
    }

    public static TheoryData<Guid, string[], string, MergeRefusalCode[]> RefusedMerges => new()
    {
        { Survivor, Reasons, "caseworker-17", [SameRecord] },
        { Merged, [], "caseworker-17", [NoReason] },
        { Merged, ["  "], "caseworker-17", [NoReason] },
        { Merged, Reasons, " ", [NoDecider] },
        { Survivor, [], "", [SameRecord, NoDecider, NoReason] },
    };

    [Theory]
    [MemberData(nameof(RefusedMerges))]
    public void A_merge_needs_two_records_a_person_and_a_reason(Guid mergedId, string[] reasons, string decidedBy, MergeRefusalCode[] expected)
    {
        var refused = Assert.IsType<MergeRefused>(PersonMerges.Merge(Survivor, mergedId, reasons, decidedBy, MergedAt));
        Assert.Equal(expected, refused.Refusals.Select(r => r.Code));
        Assert.All(refused.Refusals, r => Assert.StartsWith("Regulation (EU) 2016/679", r.Basis.Citation, StringComparison.Ordinal));
    }

    [Fact]
    public void A_merge_is_undone_once_and_the_merge_stays_on_record()
    {
        var merge = Recorded();
        var undoneAt = MergedAt.Plus(Duration.FromDays(3));
        var undone = Assert.IsType<MergeAllowed>(PersonMerges.Undo(merge, "coordinator-2", undoneAt, "Different fathers' names in the interview")).Merge;

        Assert.False(undone.IsInForce);
        Assert.Equal(new MergeUndo("coordinator-2", undoneAt, "Different fathers' names in the interview"), undone.Undo);
        Assert.Equal(merge with { Undo = undone.Undo }, undone);
        Assert.True(merge.IsInForce);

        var again = Assert.IsType<MergeRefused>(PersonMerges.Undo(undone, "coordinator-3", undoneAt.Plus(Duration.FromHours(1)), "Again"));
        var refusal = Assert.Single(again.Refusals);
        Assert.Equal(AlreadyUndone, refusal.Code);
        Assert.Equal(MatchingArticles.Accountability, refusal.Basis);
        Assert.Contains("record a new merge", refusal.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, "coordinator-2", "Wrong person", new[] { UndoBeforeMerge })]
    [InlineData(0, "coordinator-2", "Wrong person", new MergeRefusalCode[0])]
    [InlineData(1, "", "Wrong person", new[] { NoDecider })]
    [InlineData(1, "coordinator-2", "", new[] { NoReason })]
    public void An_undo_needs_a_person_a_reason_and_a_time_after_the_merge(int minutesAfter, string decidedBy, string reason, MergeRefusalCode[] expected)
    {
        var outcome = PersonMerges.Undo(Recorded(), decidedBy, MergedAt.Plus(Duration.FromMinutes(minutesAfter)), reason);
        var codes = outcome switch
        {
            MergeRefused refused => refused.Refusals.Select(r => r.Code).ToArray(),
            MergeAllowed => [],
            _ => throw new InvalidOperationException("Unknown outcome"),
        };

        Assert.Equal(expected, codes);
    }
}
