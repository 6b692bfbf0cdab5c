using OpenNrm.Domain.Detection;
using OpenNrm.Domain.Residence;
using OpenNrm.Web.Features.Shared;

namespace OpenNrm.Tests;

public sealed class DisplayNamesTests
{
    public static TheoryData<Enum, string> Cases => new()
    {
        { ProcedureStage.PresumedVictim, "Presumed victim" },
        { DocumentType.ACard, "A card" },
        { LegalDutyKind.SendAdministrativeReportToImmigrationOffice, "Send administrative report to immigration office" },
        { CompetentActor.ImmigrationOfficeThbUnit, "Immigration office THB unit" },
        { HtcdsGender.NonSpecifiedUnknown, "Non specified unknown" },
        { CitizenshipGroup.OtherEu, "Other EU" },
        { OpenNrm.Domain.Assistance.ConsentPurpose.ShareWithPcsw, "Share with PCSW" },
        { OpenNrm.Domain.Assistance.AssistanceType.PsychosocialAndMedical, "Psychosocial and medical" },
        { Domain.Detection.Indicators.ExploitationForm.ForcedLabourIlo, "Forced labour ILO" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Enum_values_read_as_words(Enum value, string expected) => Assert.Equal(expected, DisplayNames.Words(value));
}
