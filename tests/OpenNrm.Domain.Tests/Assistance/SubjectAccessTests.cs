using OpenNrm.Domain.Assistance;

namespace OpenNrm.Domain.Tests.Assistance;

public sealed class SubjectAccessTests
{
    [Theory]
    [InlineData("2024-01-31", false, "2024-02-29")]
    [InlineData("2023-01-31", false, "2023-02-28")]
    [InlineData("2024-03-31", false, "2024-04-30")]
    [InlineData("2024-12-15", false, "2025-01-15")]
    [InlineData("2024-11-30", true, "2025-02-28")]
    [InlineData("2023-11-30", true, "2024-02-29")]
    public void The_answer_is_due_in_one_month_or_three_when_extended(string received, bool extended, string due) =>
        Assert.Equal(Dates.Of(due), SubjectAccess.DueOn(Dates.Of(received), extended));

    [Fact]
    public void The_answer_names_recipients_once_and_the_retention_of_personal_records()
    {
        var disclosures = new[]
        {
            new Disclosure(ConsentPurpose.ShareWithPcsw, "PCSW Liège", Dates.At("2024-02-01T10:00:00Z")),
            new Disclosure(ConsentPurpose.ShareWithLawyer, "Law firm A", Dates.At("2024-01-20T10:00:00Z")),
            new Disclosure(ConsentPurpose.ShareWithPcsw, "PCSW Liège", Dates.At("2024-03-01T10:00:00Z")),
        };

        var answer = SubjectAccess.Answer(disclosures, RetentionSchedule.Default);

        Assert.Equal(["Law firm A", "PCSW Liège"], answer.Recipients);
        Assert.DoesNotContain(RecordClass.StatisticsAggregate, answer.RecordClasses);
        Assert.Equal(answer.RecordClasses.Order(), answer.RetentionPeriods.Keys.Order());
        Assert.Equal(6, answer.RecordClasses.Count);
        Assert.Equal("GDPR art. 15", answer.Basis.Citation);
    }
}
