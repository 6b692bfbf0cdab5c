using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Residence;

/// <summary>
/// A step that could be taken on the evaluation date, who is competent for it, and what stands in its way.
/// <see cref="Document"/> is the document the step would issue or renew, where that is known. <see cref="Answers"/>
/// is the centre's pending application that an Immigration Office decision would answer; null when the decision
/// would be taken without one.
/// </summary>
public sealed record NextStep(
    NextStepKind Kind,
    CompetentActor Actor,
    LegalBasis ActorBasis,
    DocumentType? Document,
    IReadOnlyList<UnmetCondition> UnmetConditions,
    DocumentApplied? Answers = null)
{
    public bool IsAllowed => UnmetConditions.Count == 0;
}
