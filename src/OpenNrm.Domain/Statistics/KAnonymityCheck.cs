namespace OpenNrm.Domain.Statistics;

/// <summary>Whether rows are k-anonymous, and if not, how far from it.</summary>
/// <param name="SmallestClass">Size of the smallest group of identical rows, 0 for no rows.</param>
/// <param name="RowsInSmallClasses">Rows whose group has fewer than k rows.</param>
public sealed record KAnonymityCheck(int K, int Classes, int SmallestClass, int RowsInSmallClasses)
{
    public bool IsKAnonymous => RowsInSmallClasses == 0;
}
