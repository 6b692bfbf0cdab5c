using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Statistics;

/// <summary>What one unit of an indicator is, so that two sources counting different things are never added up.</summary>
public enum CountingUnit
{
    /// <summary>Distinct persons, each counted once in the reference year however many events they had.</summary>
    Persons,

    /// <summary>Residence documents: every issue and every renewal is one.</summary>
    Documents,

    /// <summary>Criminal cases as the prosecutors' offices register them.</summary>
    Cases,

    /// <summary>Judgments of a criminal court: a case judged at first instance and on appeal has two.</summary>
    Judgments,
}

/// <summary>The actor whose records an indicator comes from (the six sources of the national rapporteur's report).</summary>
public enum DataHolder
{
    FrontlineServices,
    SpecialisedCentres,
    ImmigrationOffice,
    PublicProsecutors,
    CriminalPolicyDepartment,
}

/// <summary>The ways a count may be broken down in a published table.</summary>
public enum Breakdown
{
    Sex,
    EurostatAgeBand,
    ImmigrationOfficeAgeBand,
    EurostatCitizenship,
    Nationality,
    EurostatExploitationForm,
    DocumentType,
    ExitReason,
    SpecialisedCentre,

    /// <summary>Whether trafficking (Criminal Code art. 433quinquies) was among the charges brought before the trial court.</summary>
    TraffickingCharge,

    /// <summary>How the case reached the trial court: a referral of the council chamber or a direct summons.</summary>
    ChargeRoute,

    DismissalReason,

    /// <summary>Whether the judgment found trafficking proven.</summary>
    TraffickingFinding,

    /// <summary>First instance or appeal.</summary>
    CourtInstance,

    /// <summary>The headings of the rapporteur's case-law chapter (<see cref="Proceedings.ExploitationCategory"/>).</summary>
    CaseLawCategory,
}

/// <summary>
/// One indicator of the annual report: a stable <paramref name="Id"/> the application stores with every computed
/// figure, and a definition precise enough that two people counting the same records get the same number.
/// </summary>
public sealed record IndicatorDefinition(
    string Id,
    string Title,
    string Definition,
    CountingUnit Unit,
    DataHolder Source,
    IReadOnlyList<Breakdown> Breakdowns,
    LegalBasis Basis);
