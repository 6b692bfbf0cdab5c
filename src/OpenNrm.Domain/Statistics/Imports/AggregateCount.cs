namespace OpenNrm.Domain.Statistics.Imports;

/// <summary>One line of a valid file: the true count of one category of one indicator, and where it was read.</summary>
public sealed record AggregateCount(int Line, string Indicator, AggregateDimension Dimension, string Value, int Count);
