using OpenNrm.Domain.Detection;

namespace OpenNrm.Domain.Statistics;

/// <summary>Eurostat's sex breakdown (crim_thb).</summary>
public enum EurostatSex
{
    Female,
    Male,
    Unknown,
}

public static class SexBreakdown
{
    /// <summary>
    /// From the gender HTCDS 2.0 records. A transgender person is counted in the sex of their gender identity:
    /// a separate column would hold a handful of people from a few countries (EMN Belgium 2022, 2.2) and name them.
    /// A non-conforming or unspecified gender has no Eurostat value and is counted as unknown.
    /// </summary>
    public static EurostatSex Of(HtcdsGender gender) => gender switch
    {
        HtcdsGender.Feminine or HtcdsGender.TransgenderFeminine => EurostatSex.Female,
        HtcdsGender.Masculine or HtcdsGender.TransgenderMasculine => EurostatSex.Male,
        HtcdsGender.NonConforming or HtcdsGender.NonSpecifiedUnknown => EurostatSex.Unknown,
    };
}
