namespace OpenNrm.Domain.Detection.Indicators;

public static partial class PublicIndicatorLists
{
    /// <summary>
    /// The ILO 11 indicators of forced labour, a flat checklist without grades or decision rule. Filed under
    /// adults: a child's case belongs on the Delphi child lists, where the means are not required.
    /// </summary>
    public static IndicatorList IloForcedLabour { get; } = new(
        "ilo-forced-labour-11",
        "ILO indicators of forced labour",
        "2012",
        TargetPopulation.Adult,
        ExploitationForm.ForcedLabourIlo,
        "ILO Special Action Programme to Combat Forced Labour (SAP-FL), ILO indicators of forced labour, 2012.",
        null,
        [
            Indicator.Checklist("ILO11-01", "Abuse of vulnerability"),
            Indicator.Checklist("ILO11-02", "Deception"),
            Indicator.Checklist("ILO11-03", "Restriction of movement"),
            Indicator.Checklist("ILO11-04", "Isolation"),
            Indicator.Checklist("ILO11-05", "Physical and sexual violence"),
            Indicator.Checklist("ILO11-06", "Intimidation and threats"),
            Indicator.Checklist("ILO11-07", "Retention of identity documents"),
            Indicator.Checklist("ILO11-08", "Withholding of wages"),
            Indicator.Checklist("ILO11-09", "Debt bondage"),
            Indicator.Checklist("ILO11-10", "Abusive working and living conditions"),
            Indicator.Checklist("ILO11-11", "Excessive overtime"),
        ]);
}
