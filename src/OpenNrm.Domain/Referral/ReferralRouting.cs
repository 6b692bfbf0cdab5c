using OpenNrm.Domain.Geography;

namespace OpenNrm.Domain.Referral;

/// <summary>
/// Which centre (and, for a minor, which reception structure) to contact. The Circular lets a frontline service
/// contact any recognised centre; the advice picks the centre of the region of detection because it works with the
/// local prosecutor and services, and leaves the referrer free to choose otherwise with a reason.
/// </summary>
public static class ReferralRouting
{
    /// <summary>
    /// The shortest override reason accepted. A product rule: a few words are needed to explain a departure from the
    /// usual centre afterwards, and a length floor keeps placeholders such as "n/a" or "other" out.
    /// </summary>
    public const int MinimumOverrideReasonLength = 10;

    public static RoutingAdvice Route(RoutingFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return new RoutingAdvice(CentreFor(facts.RegionOfDetection), facts.IsMinor ? StructureFor(facts) : null);
    }

    /// <summary>
    /// Accepts the referrer's own choice when it gives a reason of at least
    /// <see cref="MinimumOverrideReasonLength"/> characters and keeps a minors' structure exactly when the advice
    /// has one (a minor is never referred without one, an adult never with one).
    /// </summary>
    public static Outcome<RoutingOverride> Override(
        RoutingAdvice advice, SpecialisedCentre centre, MinorsStructure? minorsStructure, string? reason)
    {
        ArgumentNullException.ThrowIfNull(advice);
        var trimmed = reason?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return new(new Refusal(RefusalCode.OverrideReasonMissing,
                "Choosing another centre or structure than the advised one needs a reason.",
                ReferralArticles.ContactSpecialisedCentre));
        }

        if (trimmed.Length < MinimumOverrideReasonLength)
        {
            return new(new Refusal(RefusalCode.OverrideReasonTooShort,
                $"The reason for choosing another centre or structure must be at least {MinimumOverrideReasonLength} characters long.",
                ReferralArticles.ContactSpecialisedCentre));
        }

        if (advice.MinorsStructure is not null && minorsStructure is null)
        {
            return new(new Refusal(RefusalCode.MinorsStructureRequiredForMinor,
                "A minor is referred to a minors' reception structure together with the centre.",
                ReferralArticles.Minors));
        }

        if (advice.MinorsStructure is null && minorsStructure is not null)
        {
            return new(new Refusal(RefusalCode.MinorsStructureOnlyForMinor,
                "A minors' reception structure receives minors only.",
                ReferralArticles.Minors));
        }

        return new(new RoutingOverride(centre, minorsStructure, trimmed));
    }

    private static Advice<SpecialisedCentre> CentreFor(Region? region) => region switch
    {
        Region.BrusselsCapital => new(SpecialisedCentre.PagAsa,
            "Detected in the Brussels-Capital Region: PAG-ASA covers Brussels.", ReferralArticles.ContactSpecialisedCentre),
        Region.Flanders => new(SpecialisedCentre.Payoke,
            "Detected in Flanders: Payoke covers the Flemish Region.", ReferralArticles.ContactSpecialisedCentre),
        Region.Wallonia => new(SpecialisedCentre.Surya,
            "Detected in Wallonia: Sürya covers the Walloon Region.", ReferralArticles.ContactSpecialisedCentre),
        null => new(SpecialisedCentre.PagAsa,
            "Region of detection unknown: PAG-ASA, the centre in the capital, takes referrals from the whole country day and night.",
            ReferralArticles.CentreReception),
    };

    private static Advice<MinorsStructure> StructureFor(RoutingFacts facts)
    {
        switch (facts.RegionOfDetection)
        {
            case Region.Wallonia:
                return new(MinorsStructure.Esperanto,
                    "A minor detected in Wallonia: Esperanto receives minors in the French-speaking part of the country.",
                    ReferralArticles.Minors);
            case Region.Flanders:
                return new(MinorsStructure.MinorNdako,
                    "A minor detected in Flanders: Minor Ndako receives minors in the Dutch-speaking part of the country.",
                    ReferralArticles.Minors);
            case Region.BrusselsCapital:
            case null:
                break;
        }

        var where = facts.RegionOfDetection is null ? "where the region of detection is unknown" : "in Brussels";
        return PreferredLanguage(facts.Languages) switch
        {
            "nl" => new(MinorsStructure.MinorNdako,
                $"A Dutch-speaking minor {where}: Minor Ndako receives Dutch-speaking minors.", ReferralArticles.Minors),
            "fr" => new(MinorsStructure.Esperanto,
                $"A French-speaking minor {where}: Esperanto receives French-speaking minors.", ReferralArticles.Minors),
            _ => new(MinorsStructure.Esperanto,
                $"A minor {where} who speaks neither French nor Dutch: Esperanto by default.", ReferralArticles.Minors),
        };
    }

    /// <summary>The first of the person's languages that is French or Dutch, in the order the person gave them.</summary>
    private static string? PreferredLanguage(IReadOnlyList<string> languages) =>
        (languages ?? [])
            .Select(l => (l ?? "").Trim().Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(l => l is "fr" or "nl");
}
