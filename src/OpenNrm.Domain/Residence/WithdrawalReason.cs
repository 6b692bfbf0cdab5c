namespace OpenNrm.Domain.Residence;

/// <summary>Why the Immigration Office withdrew a document before its end of validity.</summary>
public enum WithdrawalReason
{
    ResumedContactWithTraffickers,
    LackOfCooperation,
    Other,
}
