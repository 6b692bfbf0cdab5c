using OpenNrm.Domain.Detection;
using OpenNrm.Domain.Referral;

namespace OpenNrm.Domain.Tests.Detection;

public sealed class DetentionDutiesTests
{
    [Theory]
    [InlineData(DetectionContext.DetentionCentre, true)]
    [InlineData(DetectionContext.PoliceControl, false)]
    [InlineData(DetectionContext.AsylumRegistration, false)]
    public void Only_a_detection_in_detention_asks_to_inform_the_thb_unit_and_the_centres(DetectionContext context, bool expected)
    {
        var duties = DetentionDuties.OnSignal(context);
        Assert.Equal(expected, duties.Any(d => d.Kind == LegalDutyKind.InformThbUnitAndCentres));
        Assert.All(duties, d => Assert.Contains("Immigration Office practice", d.Basis.Citation, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(DetectionContext.DetentionCentre, IntakeOutcome.EnteredResidenceProcedure, true)]
    [InlineData(DetectionContext.DetentionCentre, IntakeOutcome.AssistedWithoutProcedure, true)]
    [InlineData(DetectionContext.DetentionCentre, IntakeOutcome.NotPresumedVictim, false)]
    [InlineData(DetectionContext.DetentionCentre, IntakeOutcome.PersonDeclined, false)]
    [InlineData(DetectionContext.DetentionCentre, IntakeOutcome.Unreachable, false)]
    [InlineData(DetectionContext.PoliceControl, IntakeOutcome.EnteredResidenceProcedure, false)]
    public void Release_follows_a_centre_finding_a_possible_victim_in_detention(DetectionContext context, IntakeOutcome outcome, bool expected)
    {
        var duty = DetentionDuties.AfterCentreAssessment(context, outcome);
        Assert.Equal(expected, duty?.Kind == LegalDutyKind.ReleaseAndTransferToCentre);
    }
}
