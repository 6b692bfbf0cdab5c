namespace OpenNrm.Domain.Proceedings;

/// <summary>
/// Where the prosecutor's case stands. Finer than the residence procedure's own view of the same case, because the
/// register must tell a referral from a summons and a first-instance judgment from a final one.
/// </summary>
public enum CriminalProceedingsStatus
{
    /// <summary>The prosecutor investigates (Code of Criminal Procedure art. 28bis).</summary>
    PreliminaryInvestigation,

    /// <summary>An investigating judge leads the investigation (Code of Criminal Procedure art. 55-56).</summary>
    JudicialInvestigation,

    /// <summary>Sent to the trial court with a charge under Criminal Code art. 433quinquies.</summary>
    ChargesWithTrafficking,

    /// <summary>Sent to the trial court on other charges only (for example labour law or smuggling offences).</summary>
    ChargesWithoutTrafficking,

    Trial,

    /// <summary>A judgment was delivered, at first instance or on appeal, and is not yet final.</summary>
    Judgment,

    Appeal,

    /// <summary>Res judicata: nothing more can be recorded.</summary>
    Final,

    /// <summary>The prosecutor dismissed the case; only a reopening on new evidence can follow.</summary>
    Dismissed,
}
