using NodaTime;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// A goal agreed with the victim in one area, reviewed at intervals until it is reached or dropped.
/// </summary>
/// <param name="SetOn">When the goal was agreed; the first review counts from this date.</param>
/// <param name="LastReviewedOn">The latest review, if any; the next one counts from it.</param>
/// <param name="ClosedOn">When the goal was reached or dropped; a closed goal needs no more reviews.</param>
public sealed record SupportGoal(GoalArea Area, LocalDate SetOn, LocalDate? LastReviewedOn, LocalDate? ClosedOn);
