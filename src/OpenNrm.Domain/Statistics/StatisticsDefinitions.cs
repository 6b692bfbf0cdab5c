using OpenNrm.Domain.Detection;
using OpenNrm.Domain.Proceedings;
using OpenNrm.Domain.Residence;

namespace OpenNrm.Domain.Statistics;

/// <summary>
/// The catalogue of indicators the national rapporteur publishes and Eurostat asks for (crim_thb). The application
/// computes the figures; this catalogue fixes what they mean. A change of any definition is a new
/// <see cref="DefinitionsVersion"/>, stored with every figure, so that a five-year trend never silently mixes two
/// meanings of the same title.
/// </summary>
/// <remarks>
/// Common to all: the reference year is the calendar year of the counted event; a person's age is taken on the date
/// of that event (see <see cref="AgeBands"/>); victims of aggravated smuggling are counted in the national tables
/// but left out of Eurostat's trafficking tables (see <see cref="EurostatExploitation"/>).
/// </remarks>
public static class StatisticsDefinitions
{
    public const string DefinitionsVersion = "2026.4";

    private static readonly Breakdown[] VictimProfile =
    [
        Breakdown.Sex, Breakdown.EurostatAgeBand, Breakdown.ImmigrationOfficeAgeBand, Breakdown.EurostatCitizenship,
        Breakdown.Nationality, Breakdown.EurostatExploitationForm,
    ];

    // Eurostat asks for suspected, prosecuted and convicted persons by sex and citizenship only.
    private static readonly Breakdown[] OffenderProfile = [Breakdown.Sex, Breakdown.EurostatCitizenship];

    public static readonly IndicatorDefinition PersonsDetected = new(
        "persons-detected",
        "Persons detected",
        "Distinct persons with at least one signal of possible trafficking dated in the reference year, placed by the first signal of that year; a person signalled again in a later year is counted again in that year.",
        CountingUnit.Persons, DataHolder.FrontlineServices, VictimProfile, LegalDuties.Inform);

    public static readonly IndicatorDefinition PersonsReferred = new(
        "persons-referred",
        "Persons referred to a specialised centre",
        "Distinct persons whose first referral of the reference year to PAG-ASA, Payoke or Sürya is dated in that year, whoever referred them.",
        CountingUnit.Persons, DataHolder.FrontlineServices, [.. VictimProfile, Breakdown.SpecialisedCentre], LegalDuties.PoliceAndInspection);

    public static readonly IndicatorDefinition PersonsEnteringProcedure = new(
        "persons-entering-procedure",
        "Persons who entered the residence procedure",
        "Distinct persons whose reflection period (or, for an unaccompanied minor, the 3-month document from the start) began in the reference year; presumed victims in Eurostat's sense.",
        CountingUnit.Persons, DataHolder.SpecialisedCentres, VictimProfile, ResidenceArticles.OpeningByRecognisedCentre);

    public static readonly IndicatorDefinition PersonsIdentified = new(
        "persons-identified",
        "Persons identified as victims",
        "Distinct persons whom a public prosecutor confirmed in the reference year as a victim of trafficking; identified victims in Eurostat's sense.",
        CountingUnit.Persons, DataHolder.PublicProsecutors, VictimProfile, ResidenceArticles.ProsecutorIdentification);

    public static readonly IndicatorDefinition DocumentsIssued = new(
        "documents-issued",
        "Residence documents issued",
        "Residence documents of the procedure issued in the reference year, by type; each first issue and each renewal counts once, a withdrawn document still counts.",
        CountingUnit.Documents, DataHolder.ImmigrationOffice, [Breakdown.DocumentType, Breakdown.Sex, Breakdown.ImmigrationOfficeAgeBand, Breakdown.Nationality], ResidenceArticles.DocumentDecisions);

    public static readonly IndicatorDefinition PermanentPermits = new(
        "permanent-permits",
        "Persons granted a permit of unlimited duration",
        "Distinct persons to whom the Immigration Office issued the B-card of the procedure in the reference year.",
        CountingUnit.Persons, DataHolder.ImmigrationOffice, VictimProfile, ResidenceArticles.BCard);

    public static readonly IndicatorDefinition Exits = new(
        "procedure-exits",
        "Exits from the procedure",
        "Distinct persons whose residence procedure ended in the reference year without a permit of unlimited duration, by the reason recorded at the end.",
        CountingUnit.Persons, DataHolder.ImmigrationOffice, [Breakdown.ExitReason, .. VictimProfile], ResidenceArticles.DocumentDecisions);

    public static readonly IndicatorDefinition PersonsAssisted = new(
        "persons-assisted",
        "Victims assisted by the specialised centres",
        "Distinct persons who received support from a specialised centre on at least one day of the reference year, new or followed from earlier years, whatever their nationality (Belgian and EU citizens included).",
        CountingUnit.Persons, DataHolder.SpecialisedCentres, [.. VictimProfile, Breakdown.SpecialisedCentre], StatisticsArticles.Assistance);

