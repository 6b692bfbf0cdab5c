using OpenNrm.Domain.Assistance;

namespace OpenNrm.Domain.Tests.Assistance;

public sealed class InterpretationRulesTests
{
    private const InterpretationStatus Requested = InterpretationStatus.Requested;
    private const InterpretationStatus Confirmed = InterpretationStatus.Confirmed;
    private const InterpretationStatus Done = InterpretationStatus.Done;
    private const InterpretationStatus Cancelled = InterpretationStatus.Cancelled;

    public static TheoryData<InterpretationStatus, InterpretationStatus, bool> Table => new()
    {
        { Requested, Requested, false },
        { Requested, Confirmed, true },
        { Requested, Done, false },
        { Requested, Cancelled, true },
        { Confirmed, Requested, false },
        { Confirmed, Confirmed, false },
        { Confirmed, Done, true },
        { Confirmed, Cancelled, true },
        { Done, Requested, false },
        { Done, Confirmed, false },
        { Done, Done, false },
        { Done, Cancelled, false },
        { Cancelled, Requested, false },
        { Cancelled, Confirmed, false },
        { Cancelled, Done, false },
        { Cancelled, Cancelled, false },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Every_status_pair_is_allowed_or_refused_with_its_basis(InterpretationStatus from, InterpretationStatus to, bool allowed)
    {
        var request = new InterpretationRequest("Tigrinya", Dates.Of("2024-05-02"), "Sociaal Vertaalbureau", from);

        var outcome = InterpretationRules.Move(request, to, Dates.Of("2024-05-02"));

        Assert.Equal(allowed, InterpretationRules.IsAllowed(from, to));
        Assert.Equal(allowed, outcome.IsAccepted);
        if (outcome.IsAccepted)
        {
            Assert.Equal(request with { Status = to }, outcome.Value);
        }
        else
        {
            Assert.Equal(AssistanceRefusalCode.InterpretationStatusNotAllowed, outcome.Refusal.Code);
            Assert.StartsWith("Circular of 23 December 2016, 4; Law of 15 June 1935", outcome.Refusal.Basis.Citation, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(outcome.Refusal.Explanation));
        }
    }

    [Fact]
    public void The_table_covers_every_pair_of_statuses() =>
        Assert.Equal(Enum.GetValues<InterpretationStatus>().Length * Enum.GetValues<InterpretationStatus>().Length, Table.Count);

    [Theory]
    [InlineData("2024-05-02", "2024-05-01", AssistanceRefusalCode.InterpretationNotYetHeld)]
    [InlineData("2024-05-02", "2024-05-02", null)]
    [InlineData("2024-05-02", "2024-06-30", null)]
    public void A_session_is_done_only_once_its_day_has_come(string on, string today, AssistanceRefusalCode? refusal)
    {
        var confirmed = new InterpretationRequest("Dari", Dates.Of(on), "Interpretation service", Confirmed);

        Assert.Equal(refusal, InterpretationRules.Move(confirmed, Done, Dates.Of(today)).Refusal?.Code);
    }

    [Theory]
    [InlineData(" ", "Service", AssistanceRefusalCode.InterpretationLanguageMissing)]
    [InlineData("Arabic", "", AssistanceRefusalCode.ProviderMissing)]
    public void A_request_names_the_language_and_the_provider(string language, string provider, AssistanceRefusalCode refusal) =>
        Assert.Equal(refusal, InterpretationRules.Request(language, Dates.Of("2024-05-02"), provider).Refusal?.Code);

    [Fact]
    public void A_new_request_is_requested_with_trimmed_words()
    {
        var outcome = InterpretationRules.Request("  Pashto ", Dates.Of("2024-05-02"), " Babel ");

        Assert.Equal(new InterpretationRequest("Pashto", Dates.Of("2024-05-02"), "Babel", Requested), outcome.Value);
    }
}
