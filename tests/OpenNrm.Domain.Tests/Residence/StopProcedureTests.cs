using NodaTime;
using OpenNrm.Domain.Residence;
using static OpenNrm.Domain.Tests.Residence.Histories;

namespace OpenNrm.Domain.Tests.Residence;

public class StopProcedureTests
{
    public static TheoryData<LocalDate, ProceedingsStatus, bool> Cases => new()
    {
        // Opened 2021-03-01: two years later is 2023-03-01, and the guideline needs more than two years.
        { new(2023, 3, 1), ProceedingsStatus.Dismissed, false },
        { new(2023, 3, 2), ProceedingsStatus.Dismissed, true },
        { new(2022, 6, 1), ProceedingsStatus.Dismissed, false },
        { new(2025, 1, 1), ProceedingsStatus.Dismissed, true },
        // An acquittal is the court ending the case, not the prosecutor ending the investigation.
        { new(2025, 1, 1), ProceedingsStatus.EndedWithoutConviction, false },
        { new(2025, 1, 1), ProceedingsStatus.InvestigationOngoing, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_stop_procedure_flag_needs_a_dismissal_more_than_two_years_after_opening(
        LocalDate on, ProceedingsStatus status, bool expected)
    {
        var state = IdentifiedVictim().With(new ProceedingsStatusChanged(on, status)).At(on);

        Assert.Equal(expected, state.HumanitarianStopProcedureMayApply);
    }

    [Fact]
    public void The_flag_reads_the_past_as_it_was()
    {
        var events = IdentifiedVictim().With(new ProceedingsStatusChanged(new(2023, 6, 1), ProceedingsStatus.Dismissed));

        Assert.False(events.At(new(2023, 5, 31)).HumanitarianStopProcedureMayApply);
        Assert.True(events.At(new(2023, 6, 1)).HumanitarianStopProcedureMayApply);
    }

    [Fact]
    public void The_basis_of_the_stop_procedure_is_article_9bis()
    {
        Assert.Equal("Immigration Act art. 9bis (informal \"stop procedure\" guideline)",
            ResidenceArticles.StopProcedure.Citation);
    }
}