    public static readonly IndicatorDefinition PersonsSuspected = new(
        "persons-suspected",
        "Persons suspected of trafficking",
        "Distinct persons the police registered in the reference year as suspected of trafficking in human beings, counted once however many offences they are suspected of; suspected persons in Eurostat's sense.",
        CountingUnit.Persons, DataHolder.FrontlineServices, OffenderProfile, StatisticsArticles.TraffickingOffence);

    public static readonly IndicatorDefinition ProceedingsOpened = new(
        "proceedings-opened",
        "Criminal proceedings opened",
        "Cases registered by the prosecutors' offices in the reference year with trafficking in human beings as an offence.",
        CountingUnit.Cases, DataHolder.PublicProsecutors, [Breakdown.EurostatExploitationForm], StatisticsArticles.TraffickingOffence);

    public static readonly IndicatorDefinition VictimsInProceedings = new(
        "victims-in-proceedings",
        "Victims linked to criminal proceedings opened",
        "Distinct persons linked as victims to at least one criminal case opened in the reference year, counted once however many cases, placed by the earliest of those cases.",
        CountingUnit.Persons, DataHolder.PublicProsecutors, VictimProfile, StatisticsArticles.VictimsInProceedings);

    public static readonly IndicatorDefinition ProceedingsCharged = new(
        "proceedings-charged",
        "Criminal proceedings brought before a trial court",
        "Criminal cases that a prosecutor brought before the trial court in the reference year, by a referral of the council chamber or a direct summons, counted once, by whether trafficking in human beings was among the charges.",
        CountingUnit.Cases, DataHolder.PublicProsecutors, [Breakdown.TraffickingCharge, Breakdown.ChargeRoute, Breakdown.EurostatExploitationForm],
        ProceedingsArticles.SeizureOfTheTrialCourt);

    public static readonly IndicatorDefinition PersonsCharged = new(
        "persons-charged",
        "Persons prosecuted for trafficking",
        "Distinct suspects against whom a prosecutor retained trafficking in human beings in the charges in the reference year; prosecuted persons in Eurostat's sense.",
        CountingUnit.Persons, DataHolder.PublicProsecutors, OffenderProfile, StatisticsArticles.TraffickingOffence);

    public static readonly IndicatorDefinition ProceedingsDismissed = new(
        "proceedings-dismissed",
        "Criminal proceedings dismissed",
        "Criminal cases the prosecutor dismissed in the reference year, counted once even when reopened and dismissed again within the year, by the reason of the year's first dismissal.",
        CountingUnit.Cases, DataHolder.PublicProsecutors, [Breakdown.DismissalReason, Breakdown.EurostatExploitationForm], ProceedingsArticles.Dismissal);

    public static readonly IndicatorDefinition ConvictionJudgments = new(
        "conviction-judgments",
        "Judgments of conviction",
        "Judgments delivered in the reference year in the criminal cases of the register, at first instance or on appeal, that convict on at least one count (a conviction or a partial conviction), by whether the court found trafficking in human beings proven; a case judged twice in the year counts twice.",
        CountingUnit.Judgments, DataHolder.PublicProsecutors, [Breakdown.TraffickingFinding, Breakdown.CourtInstance, Breakdown.CaseLawCategory],
        ProceedingsArticles.Judgment);

    public static readonly IndicatorDefinition PersonsConvicted = new(
        "persons-convicted",
        "Persons convicted of trafficking",
        "Distinct persons convicted of trafficking in human beings by a judgment delivered in the reference year, counted once however many victims or counts the judgment covers.",
        CountingUnit.Persons, DataHolder.CriminalPolicyDepartment, OffenderProfile, StatisticsArticles.TraffickingOffence);

    public static readonly IndicatorDefinition VictimsCompensated = new(
        "victims-compensated",
        "Victims awarded compensation",
        "Distinct victims awarded compensation in the reference year by a criminal or civil judgment, or granted financial aid by the Commission for financial aid to victims of intentional acts of violence, whether or not it was paid.",
        CountingUnit.Persons, DataHolder.CriminalPolicyDepartment, VictimProfile, StatisticsArticles.Compensation);

    /// <summary>The whole catalogue, in the order of the victim's path.</summary>
    public static IReadOnlyList<IndicatorDefinition> All { get; } =
    [
        PersonsDetected, PersonsReferred, PersonsEnteringProcedure, PersonsIdentified, DocumentsIssued,
        PermanentPermits, Exits, PersonsAssisted, PersonsSuspected, ProceedingsOpened, VictimsInProceedings, ProceedingsCharged, PersonsCharged,
        ProceedingsDismissed, ConvictionJudgments, PersonsConvicted, VictimsCompensated,
    ];

    /// <summary>The indicator with this id, or null if this version of the catalogue has none.</summary>
    public static IndicatorDefinition? Find(string id) => All.FirstOrDefault(d => d.Id == id);
}
