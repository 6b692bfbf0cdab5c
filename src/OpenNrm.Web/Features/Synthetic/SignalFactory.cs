using NodaTime;
using OpenNrm.Domain.Access;
using OpenNrm.Domain.Audit;
using OpenNrm.Domain.Detection;
using OpenNrm.Domain.Geography;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Cases;
using OpenNrm.Web.Features.Detection;

namespace OpenNrm.Web.Features.Synthetic;

/// <summary>A detected person as the rest of the path needs them: the file, the signal's entry, and the facts routing reads.</summary>
internal sealed record DetectedPerson(CaseFile File, SignalPerson Person, Nationality Nationality, ExploitationPurpose Purpose, string[] Languages);

/// <summary>A signal with its persons, files and duties, in the shape <see cref="SignalService"/> records one.</summary>
internal sealed record GeneratedSignal(Signal Signal, string Organisation, Guid Officer, Place? Place, DetectedPerson[] Persons);

/// <summary>
/// Builds one signal as a frontline service records it: when and where, the context, each person with their own
/// file (name encrypted at rest by the same converter, keyed hash by the same <c>BlindIndex</c>), the indicator
/// result and the legal duties of <see cref="LegalDuties"/>, some of them already carried out.
/// </summary>
internal static class SignalFactory
{
    public static GeneratedSignal Build(GenerationContext g, DateTimeOffset detectedAt, int maxPersons, Func<string> nextReference)
    {
        var r = g.Random;
        var main = PopulationProfile.NationalityMix.Pick(r);
        var purpose = main.Exploitation.Pick(r);
        var context = PopulationProfile.ContextsFor(purpose).Pick(r);
        var (postalCode, municipality) = context switch
        {
            DetectionContext.DetentionCentre => Places.DetentionCentres.Pick(r),
            DetectionContext.AsylumRegistration or DetectionContext.DiplomaticStaffInterview => ("1000", "Brussels"),
            _ => Places.Detection.Pick(r),
        };
        var place = BelgianPlaces.Find(postalCode);
        var organisation = Places.DetectingOrganisation(r, context, place);
        var officer = g.Staff.Pick(r, organisation);
        var createdAt = Min(detectedAt.AddMinutes(r.Between(20, 360)), g.Horizon.AddMinutes(-1));
        var signal = new Signal(Guid.CreateVersion7(), detectedAt, municipality, context, BelgianReferenceData.IdFor(organisation), officer,
            Circumstances.For(r, purpose), createdAt);
        signal.Place(place);
        var service = ServiceOf(organisation);
        var size = Math.Min(PopulationProfile.GroupSize(r, context), maxPersons);
        var persons = new DetectedPerson[size];
        for (var i = 0; i < size; i++)
        {
            // Groups met together mostly share a country and a form of exploitation.
            var nationality = i == 0 || r.Chance(0.7) ? main : PopulationProfile.NationalityMix.Pick(r);
            var personPurpose = i == 0 || r.Chance(0.8) ? purpose : nationality.Exploitation.Pick(r);
            persons[i] = Person(g, signal, i, nationality, personPurpose, service, organisation, officer, nextReference());
            signal.Add(persons[i].Person);
        }

        g.Counts.Signals++;
        g.Counts.Persons += size;
        g.Audit(createdAt, AuditEventType.SignalRecorded, "Signal", signal.Id, officer, organisation, details: $"persons={size}");
        return new GeneratedSignal(signal, organisation, officer, place, persons);
    }

