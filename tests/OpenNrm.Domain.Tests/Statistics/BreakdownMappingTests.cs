using OpenNrm.Domain.Detection;
using OpenNrm.Domain.Statistics;

namespace OpenNrm.Domain.Tests.Statistics;

public sealed class BreakdownMappingTests
{
    public static TheoryData<string?[], EurostatCitizenshipGroup> Citizenships => new()
    {
        { ["BE"], EurostatCitizenshipGroup.ReportingCountry },
        { ["be"], EurostatCitizenshipGroup.ReportingCountry },
        { ["FR"], EurostatCitizenshipGroup.OtherEu },
        { [" ro "], EurostatCitizenshipGroup.OtherEu },
        { ["NG"], EurostatCitizenshipGroup.NonEu },
        { ["GB"], EurostatCitizenshipGroup.NonEu },
        { ["NG", "BE"], EurostatCitizenshipGroup.ReportingCountry },
        { ["MA", "ES"], EurostatCitizenshipGroup.OtherEu },
        { ["UA", "??", ""], EurostatCitizenshipGroup.NonEu },
        { [], EurostatCitizenshipGroup.Unknown },
        { [null], EurostatCitizenshipGroup.Unknown },
        { ["", "N", "NGA"], EurostatCitizenshipGroup.Unknown },
    };

    [Theory]
    [MemberData(nameof(Citizenships))]
    public void Citizenship_is_grouped_from_the_reporting_country(string?[] nationalities, EurostatCitizenshipGroup expected) =>
        Assert.Equal(expected, EurostatCitizenship.Of(nationalities));

    [Fact]
    public void A_single_unknown_nationality_is_unknown_not_third_country()
    {
        Assert.Equal(EurostatCitizenshipGroup.Unknown, EurostatCitizenship.Of((string?)null));
        Assert.Equal(CitizenshipGroup.ThirdCountry, Citizenship.Of([]));
    }

    [Theory]
    [InlineData(ExploitationPurpose.SexualExploitation, EurostatExploitationForm.SexualExploitation, EurostatExploitationHeading.SexualExploitation)]
    [InlineData(ExploitationPurpose.LabourExploitation, EurostatExploitationForm.LabourExploitation, EurostatExploitationHeading.LabourExploitation)]
    [InlineData(ExploitationPurpose.Begging, EurostatExploitationForm.Begging, EurostatExploitationHeading.OtherForms)]
    [InlineData(ExploitationPurpose.ForcedCriminality, EurostatExploitationForm.CriminalActivities, EurostatExploitationHeading.OtherForms)]
    [InlineData(ExploitationPurpose.OrganRemoval, EurostatExploitationForm.OrganRemoval, EurostatExploitationHeading.OtherForms)]
    [InlineData(ExploitationPurpose.Other, EurostatExploitationForm.Other, EurostatExploitationHeading.OtherForms)]
    public void Each_purpose_of_art_433quinquies_has_its_Eurostat_form(ExploitationPurpose purpose, EurostatExploitationForm form, EurostatExploitationHeading heading)
    {
        Assert.Equal(form, EurostatExploitation.Of(purpose));
        Assert.Equal(heading, EurostatExploitation.HeadingOf(form));
    }

    [Fact]
    public void Aggravated_smuggling_stays_out_of_the_trafficking_tables() =>
        Assert.Null(EurostatExploitation.Of(ExploitationPurpose.AggravatedSmuggling));

    [Theory]
    [InlineData(HtcdsGender.Feminine, EurostatSex.Female)]
    [InlineData(HtcdsGender.TransgenderFeminine, EurostatSex.Female)]
    [InlineData(HtcdsGender.Masculine, EurostatSex.Male)]
    [InlineData(HtcdsGender.TransgenderMasculine, EurostatSex.Male)]
    [InlineData(HtcdsGender.NonConforming, EurostatSex.Unknown)]
    [InlineData(HtcdsGender.NonSpecifiedUnknown, EurostatSex.Unknown)]
    public void Htcds_gender_maps_to_Eurostat_sex(HtcdsGender gender, EurostatSex expected) =>
        Assert.Equal(expected, SexBreakdown.Of(gender));
}
