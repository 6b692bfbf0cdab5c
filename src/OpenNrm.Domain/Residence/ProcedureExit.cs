using NodaTime;
using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Residence;

public sealed record ProcedureExit(ExitReason Reason, LocalDate On, LegalBasis Basis);
