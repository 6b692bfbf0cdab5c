using NodaTime;

namespace OpenNrm.Domain.Statistics;

/// <summary>The quartiles of a set of values (in days when the values are day counts) and how many values there were.</summary>
public sealed record Quartiles(double Lower, double Median, double Upper, int Count);

/// <summary>The quartiles of a set of durations.</summary>
public sealed record DurationQuartiles(Duration Lower, Duration Median, Duration Upper, int Count);
