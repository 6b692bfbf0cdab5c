namespace OpenNrm.Domain.Proceedings;

/// <summary>Where each act leaves the case, whatever came before: the rules decide only whether the act may happen.</summary>
internal static class StatusLifecycle
{
    public static CriminalProceedingsStatus After(ProceedingsEvent recorded) => recorded switch
    {
        InvestigationOpened => CriminalProceedingsStatus.PreliminaryInvestigation,
        JudicialInvestigationOpened => CriminalProceedingsStatus.JudicialInvestigation,
        ChargesBrought { IncludesTrafficking: true } => CriminalProceedingsStatus.ChargesWithTrafficking,
        ChargesBrought => CriminalProceedingsStatus.ChargesWithoutTrafficking,
        TrialOpened => CriminalProceedingsStatus.Trial,
        JudgmentDelivered => CriminalProceedingsStatus.Judgment,
        AppealLodged => CriminalProceedingsStatus.Appeal,
        BecameFinal => CriminalProceedingsStatus.Final,
        CaseDismissed => CriminalProceedingsStatus.Dismissed,
        CaseReopened => CriminalProceedingsStatus.PreliminaryInvestigation,
        _ => throw new ArgumentOutOfRangeException(nameof(recorded), recorded.GetType().Name, "Unknown act"),
    };

    public static bool IsInvestigation(CriminalProceedingsStatus status) =>
        status is CriminalProceedingsStatus.PreliminaryInvestigation or CriminalProceedingsStatus.JudicialInvestigation;

    /// <summary>Ongoing for the residence procedure: only a final judgment or a dismissal ends the case.</summary>
    public static bool IsOngoing(CriminalProceedingsStatus status) =>
        status is not (CriminalProceedingsStatus.Final or CriminalProceedingsStatus.Dismissed);
}
