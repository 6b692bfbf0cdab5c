namespace OpenNrm.Domain.Residence;

internal static class ProceedingsRules
{
    public static bool HasEnded(ProceedingsStatus status) => status switch
    {
        ProceedingsStatus.InvestigationOngoing => false,
        ProceedingsStatus.Prosecution => false,
        ProceedingsStatus.Dismissed => true,
        ProceedingsStatus.EndedWithoutConviction => true,
        ProceedingsStatus.EndedWithConviction => true,
    };

    public static bool EndedWithoutConviction(ProceedingsStatus status) => status switch
    {
        ProceedingsStatus.InvestigationOngoing => false,
        ProceedingsStatus.Prosecution => false,
        ProceedingsStatus.Dismissed => true,
        ProceedingsStatus.EndedWithoutConviction => true,
        ProceedingsStatus.EndedWithConviction => false,
    };
}