    private static DetectedPerson Person(GenerationContext g, Signal signal, int position, Nationality nationality, ExploitationPurpose purpose,
        DetectingService service, string organisation, Guid officer, string reference)
    {
        var r = g.Random;
        var gender = PopulationProfile.Gender(r, purpose);
        var (from, to) = PopulationProfile.AgeBands.Pick(r);
        var age = r.Between(from, to);
        var detectionDay = Timeline.DateOf(signal.DetectedAt);
        LocalDate? birthDate = r.Chance(0.65) ? detectionDay.PlusYears(-age).PlusDays(-r.Between(0, 364)) : null;
        int? estimatedAge = birthDate is null ? age : null;
        // As SignalService decides it: by birth date at the detection, else by the estimated age.
        var minor = birthDate is { } b ? Period.Between(b, detectionDay, PeriodUnits.Years).Years < 18 : age < 18;
        var unaccompanied = minor && r.Chance(0.7);
        var given = gender switch
        {
            HtcdsGender.Feminine or HtcdsGender.TransgenderFeminine => r.Pick(nationality.FemaleNames),
            HtcdsGender.Masculine or HtcdsGender.TransgenderMasculine => r.Pick(nationality.MaleNames),
            HtcdsGender.NonConforming or HtcdsGender.NonSpecifiedUnknown => r.Pick(r.Chance(0.5) ? nationality.FemaleNames : nationality.MaleNames),
        };
        var name = given + " " + r.Pick(nationality.FamilyNames);
        var alias = r.Chance(0.1) ? r.Pick(r.Chance(0.5) ? nationality.FemaleNames : nationality.MaleNames) : string.Empty;
        var purposes = r.Chance(0.08) && purpose is ExploitationPurpose.LabourExploitation or ExploitationPurpose.SexualExploitation
            ? new[] { ExploitationPurpose.LabourExploitation, ExploitationPurpose.SexualExploitation }
            : [purpose];
        var (list, codes, present) = Indications.Draw(r, minor, purpose);
        var citizenship = Citizenship.Of([nationality.Code]);

        var file = new CaseFile(Guid.CreateVersion7(), reference, name, g.BlindIndex.Compute(name), BelgianReferenceData.IdFor(organisation), signal.CreatedAt);
        var person = new SignalPerson(Guid.CreateVersion7(), signal.Id, position, file.Id, alias, gender, birthDate, estimatedAge, nationality.Code,
            string.Join(',', nationality.Languages), minor, unaccompanied, citizenship, string.Join(',', purposes), list?.Id, string.Join(',', codes), present);
        foreach (var duty in LegalDuties.For(service, new DetectedPersonFacts(citizenship, minor, unaccompanied)))
        {
            var record = new SignalDuty(Guid.CreateVersion7(), person.Id, duty.Kind, duty.Basis.Citation);
            person.Add(record);
            // Referring is done by the referral itself; the other duties mostly within hours of the signal.
            var (share, maxMinutes) = duty.Kind switch
            {
                LegalDutyKind.InformPerson => (0.93, 120),
                LegalDutyKind.NotifyProsecutor => (0.9, 600),
                LegalDutyKind.SendAdministrativeReportToImmigrationOffice => (0.86, 2880),
                LegalDutyKind.ReportToGuardianshipService => (0.9, 1440),
                LegalDutyKind.InformThbUnitAndCentres => (0.95, 60),
                LegalDutyKind.ReferToSpecialisedCentre or LegalDutyKind.ReleaseAndTransferToCentre => (0.0, 0),
            };
            var doneAt = signal.CreatedAt.AddMinutes(r.Between(0, maxMinutes));
            if (r.Chance(share) && g.HasHappened(doneAt))
            {
                record.MarkDone(officer, doneAt);
                g.Audit(doneAt, AuditEventType.SignalDutyDone, "Signal", signal.Id, officer, organisation, details: duty.Kind.ToString());
            }
        }

        return new DetectedPerson(file, person, nationality, purpose, nationality.Languages);
    }

    private static DetectingService ServiceOf(string organisation) =>
        BelgianReferenceData.Organisations.First(o => o.Code == organisation).Kind switch
        {
            OrganisationKind.Police => DetectingService.Police,
            OrganisationKind.SocialInspection or OrganisationKind.LabourInspection => DetectingService.SocialOrLabourInspection,
            _ => DetectingService.OtherFrontlineService,
        };

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
