using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Residence;

/// <summary>
/// A step that could be taken on the evaluation date, who is competent for it, and what stands in its way.
/// <see cref="Document"/> is the document the step would issue or renew, where that is known.
/// </summary>
public sealed record NextStep(
    NextStepKind Kind,
    CompetentActor Actor,
    LegalBasis ActorBasis,
    DocumentType? Document,
    IReadOnlyList<UnmetCondition> UnmetConditions)
{
    public bool IsAllowed => UnmetConditions.Count == 0;
}
