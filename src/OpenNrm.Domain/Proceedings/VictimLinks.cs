using static OpenNrm.Domain.Proceedings.ProceedingsRefusalCode;

namespace OpenNrm.Domain.Proceedings;

/// <summary>
/// Linking victims to criminal cases, their roles and their damages. The damages rules hold at every change, so a
/// link can never show more paid than awarded, nor an award to someone who is not a civil party.
/// </summary>
public static class VictimLinks
{
    public static VictimLink Link(string victimId, CriminalProceedings proceedings, VictimRoles roles)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(victimId);
        ArgumentNullException.ThrowIfNull(proceedings);
        return new(victimId, proceedings.OfficeId, proceedings.Notice, roles, Compensation.None);
    }

    /// <summary>
    /// Changes the roles. Giving up the civil party role while an award stands is refused: the award would lose its
    /// holder.
    /// </summary>
    public static RegisterOutcome<VictimLink> ChangeRoles(VictimLink link, VictimRoles roles)
    {
        ArgumentNullException.ThrowIfNull(link);
        var changed = link.With(roles);
        return RegisterOutcome.Of(changed, AwardNeedsCivilParty(changed));
    }

    /// <summary>
    /// Replaces the damages of <paramref name="link"/>. The award is checked against the case's latest judgment, so
    /// an appeal judgment that acquits leaves no room for an award.
    /// </summary>
    public static RegisterOutcome<VictimLink> RecordCompensation(
        VictimLink link, CriminalProceedings proceedings, Compensation compensation)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(compensation);
        if (!link.Concerns(proceedings))
        {
            throw new ArgumentException($"The link is to notice {link.Notice}, not to this case", nameof(proceedings));
        }

        var changed = link.With(compensation);
        var refusals = new List<ProceedingsRefusal>();
        foreach (var (name, cents) in new[]
                 {
                     ("claimed", compensation.ClaimedCents), ("awarded", compensation.AwardedCents), ("paid", compensation.PaidCents),
                 })
        {
            if (cents < 0)
            {
                refusals.Add(new(NegativeAmount, $"The {name} amount is negative ({cents} cents): damages are owed to the victim, never by them",
                    ProceedingsArticles.CivilAward));
            }
        }

        if (compensation.PaidCents > compensation.AwardedCents)
        {
            refusals.Add(new(PaidMoreThanAwarded,
                $"Paid ({compensation.PaidCents} cents) exceeds the award ({compensation.AwardedCents} cents): only what the judgment grants is owed",
                ProceedingsArticles.CivilAward));
        }

        if (compensation.AwardedCents > 0)
        {
            refusals.AddRange(AwardNeedsCivilParty(changed));
            if (NoConviction(proceedings) is { } noConviction)
            {
                refusals.Add(noConviction);
            }
        }

        return RegisterOutcome.Of(changed, refusals);
    }

    private static IReadOnlyList<ProceedingsRefusal> AwardNeedsCivilParty(VictimLink link) =>
        link.Compensation.AwardedCents > 0 && !link.IsCivilParty
            ? [new(NotCivilParty,
                "The criminal court awards damages only to a victim who declared themself a civil party",
                ProceedingsArticles.CivilParty)]
            : [];

    private static ProceedingsRefusal? NoConviction(CriminalProceedings proceedings) => proceedings.LatestJudgment switch
    {
        null => new(ProceedingsRefusalCode.NoConviction,
            "No judgment has been delivered: the criminal court awards damages in its judgment", ProceedingsArticles.CivilAward),
        { Outcome: JudgmentOutcome.Acquittal } acquittal => new(ProceedingsRefusalCode.NoConviction,
            $"The latest judgment ({Wording.Date(acquittal.Date)}) acquitted: without a conviction the criminal court does not rule on damages",
            ProceedingsArticles.CivilAward),
        _ => null,
    };
}
