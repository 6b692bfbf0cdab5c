namespace OpenNrm.Domain.Assistance;

/// <summary>How much of the lawyer's cost second-line legal aid covers.</summary>
public enum LegalAidLevel
{
    Full,
    Partial,
    NotEligible,
}
