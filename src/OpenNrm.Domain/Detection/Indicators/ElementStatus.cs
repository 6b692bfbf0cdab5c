namespace OpenNrm.Domain.Detection.Indicators;

/// <summary>Whether one element of the trafficking definition is supported by the positive dimensions.</summary>
public enum ElementStatus
{
    Met = 1,
    NotMet = 2,

    /// <summary>For a child the means are not required (Palermo Protocol art. 3(c)).</summary>
    NotRequired = 3,
}
