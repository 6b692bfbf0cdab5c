using NodaTime;

namespace OpenNrm.Domain.Statistics;

/// <summary>Eurostat's age breakdown of victims (crim_thb): a child is under 18.</summary>
public enum EurostatAgeBand
{
    Child,
    Adult,
    Unknown,
}

/// <summary>The bands the Immigration Office records; it makes no distinction above 30 (EMN Belgium 2022, note 41).</summary>
public enum ImmigrationOfficeAgeBand
{
    Under18,
    From18To25,
    From26To30,
    Over30,
    Unknown,
}

/// <summary>
/// Age in completed years on a reference date (the date of the counted event), and the bands the tables use.
/// </summary>
public static class AgeBands
{
    public const int AgeOfMajority = 18;

    /// <summary>
    /// Completed years on <paramref name="reference"/>, or null when nothing is known or the birth date is later
    /// than the reference date. An estimated age ages by the completed years since the estimate (and is taken as
    /// it is for a reference date within a year before the estimate).
    /// </summary>
    public static int? AgeOn(RecordedAge age, LocalDate reference)
    {
        ArgumentNullException.ThrowIfNull(age);
        if (age.BirthDate is { } born)
        {
            return born > reference ? null : CompletedYears(born, reference);
        }

        if (age is { EstimatedAge: { } estimate, EstimatedOn: { } on } && estimate >= 0)
        {
            var aged = on <= reference ? estimate + CompletedYears(on, reference) : estimate - CompletedYears(reference, on);
            return aged < 0 ? null : aged;
        }

        return null;
    }

    /// <summary>
    /// Whole years from <paramref name="from"/> to <paramref name="to"/>. A year is complete only once the same day
    /// and month is reached; someone born on 29 February therefore becomes a year older on 1 March in a common year.
    /// That is the protective reading: a child born on 29 February is still a child on 28 February of the year
    /// they would turn 18.
    /// </summary>
    public static int CompletedYears(LocalDate from, LocalDate to)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(from, to);
        var years = to.Year - from.Year;
        var anniversaryNotReached = to.Month < from.Month || (to.Month == from.Month && to.Day < from.Day);
        return anniversaryNotReached ? years - 1 : years;
    }

    public static EurostatAgeBand Eurostat(RecordedAge age, LocalDate reference) => Eurostat(AgeOn(age, reference));

    public static EurostatAgeBand Eurostat(int? age) => age switch
    {
        null => EurostatAgeBand.Unknown,
        < AgeOfMajority => EurostatAgeBand.Child,
        _ => EurostatAgeBand.Adult,
    };

    public static ImmigrationOfficeAgeBand ImmigrationOffice(RecordedAge age, LocalDate reference) =>
        ImmigrationOffice(AgeOn(age, reference));

    public static ImmigrationOfficeAgeBand ImmigrationOffice(int? age) => age switch
    {
        null => ImmigrationOfficeAgeBand.Unknown,
        < AgeOfMajority => ImmigrationOfficeAgeBand.Under18,
        <= 25 => ImmigrationOfficeAgeBand.From18To25,
        <= 30 => ImmigrationOfficeAgeBand.From26To30,
        _ => ImmigrationOfficeAgeBand.Over30,
    };

    /// <summary>The coarser band a finer one falls in: used to generalise an age in a microdata release.</summary>
    public static EurostatAgeBand Generalise(ImmigrationOfficeAgeBand band) => band switch
    {
        ImmigrationOfficeAgeBand.Under18 => EurostatAgeBand.Child,
        ImmigrationOfficeAgeBand.From18To25 or ImmigrationOfficeAgeBand.From26To30 or ImmigrationOfficeAgeBand.Over30 => EurostatAgeBand.Adult,
        ImmigrationOfficeAgeBand.Unknown => EurostatAgeBand.Unknown,
    };
}
