namespace OpenNrm.Domain.Detection.Indicators;

/// <summary>
/// Who a list is written for. The Delphi publication grades the same item differently for children,
/// and for a child the means of trafficking are not required (Palermo Protocol art. 3(c)).
/// </summary>
public enum TargetPopulation
{
    Adult = 1,
    Child = 2,
}
