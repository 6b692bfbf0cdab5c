using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Detection;

public enum LegalDutyKind
{
    InformPerson,
    NotifyProsecutor,
    ReferToSpecialisedCentre,
    SendAdministrativeReportToImmigrationOffice,
    ReportToGuardianshipService,

    /// <summary>A return officer learns of a possible victim in detention: inform the THB unit and the centres at once.</summary>
    InformThbUnitAndCentres,

    /// <summary>A centre assessed the detained person as a possible victim: release from detention and transfer to the centre.</summary>
    ReleaseAndTransferToCentre,
}

/// <summary>The frontline services the Circular of 23 December 2016 gives different duties.</summary>
public enum DetectingService
{
    Police,
    SocialOrLabourInspection,
    OtherFrontlineService,
}

public sealed record LegalDuty(LegalDutyKind Kind, string Explanation, LegalBasis Basis);

/// <summary>The facts about one detected person that decide the duties.</summary>
public sealed record DetectedPersonFacts(CitizenshipGroup Citizenship, bool IsMinor, bool IsUnaccompanied);

/// <summary>
/// What the law asks of the service that met a potential victim (Circular of 23 December 2016, 3.1-3.3). The
/// result is the list to carry out, each with its source; it never depends on the indicator result, because the
/// duty to inform and refer arises from the indications the officer saw, not from a score.
/// </summary>
public static class LegalDuties
{
    public static readonly LegalBasis Inform = new("Circular of 23 December 2016, 3.1-3.3; Immigration Act art. 61/2 §1");
    public static readonly LegalBasis PoliceAndInspection = new("Circular of 23 December 2016, 3.1 and 3.2");
    public static readonly LegalBasis AdministrativeReport = new("Circular of 23 December 2016, 3.1");
    public static readonly LegalBasis Guardianship = new("Circular of 23 December 2016, 3.3");

    public static IReadOnlyList<LegalDuty> For(DetectingService service, DetectedPersonFacts person)
    {
        var duties = new List<LegalDuty>
        {
            new(LegalDutyKind.InformPerson, "Inform the person of the protection procedure for victims; police and inspection services hand over the multilingual leaflet.", Inform),
        };
        if (service is DetectingService.Police or DetectingService.SocialOrLabourInspection)
        {
            duties.Add(new(LegalDutyKind.NotifyProsecutor, "Inform the competent public prosecutor (reference magistrate for trafficking).", PoliceAndInspection));
            duties.Add(new(LegalDutyKind.ReferToSpecialisedCentre, "Contact a specialised centre (PAG-ASA, Payoke or Sürya), reachable day and night.", PoliceAndInspection));
            if (person.Citizenship == CitizenshipGroup.ThirdCountry)
            {
                duties.Add(new(LegalDutyKind.SendAdministrativeReportToImmigrationOffice,
                    "Send the Immigration Office the administrative report with the box \"trafficking in human beings\" ticked, so that no return decision is taken.",
                    AdministrativeReport));
            }
        }

        if (person.IsMinor && person.IsUnaccompanied && person.Citizenship != CitizenshipGroup.Belgian)
        {
            duties.Add(new(LegalDutyKind.ReportToGuardianshipService, "Report the unaccompanied minor to the Guardianship Service with the standard form.", Guardianship));
        }

        return duties;
    }
}
