using NodaTime;

namespace OpenNrm.Web.Features.Statistics;

/// <summary>The dates of a procedure the statistics count a person by.</summary>
public enum ProcedureMilestone
{
    ReflectionStart,
    Identified,
    FirstACard,
    BCard,
    Exit,
}

public static class ProcedureMilestoneDates
{
    public static LocalDate? DateIn(this ProcedureMilestone milestone, ProcedureMilestones milestones) => milestone switch
    {
        ProcedureMilestone.ReflectionStart => milestones.ReflectionStart,
        ProcedureMilestone.Identified => milestones.IdentifiedOn,
        ProcedureMilestone.FirstACard => milestones.FirstACardOn,
        ProcedureMilestone.BCard => milestones.BCardOn,
        ProcedureMilestone.Exit => milestones.ExitOn,
        _ => throw new ArgumentOutOfRangeException(nameof(milestone)),
    };
}
