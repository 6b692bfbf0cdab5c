using NodaTime;

namespace OpenNrm.Domain.Residence;

/// <summary>Entering the procedure and the reflection period.</summary>
internal static class OpeningRules
{
    public static IReadOnlyList<UnmetCondition> Open(ProcedureFacts facts, bool isThirdCountryNational)
    {
        var unmet = new List<UnmetCondition>();
        if (!isThirdCountryNational)
        {
            unmet.Add(new(ConditionCode.NotThirdCountryNational,
                "The residence procedure is for third-country nationals only; EU citizens and Belgians are assisted as victims without it",
                ResidenceArticles.ThirdCountryNationalsOnly));
        }

        if (facts.IsOpened)
        {
            unmet.Add(new(ConditionCode.ProcedureAlreadyOpened,
                $"The procedure was already opened on {Wording.Date(facts.OpenedOn!.Value)}",
                ResidenceArticles.OpeningByRecognisedCentre));
        }

        return unmet;
    }

    public static IReadOnlyList<UnmetCondition> IssueReflectionDocument(ProcedureFacts facts, LocalDate on) =>
        facts.Document is { } held
            ? [new(ConditionCode.DocumentAlreadyIssued,
                $"A first document ({Wording.Of(held.Type)}) was already issued on {Wording.Date(held.IssuedOn)}",
                ReflectionDocumentLaw.BasisFor(facts.IsUnaccompaniedMinor, on))]
            : [];

    /// <summary>The type recorded must be the one the law in force on that date gives this person.</summary>
    public static IReadOnlyList<UnmetCondition> ReflectionDocumentType(
        ProcedureFacts facts, DocumentType recorded, LocalDate on)
    {
        var expected = ReflectionDocumentLaw.DocumentFor(facts.IsUnaccompaniedMinor, on);
        return recorded == expected
            ? []
            : [new(ConditionCode.DocumentTypeNotApplicable,
                $"On {Wording.Date(on)} the reflection document for this person is the {Wording.Of(expected)}, not the {Wording.Of(recorded)}",
                ReflectionDocumentLaw.BasisFor(facts.IsUnaccompaniedMinor, on))];
    }
}
