using NodaTime;
using NodaTime.Text;

namespace OpenNrm.Domain.Proceedings;

internal static class Wording
{
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string Of(CriminalProceedingsStatus status) => status switch
    {
        CriminalProceedingsStatus.PreliminaryInvestigation => "in preliminary investigation",
        CriminalProceedingsStatus.JudicialInvestigation => "in judicial investigation",
        CriminalProceedingsStatus.ChargesWithTrafficking => "charged with trafficking",
        CriminalProceedingsStatus.ChargesWithoutTrafficking => "charged without trafficking",
        CriminalProceedingsStatus.Trial => "at trial",
        CriminalProceedingsStatus.Judgment => "judged",
        CriminalProceedingsStatus.Appeal => "on appeal",
        CriminalProceedingsStatus.Final => "final",
        CriminalProceedingsStatus.Dismissed => "dismissed",
    };
}
