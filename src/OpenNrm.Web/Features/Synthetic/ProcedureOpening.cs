using OpenNrm.Domain.Audit;
using OpenNrm.Domain.Detection;
using OpenNrm.Domain.Residence;
using OpenNrm.Web.Features.Access;
using OpenNrm.Web.Features.Residence;

namespace OpenNrm.Web.Features.Synthetic;

/// <summary>
/// The centre opens the residence procedure on the day of an intake that led to it, as <see cref="ResidenceService"/>
/// opens one: the competent prosecutor's office and the Immigration Office's THB unit join the file, a named
/// caseworker follows most procedures (the whole team the others). Then the path is walked and the summary kept.
/// </summary>
internal static class ProcedureOpening
{
    public static ResidenceProcedure? Open(GenerationContext g, GeneratedSignal signal, DetectedPerson detected, GeneratedReferral referral)
    {
        var r = g.Random;
        var openedAt = referral.IntakeDoneAt!.Value.AddMinutes(r.Between(10, 240));
        var prosecutor = Places.ProsecutorOffice(r, signal.Place, detected.Purpose == ExploitationPurpose.LabourExploitation);
        var caseworker = g.Staff.Pick(r, referral.CentreCode);
        var named = r.Chance(0.7);
        var openedOn = Timeline.DateOf(openedAt);
        if (!g.HasHappened(openedAt) || openedOn >= g.AsOf)
        {
            return null;
        }

        var opening = new ProcedureOpened(openedOn, IsThirdCountryNational: true, detected.Person.IsMinor && detected.Person.IsUnaccompanied);
        if (!ProcedureEvaluator.Decide([], opening).IsAllowed)
        {
            g.Counts.RefusedEvents++;
            return null;
        }

        var file = detected.File;
        var procedure = new ResidenceProcedure(Guid.CreateVersion7(), file.Id, referral.Referral.CentreId, BelgianReferenceData.IdFor(prosecutor), opening, openedAt,
            named ? caseworker : null);
        file.Involve(procedure.ProsecutorOfficeId, openedAt);
        file.Involve(BelgianReferenceData.IdFor("IO-THB"), openedAt);
        g.Counts.Procedures++;
        g.Audit(openedAt, AuditEventType.ProcedureOpened, "Procedure", procedure.Id, caseworker, referral.CentreCode, details: "case " + file.Id);
        new ProcedurePath(g, procedure, referral.CentreCode, prosecutor, caseworker).Walk();
        procedure.Summarise(g.AsOf);
        return procedure;
    }
}
