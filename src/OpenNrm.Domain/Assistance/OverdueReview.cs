using NodaTime;

namespace OpenNrm.Domain.Assistance;

/// <summary>A goal whose review date has passed without a review.</summary>
public sealed record OverdueReview(SupportGoal Goal, LocalDate DueOn, int DaysOverdue);
