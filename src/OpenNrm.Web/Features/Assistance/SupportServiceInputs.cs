using OpenNrm.Domain.Assistance;

namespace OpenNrm.Web.Features.Assistance;

public sealed record InterpretationInput(string? Language, DateOnly? On, string? Provider);

public sealed record InterpretationStatusInput(InterpretationStatus? Status);

public sealed record SubsistenceReferralInput(string? Pcsw, DateOnly? ReferredOn);

/// <summary>The PCSW's answer: granted or refused, a refusal with its reason.</summary>
public sealed record SubsistenceDecisionInput(SubsistenceStatus? Outcome, DateOnly? On, string? Reason);

public sealed record VoluntaryReturnInput(ReintegrationPartner? Partner, DateOnly? ReferredOn);

public sealed record ReintegrationPlanInput(DateOnly? ReturnOn, DateOnly? EndsOn);

public sealed record VoluntaryReturnWithdrawalInput(DateOnly? On);
