namespace OpenNrm.Domain.Assistance;

/// <summary>
/// What a document kept on a support case is. A closed list, so that a caseworker finds the passport without opening
/// every file, and so that the victim's answer to an access request can say which kinds of document are held.
/// </summary>
public enum AttachmentType
{
    /// <summary>A passport, travel document or identity card: the victim must try to prove identity (Immigration Act art. 61/3 §4).</summary>
    IdentityDocument,

    /// <summary>A certificate: medical, schooling, work, a registration with a municipality or a PCSW.</summary>
    Certificate,

    /// <summary>A consent form the victim signed.</summary>
    ConsentForm,

    Other,
}
