using NodaTime;
using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Residence;

public sealed record RecordedAlternative(AlternativeKind Kind, LocalDate On, LegalBasis Basis);
