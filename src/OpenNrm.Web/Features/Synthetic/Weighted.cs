namespace OpenNrm.Web.Features.Synthetic;

/// <summary>A choice among values with relative weights, drawn from the generator's seeded random source.</summary>
internal sealed class Weighted<T>
{
    private readonly T[] _values;
    private readonly double[] _cumulative;

    public Weighted(params (T Value, double Weight)[] table)
    {
        _values = [.. table.Select(t => t.Value)];
        _cumulative = new double[table.Length];
        var sum = 0.0;
        for (var i = 0; i < table.Length; i++)
        {
            sum += table[i].Weight;
            _cumulative[i] = sum;
        }
    }

    public IReadOnlyList<T> Values => _values;

    /// <summary>Always one draw from <paramref name="random"/>, so the sequence of later draws does not depend on the outcome.</summary>
    public T Pick(Random random)
    {
        var x = random.NextDouble() * _cumulative[^1];
        var i = Array.BinarySearch(_cumulative, x);
        return _values[Math.Min(i < 0 ? ~i : i + 1, _values.Length - 1)];
    }
}

internal static class RandomExtensions
{
    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>An integer from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public static int Between(this Random random, int min, int max) => random.Next(min, max + 1);

    public static T Pick<T>(this Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];
}
