using OpenNrm.Domain.Geography;
using OpenNrm.Domain.Referral;

namespace OpenNrm.Domain.Tests.Referral;

public sealed class ReferralRoutingTests
{
    private const string Circular31To33 = "Circular of 23 December 2016, 3.1-3.3";
    private const string Circular41 = "Circular of 23 December 2016, 4.1";
    private const string Circular33 = "Circular of 23 December 2016, 3.3";

    public static TheoryData<Region?, SpecialisedCentre, string> Centres => new()
    {
        { Region.BrusselsCapital, SpecialisedCentre.PagAsa, Circular31To33 },
        { Region.Flanders, SpecialisedCentre.Payoke, Circular31To33 },
        { Region.Wallonia, SpecialisedCentre.Surya, Circular31To33 },
        { null, SpecialisedCentre.PagAsa, Circular41 },
    };

    [Theory]
    [MemberData(nameof(Centres))]
    public void An_adult_is_referred_to_the_centre_of_the_region(Region? region, SpecialisedCentre centre, string basis)
    {
        var advice = ReferralRouting.Route(new RoutingFacts(region, IsMinor: false, ["fr"]));

        Assert.Equal(centre, advice.Centre.Recommended);
        Assert.Equal(basis, advice.Centre.Basis.Citation);
        Assert.False(string.IsNullOrWhiteSpace(advice.Centre.Reason));
        Assert.Null(advice.MinorsStructure);
    }

    public static TheoryData<Region?, string[], SpecialisedCentre, MinorsStructure> Minors => new()
    {
        // Outside Brussels the region decides, whatever the language.
        { Region.Wallonia, ["fr"], SpecialisedCentre.Surya, MinorsStructure.Esperanto },
        { Region.Wallonia, ["nl"], SpecialisedCentre.Surya, MinorsStructure.Esperanto },
        { Region.Wallonia, ["de"], SpecialisedCentre.Surya, MinorsStructure.Esperanto },
        { Region.Flanders, ["nl"], SpecialisedCentre.Payoke, MinorsStructure.MinorNdako },
        { Region.Flanders, ["fr"], SpecialisedCentre.Payoke, MinorsStructure.MinorNdako },
        { Region.Flanders, [], SpecialisedCentre.Payoke, MinorsStructure.MinorNdako },
        // In Brussels the first of the person's languages that is French or Dutch decides; Esperanto by default.
        { Region.BrusselsCapital, ["fr"], SpecialisedCentre.PagAsa, MinorsStructure.Esperanto },
        { Region.BrusselsCapital, ["nl"], SpecialisedCentre.PagAsa, MinorsStructure.MinorNdako },
        { Region.BrusselsCapital, ["NL-be"], SpecialisedCentre.PagAsa, MinorsStructure.MinorNdako },
        { Region.BrusselsCapital, ["ro", "nl", "fr"], SpecialisedCentre.PagAsa, MinorsStructure.MinorNdako },
        { Region.BrusselsCapital, ["fr", "nl"], SpecialisedCentre.PagAsa, MinorsStructure.Esperanto },
        { Region.BrusselsCapital, ["en", "ar"], SpecialisedCentre.PagAsa, MinorsStructure.Esperanto },
        { Region.BrusselsCapital, [], SpecialisedCentre.PagAsa, MinorsStructure.Esperanto },
        // Unknown region: PAG-ASA, and the structure by language.
        { null, ["nl"], SpecialisedCentre.PagAsa, MinorsStructure.MinorNdako },
        { null, ["fr"], SpecialisedCentre.PagAsa, MinorsStructure.Esperanto },
        { null, [], SpecialisedCentre.PagAsa, MinorsStructure.Esperanto },
    };

    [Theory]
    [MemberData(nameof(Minors))]
    public void A_minor_is_referred_to_a_centre_and_a_minors_structure(
        Region? region, string[] languages, SpecialisedCentre centre, MinorsStructure structure)
    {
        var advice = ReferralRouting.Route(new RoutingFacts(region, IsMinor: true, languages));

        Assert.Equal(centre, advice.Centre.Recommended);
        var minors = Assert.IsType<Advice<MinorsStructure>>(advice.MinorsStructure);
        Assert.Equal(structure, minors.Recommended);
        Assert.Equal(Circular33, minors.Basis.Citation);
        Assert.False(string.IsNullOrWhiteSpace(minors.Reason));
    }

    [Fact]
    public void The_place_of_detection_leads_to_the_advice()
    {
        var halle = BelgianPlaces.Find("1500")!;

        var advice = ReferralRouting.Route(new RoutingFacts(halle.Region, IsMinor: false, []));

        Assert.Equal(SpecialisedCentre.Payoke, advice.Centre.Recommended);
    }

    private static RoutingAdvice AdultInFlanders => ReferralRouting.Route(new RoutingFacts(Region.Flanders, false, []));

    private static RoutingAdvice MinorInBrussels => ReferralRouting.Route(new RoutingFacts(Region.BrusselsCapital, true, ["fr"]));

    public static TheoryData<bool, MinorsStructure?, string?, RefusalCode, string> RefusedOverrides => new()
    {
        { false, null, null, RefusalCode.OverrideReasonMissing, Circular31To33 },
        { false, null, "", RefusalCode.OverrideReasonMissing, Circular31To33 },
        { false, null, "   \t ", RefusalCode.OverrideReasonMissing, Circular31To33 },
        { false, null, "too short", RefusalCode.OverrideReasonTooShort, Circular31To33 },
        // Nine characters once the surrounding spaces are removed.
        { false, null, "    safety!    ", RefusalCode.OverrideReasonTooShort, Circular31To33 },
        { false, MinorsStructure.Esperanto, "Person is safer away from Antwerp", RefusalCode.MinorsStructureOnlyForMinor, Circular33 },
        { true, null, "Person is safer away from Brussels", RefusalCode.MinorsStructureRequiredForMinor, Circular33 },
    };

    [Theory]
    [MemberData(nameof(RefusedOverrides))]
    public void An_override_without_a_proper_reason_or_structure_is_refused(
        bool minor, MinorsStructure? structure, string? reason, RefusalCode code, string basis)
    {
        var advice = minor ? MinorInBrussels : AdultInFlanders;

        var outcome = ReferralRouting.Override(advice, SpecialisedCentre.Surya, structure, reason);

        Assert.False(outcome.IsAccepted);
        Assert.Null(outcome.Value);
        Assert.Equal(code, outcome.Refusal.Code);
        Assert.Equal(basis, outcome.Refusal.Basis.Citation);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Refusal.Explanation));
    }

    [Theory]
    [InlineData(false, null, "1234567890", "1234567890")]
    [InlineData(false, null, "  Person is safer away from Antwerp  ", "Person is safer away from Antwerp")]
    [InlineData(true, MinorsStructure.MinorNdako, "The minor attends a Dutch-speaking school", "The minor attends a Dutch-speaking school")]
    public void An_override_with_a_reason_of_ten_characters_or_more_is_accepted(
        bool minor, MinorsStructure? structure, string reason, string kept)
    {
        var advice = minor ? MinorInBrussels : AdultInFlanders;

        var outcome = ReferralRouting.Override(advice, SpecialisedCentre.Surya, structure, reason);

        Assert.True(outcome.IsAccepted);
        Assert.Null(outcome.Refusal);
        Assert.Equal(new RoutingOverride(SpecialisedCentre.Surya, structure, kept), outcome.Value);
    }
}
