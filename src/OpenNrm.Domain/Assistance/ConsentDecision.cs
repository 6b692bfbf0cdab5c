using System.Diagnostics.CodeAnalysis;
using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// Whether a disclosure for a purpose is covered by consent at a moment: the governing record when it is, the
/// refusal with its reason when it is not.
/// </summary>
/// <param name="Governing">The record that decides the purpose at that moment, if any was given by then.</param>
/// <param name="Basis">On an allowed answer, the texts under which the disclosure may be made.</param>
public sealed record ConsentDecision(ConsentRecord? Governing, AssistanceRefusal? Refusal, LegalBasis Basis)
{
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool IsAllowed => Refusal is null;
}
