namespace OpenNrm.Domain.Proceedings;

/// <summary>How the case reached the trial court; the route depends on whether an investigating judge was seized.</summary>
public enum ChargeRoute
{
    /// <summary>The council chamber refers the case after a judicial investigation (Code of Criminal Procedure art. 127-130).</summary>
    CouncilChamberReferral,

    /// <summary>The prosecutor summons the accused directly after a preliminary investigation (Code of Criminal Procedure art. 182).</summary>
    DirectSummons,
}
