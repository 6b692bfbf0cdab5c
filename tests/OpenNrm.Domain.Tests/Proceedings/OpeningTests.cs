using NodaTime;
using OpenNrm.Domain.Proceedings;
using static OpenNrm.Domain.Proceedings.ProceedingsRefusalCode;
using static OpenNrm.Domain.Tests.Proceedings.Cases;

namespace OpenNrm.Domain.Tests.Proceedings;

public sealed class OpeningTests
{
    public static TheoryData<string?, string?> NoticeNumbers => new()
    {
        { "BR.12.L1.012345/24", "BR.12.L1.012345/24" },
        { "  an.55.f2.000123/19 ", "AN.55.F2.000123/19" },
        { "LI-2024-0001", "LI-2024-0001" },
        { "AB12/3", "AB12/3" },
        { "123456789012345678901234567890", "123456789012345678901234567890" },
        { "AB1/3", null },
        { "1234567890123456789012345678901", null },
        { "BR 12 L1 012345", null },
        { "BR.12_L1.012345", null },
        { "BR.12.L1.0123é5/24", null },
        { "", null },
        { null, null },
    };

    [Theory]
    [MemberData(nameof(NoticeNumbers))]
    public void Notice_numbers_are_checked_loosely_for_their_shape(string? text, string? expected)
    {
        var outcome = NoticeNumber.Parse(text);

        Assert.Equal(expected, outcome.Value?.Value);
        if (expected is null)
        {
            var refusal = Assert.Single(outcome.Refusals);
            Assert.Equal(NoticeNumberMalformed, refusal.Code);
            Assert.Equal("Prosecution service practice (notice number of the case register)", refusal.Basis.Citation);
        }
    }

    [Fact]
    public void The_same_notice_written_differently_is_equal()
    {
        Assert.Equal(NoticeNumber.Parse("br.12.l1.012345/24").Value, NoticeNumber.Parse("BR.12.L1.012345/24 ").Value);
    }

    [Fact]
    public void An_opened_case_is_in_preliminary_investigation_with_its_magistrate()
    {
        var outcome = ProceedingsRegister.Open("AUD-GENT", "GE.12.L2.000777/23", new(2023, 4, 3), "magistrate-b", new(2023, 4, 3));

        var opened = outcome.Value!;
        Assert.Equal(CriminalProceedingsStatus.PreliminaryInvestigation, opened.Status);
        Assert.Equal("AUD-GENT", opened.OfficeId);
        Assert.Equal("GE.12.L2.000777/23", opened.Notice.Value);
        Assert.Equal(new LocalDate(2023, 4, 3), opened.OpenedOn);
        Assert.Equal(new MagistrateAssignment("magistrate-b", new(2023, 4, 3)), Assert.Single(opened.Magistrates));
        Assert.IsType<InvestigationOpened>(Assert.Single(opened.Events));
    }

    [Fact]
    public void An_opening_reports_every_unmet_condition()
    {
        var outcome = ProceedingsRegister.Open(Office, "BR?", new(2023, 4, 4), Magistrate, new(2023, 4, 3));

        Assert.Null(outcome.Value);
        Assert.Equal([NoticeNumberMalformed, DatedInTheFuture], outcome.Refusals.Codes());
        Assert.Equal("Code of Criminal Procedure art. 28bis", outcome.Refusals[1].Basis.Citation);
    }

    [Theory]
    [InlineData("", "m")]
    [InlineData(" ", "m")]
    [InlineData("office", "")]
    public void An_office_and_a_magistrate_are_required(string office, string magistrate) =>
        Assert.ThrowsAny<ArgumentException>(() => ProceedingsRegister.Open(office, Notice, OpenedOn, magistrate, Today));

    [Fact]
    public void A_stored_case_is_rebuilt_by_replaying_it()
    {
        var original = ProceedingsRegister.AssignMagistrate(In(CriminalProceedingsStatus.Appeal), "magistrate-c", new(2024, 3, 1), Today).Value!;

        var replayed = ProceedingsRegister.Replay(Office, Notice, original.Magistrates, original.Events, Today).Value!;

        Assert.Equal(original, replayed);
        Assert.Equal(original.GetHashCode(), replayed.GetHashCode());
        Assert.NotEqual(original, Cases.In(CriminalProceedingsStatus.Appeal));
    }

    [Fact]
    public void A_stored_history_the_rules_refuse_is_reported_not_trusted()
    {
        ProceedingsEvent[] stored =
        [
            new InvestigationOpened(OpenedOn),
            new TrialOpened(new(2022, 6, 1)),
            new JudgmentDelivered(new(2022, 9, 1), JudgmentOutcome.Conviction, ExploitationCategory.Begging, true),
        ];

        var outcome = ProceedingsRegister.Replay(Office, Notice, [new(Magistrate, OpenedOn)], stored, Today);

        Assert.Equal([NoChargesBrought], outcome.Refusals.Codes());
    }

    [Fact]
    public void A_stored_case_must_start_with_its_opening_and_magistrate()
    {
        Assert.Throws<ArgumentException>(() =>
            ProceedingsRegister.Replay(Office, Notice, [new(Magistrate, OpenedOn)], [new TrialOpened(OpenedOn)], Today));
        Assert.Throws<ArgumentException>(() =>
            ProceedingsRegister.Replay(Office, Notice, [new(Magistrate, OpenedOn.PlusDays(1))], [new InvestigationOpened(OpenedOn)], Today));
    }
}
