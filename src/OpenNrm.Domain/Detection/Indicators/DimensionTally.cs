namespace OpenNrm.Domain.Detection.Indicators;

/// <summary>How many distinct indicators of each strength are present in one dimension.</summary>
public readonly record struct DimensionTally(int Strong, int Medium, int Weak)
{
    public static DimensionTally Of(IEnumerable<IndicatorStrength> strengths)
    {
        ArgumentNullException.ThrowIfNull(strengths);
        int strong = 0, medium = 0, weak = 0;
        foreach (var strength in strengths)
        {
            switch (strength)
            {
                case IndicatorStrength.Strong: strong++; break;
                case IndicatorStrength.Medium: medium++; break;
                case IndicatorStrength.Weak: weak++; break;
                default: throw new ArgumentOutOfRangeException(nameof(strengths), strength, "Unknown indicator strength.");
            }
        }

        return new(strong, medium, weak);
    }
}
