using NodaTime;

namespace OpenNrm.Domain.Statistics;

/// <summary>
/// What is known of a person's age: a birth date, or else an age someone estimated on a given day (many victims
/// have no documents). Both may be missing.
/// </summary>
public sealed record RecordedAge(LocalDate? BirthDate, int? EstimatedAge, LocalDate? EstimatedOn)
{
    public static RecordedAge Born(LocalDate birthDate) => new(birthDate, null, null);

    public static RecordedAge Estimated(int age, LocalDate on) => new(null, age, on);

    public static RecordedAge Unknown { get; } = new(null, null, null);
}
