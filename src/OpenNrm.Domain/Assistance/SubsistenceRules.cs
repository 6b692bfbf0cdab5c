using NodaTime;
using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// Subsistence comes from the PCSW, not from the centre: the centre refers the person to a named PCSW and records
/// its decision (Organic Act of 8 July 1976 on PCSWs, art. 1, 57 §1 and 60 §3). A refusal keeps its reason, so
/// the centre can act on it; a decided referral stays as decided, and a new application is a new referral.
/// </summary>
public static class SubsistenceRules
{
    public static AssistanceOutcome<SubsistenceReferral> Refer(IEnumerable<SubsistenceReferral> existing, string pcsw, LocalDate on)
    {
        ArgumentNullException.ThrowIfNull(existing);
        if (string.IsNullOrWhiteSpace(pcsw))
        {
            return Refuse(AssistanceRefusalCode.PcswMissing, "Name the PCSW the person is referred to.", AssistanceArticles.Subsistence);
        }

        if (existing.Any(r => r.Status == SubsistenceStatus.Referred))
        {
            return Refuse(AssistanceRefusalCode.SubsistenceReferralPending,
                "A referral to a PCSW is still waiting for its decision: record that decision before referring again.", AssistanceArticles.SubsistenceReferral);
        }

        return new(new SubsistenceReferral(pcsw.Trim(), on, SubsistenceStatus.Referred, null, null));
    }

    /// <summary>Records the PCSW's answer: <paramref name="outcome"/> is granted or refused, a refusal with its reason.</summary>
    public static AssistanceOutcome<SubsistenceReferral> Decide(SubsistenceReferral referral, SubsistenceStatus outcome, LocalDate on, string? reason)
    {
        ArgumentNullException.ThrowIfNull(referral);
        if (outcome == SubsistenceStatus.Referred)
        {
            throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "A decision grants or refuses.");
        }

        if (referral.Status != SubsistenceStatus.Referred)
        {
            return Refuse(AssistanceRefusalCode.SubsistenceAlreadyDecided,
                "The PCSW has already decided on this referral: a new application is a new referral.", AssistanceArticles.SubsistenceReferral);
        }

        if (on < referral.ReferredOn)
        {
            return Refuse(AssistanceRefusalCode.SubsistenceDecisionBeforeReferral, "The decision cannot be dated before the referral.", AssistanceArticles.Subsistence);
        }

        if (outcome == SubsistenceStatus.Refused && string.IsNullOrWhiteSpace(reason))
        {
            return Refuse(AssistanceRefusalCode.SubsistenceRefusalReasonMissing,
                "Record why the PCSW refused, so that the centre can act on it or refer again.", AssistanceArticles.Subsistence);
        }

        return new(referral with
        {
            Status = outcome,
            DecidedOn = on,
            RefusalReason = outcome == SubsistenceStatus.Refused ? reason!.Trim() : null,
        });
    }

    private static AssistanceOutcome<SubsistenceReferral> Refuse(AssistanceRefusalCode code, string explanation, LegalBasis basis) =>
        new(new AssistanceRefusal(code, explanation, basis));
}
