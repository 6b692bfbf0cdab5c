using OpenNrm.Domain.Assistance;

namespace OpenNrm.Web.Features.Assistance;

public sealed record OpenSupportInput(Guid? CaseId, DateOnly? OpenedOn);

public sealed record CloseSupportInput(DateOnly? ClosedOn, ClosureReason? Reason, string? Explanation);

public sealed record TransferSupportInput(Guid? CentreId, DateOnly? On);

public sealed record LawyerInput(DateOnly? AppointedOn);

public sealed record PlanActionInput(AssistanceType? Type, string? Provider, DateOnly? Start, DateOnly? End);

public sealed record MoveActionInput(PlanActionStatus? Status, DateOnly? On);

public sealed record GoalInput(GoalArea? Area, string? Description, DateOnly? SetOn);

public sealed record GoalReviewInput(DateOnly? ReviewedOn, GoalReviewDecision? Decision);

public sealed record NoteInput(NoteSensitivity? Sensitivity, string? Text);

public sealed record ConsentInput(ConsentPurpose? Purpose, DateTimeOffset? ExpiresAt, bool? CoversHealthData);

public sealed record ShelterInput(string? Name, int? Capacity, bool? MinorsOnly, string? Address);

public sealed record StayInput(Guid? ShelterId, DateOnly? Start, DateOnly? End, bool? ResidentIsMinor);

public sealed record StayEndInput(DateOnly? On);
