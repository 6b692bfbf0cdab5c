using NodaTime;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// The centre's referral of a person who wishes to go home to Fedasil and its partner (IOM or Caritas International),
/// with the reintegration plan once agreed.
/// </summary>
public sealed record VoluntaryReturn(ReintegrationPartner Partner, LocalDate ReferredOn, VoluntaryReturnStatus Status, ReintegrationPlan? Plan,
    LocalDate? WithdrawnOn);
