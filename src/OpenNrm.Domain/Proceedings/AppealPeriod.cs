using NodaTime;

namespace OpenNrm.Domain.Proceedings;

/// <summary>
/// The thirty days to appeal a judgment of the correctional court (Code of Criminal Procedure art. 203 §1). They are
/// counted in calendar days from the day after the judgment was delivered, so the thirtieth day is the last one.
/// Not modelled: the postponement of a last day falling on a weekend or public holiday, judgments by default (whose
/// period runs from service), and the longer period of the public prosecutor at the appeal court (art. 205).
/// </summary>
public static class AppealPeriod
{
    public const int Days = 30;

    public static LocalDate LastDay(LocalDate judgmentDate) => judgmentDate.PlusDays(Days);

    public static bool IsOpen(LocalDate judgmentDate, LocalDate on) => on >= judgmentDate && on <= LastDay(judgmentDate);
}
