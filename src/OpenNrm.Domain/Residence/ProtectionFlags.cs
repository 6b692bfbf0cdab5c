using NodaTime;

namespace OpenNrm.Domain.Residence;

internal static class ProtectionFlags
{
    /// <summary>
    /// No return measure or Dublin transfer while the procedure runs. A B-card holder is lawfully resident, so the
    /// bar stays; after any other exit the procedure no longer protects the person.
    /// </summary>
    public static bool ReturnMeasuresBarred(ProcedureFacts facts) => facts.IsPending || facts.BCardIssued;

    /// <summary>
    /// The prosecutor ended the investigation (dismissal) more than two years after the procedure opened: a
    /// humanitarian stay may be sought. Exactly two years is not "more than". Only a dismissal counts: an acquittal
    /// is the court ending the case, not the prosecutor ending the investigation.
    /// </summary>
    public static bool StopProcedureMayApply(ProcedureFacts facts) =>
        facts is { OpenedOn: { } opened, BCardIssued: false, Proceedings: ProceedingsStatus.Dismissed }
        && facts.ProceedingsChangedOn > opened.Plus(Period.FromYears(2));
}
