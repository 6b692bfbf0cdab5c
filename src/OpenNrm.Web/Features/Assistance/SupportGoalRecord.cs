using NodaTime;
using OpenNrm.Domain.Assistance;
using OpenNrm.Web.Data;

namespace OpenNrm.Web.Features.Assistance;

public enum GoalReviewDecision
{
    /// <summary>The goal stays open; the next review counts from this one.</summary>
    Continue,
    Reached,
    Dropped,
}

/// <summary>A goal agreed with the victim; its reviews are <see cref="GoalReviewRecord"/> rows, the latest kept here for the overdue check.</summary>
public sealed class SupportGoalRecord : IVersioned
{
    private SupportGoalRecord()
    {
        Description = string.Empty;
    }

    public SupportGoalRecord(Guid id, Guid supportCaseId, GoalArea area, string description, LocalDate setOn, Guid createdBy, DateTimeOffset at)
    {
        Id = id;
        SupportCaseId = supportCaseId;
        Area = area;
        Description = description;
        SetOn = setOn;
        CreatedBy = createdBy;
        CreatedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid SupportCaseId { get; private set; }

    public GoalArea Area { get; private set; }

    /// <summary>What was agreed, in the victim's terms: free text, encrypted at rest.</summary>
    public string Description { get; private set; }

    public LocalDate SetOn { get; private set; }

    public LocalDate? LastReviewedOn { get; private set; }

    public LocalDate? ClosedOn { get; private set; }

    /// <summary>Reached or dropped, once closed.</summary>
    public GoalReviewDecision? Outcome { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int Version { get; private set; }

    public bool IsClosed => ClosedOn is not null;

    public SupportGoal ToDomain() => new(Area, SetOn, LastReviewedOn, ClosedOn);

    public void Reviewed(LocalDate on, GoalReviewDecision decision)
    {
        LastReviewedOn = on;
        if (decision != GoalReviewDecision.Continue)
        {
            ClosedOn = on;
            Outcome = decision;
        }
    }

    public void BumpVersion() => Version++;
}

/// <summary>One review of a goal with the victim: the history behind the goal's last review date.</summary>
public sealed class GoalReviewRecord
{
    private GoalReviewRecord()
    {
    }

    public GoalReviewRecord(Guid id, Guid goalId, LocalDate reviewedOn, GoalReviewDecision decision, Guid reviewedBy, DateTimeOffset at)
    {
        Id = id;
        GoalId = goalId;
        ReviewedOn = reviewedOn;
        Decision = decision;
        ReviewedBy = reviewedBy;
        RecordedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid GoalId { get; private set; }

    public LocalDate ReviewedOn { get; private set; }

    public GoalReviewDecision Decision { get; private set; }

    public Guid ReviewedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}
