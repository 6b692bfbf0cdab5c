namespace OpenNrm.Domain.Assistance;

/// <summary>The kinds of record a centre keeps, each with its own retention period.</summary>
public enum RecordClass
{
    SupportCase,
    CaseNote,
    MedicalNote,
    Attachment,
    ConsentRecord,
    AuditEntry,

    /// <summary>Counts for the rapporteur, built so that they identify nobody; they are not personal data.</summary>
    StatisticsAggregate,
}
