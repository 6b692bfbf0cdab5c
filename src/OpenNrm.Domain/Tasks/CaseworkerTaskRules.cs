using NodaTime;
using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Tasks;

/// <summary>
/// A centre's own work list. None of this is law: the limits are the product's, chosen so that the list stays a
/// true record of the team's work. A task is finished once, by completing or cancelling it; whoever finished it and
/// when stay on record, so a second click (or a colleague's) changes nothing.
/// </summary>
public static class CaseworkerTaskRules
{
    /// <summary>The source every refusal names: the product's rule, so nobody mistakes it for a legal limit.</summary>
    public static readonly LegalBasis Basis = new("product rule (a finished task stays as it was finished; a new need is a new task)");

    /// <summary>
    /// How far back a new task may be due: a caseworker catching up on last month's work may note it, but a date
    /// further back is almost always a typing error (a wrong year) and would sit on top of the list as overdue.
    /// </summary>
    public const int MaxDaysInPast = 30;

    /// <summary>How far ahead a task may be due: support lasts 3 to 5 years on average (EMN Belgium 2022, 7.2).</summary>
    public const int MaxYearsAhead = 5;

    public static bool IsDueDateAcceptable(LocalDate dueOn, LocalDate today) =>
        dueOn >= today.PlusDays(-MaxDaysInPast) && dueOn <= today.PlusYears(MaxYearsAhead);

    /// <summary>An open task whose day has passed; a task due today is not yet overdue.</summary>
    public static bool IsOverdue(CaseworkerTaskStatus status, LocalDate dueOn, LocalDate today) =>
        status == CaseworkerTaskStatus.Open && dueOn < today;

    /// <summary>
    /// Whether an open task may become <paramref name="to"/> (done or cancelled); null when it may, otherwise why not.
    /// </summary>
    public static CaseworkerTaskRefusal? Finish(CaseworkerTaskStatus current, CaseworkerTaskStatus to)
    {
        if (to == CaseworkerTaskStatus.Open)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, "A task is finished as done or cancelled.");
        }

        return current switch
        {
            CaseworkerTaskStatus.Open => null,
            CaseworkerTaskStatus.Done => new CaseworkerTaskRefusal(CaseworkerTaskRefusalCode.AlreadyDone,
                "This task is already done: nothing was changed.", Basis),
            CaseworkerTaskStatus.Cancelled => new CaseworkerTaskRefusal(CaseworkerTaskRefusalCode.AlreadyCancelled,
                "This task was cancelled: nothing was changed.", Basis),
        };
    }
}
