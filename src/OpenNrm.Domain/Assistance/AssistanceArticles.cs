using OpenNrm.Domain.Common;

namespace OpenNrm.Domain.Assistance;

/// <summary>
/// Every citation the assistance rules use, in one place so that a change of text is one edit. Where a rule is the
/// product's own choice rather than the law's, its citation says so, so that nobody mistakes it for a legal limit.
/// </summary>
public static class AssistanceArticles
{
    /// <summary>
    /// The seven kinds of assistance the recognised centres give. The EMN Belgium study (2022, 5.1) draws its table of
    /// assistance from section 4 of the Circular.
    /// </summary>
    public static readonly LegalBasis Assistance = new("Circular of 23 December 2016, 4");

    /// <summary>The rules that keep a support plan a true record of what was done are the product's.</summary>
    public static readonly LegalBasis SupportPlan = new("Circular of 23 December 2016, 4; product rule (a support plan records what was really done)");

    /// <summary>Support lasts 3 to 5 years on average: an observation of practice, not a limit in law.</summary>
    public static readonly LegalBasis SupportDuration = new("EMN Belgium 2022, 7.2 (support for 3 to 5 years on average; not a legal limit)");

    /// <summary>Minor victims are referred to reception structures made for them (Esperanto, Minor Ndako).</summary>
    public static readonly LegalBasis MinorsShelter = new("Circular of 23 December 2016, 6.2.1.2");

    /// <summary>A shelter houses no more persons than it has places: a product rule serving safe accommodation.</summary>
    public static readonly LegalBasis ShelterCapacity = new("Circular of 23 December 2016, 4 (appropriate and safe accommodation); product rule (no more residents than places)");

    /// <summary>
    /// Subsistence through the local PCSW, equal to the integration income during the residence procedure. Art. 1 gives
    /// everyone the right to social assistance, art. 57 §1 makes the PCSW the body that provides it, and art. 60 §3
    /// (the seed's source) lets it grant material help in the most appropriate form.
    /// </summary>
    public static readonly LegalBasis Subsistence = new("Organic Act of 8 July 1976 on PCSWs, art. 1, 57 §1 and 60 §3; Circular of 23 December 2016, 5.2.1");

    /// <summary>
    /// A referral decided by the PCSW stays as it was decided; only one referral waits for an answer at a time, so two
    /// centres of social welfare are never asked to pay the same living costs. Both are the product's rules.
    /// </summary>
    public static readonly LegalBasis SubsistenceReferral = new($"{Subsistence.Citation}; product rule (one pending referral at a time, a decision is final)");

    /// <summary>
    /// The reflection period lets the victim reflect on a voluntary return; Fedasil organises it with IOM and Caritas
    /// International. One referral at a time, and a withdrawn one stays withdrawn, are the product's rules.
    /// </summary>
    public static readonly LegalBasis VoluntaryReturn = new("Circular of 23 December 2016, 5.2.2; EMN Belgium 2022, 6.2 (Fedasil with IOM and Caritas International); product rule (one referral at a time)");

    /// <summary>Interpretation by the centre, and in criminal proceedings by the court.</summary>
    public static readonly LegalBasis Interpretation = new("Circular of 23 December 2016, 4; Law of 15 June 1935 on the use of languages in judicial matters, art. 31 and 32");

    /// <summary>An interpretation request moves request, confirmation, then the session or its cancellation: the product's rule.</summary>
    public static readonly LegalBasis InterpretationRequest = new($"{Interpretation.Citation}; product rule (a request is confirmed before it is held; done and cancelled are final)");

    /// <summary>Second-line legal aid, free in full or in part, for persons whose income is insufficient.</summary>
    public static readonly LegalBasis LegalAid = new("Judicial Code art. 508/13");

    /// <summary>
    /// The lawyer alert. Its period is a product rule answering the national rapporteur's finding that lawyers were
    /// appointed only at the very end of the criminal procedure.
    /// </summary>
    public static readonly LegalBasis LawyerAppointment = new("Circular of 23 December 2016, 4 (legal assistance); product rule after Myria's finding of late appointments (EMN Belgium 2022, 7.1)");

    /// <summary>On a voluntary return, useful information may go to the federal police or the reference magistrate, with consent.</summary>
    public static readonly LegalBasis InformOnVoluntaryReturn = new("Circular of 23 December 2016, 5.2.5.4");

    /// <summary>
    /// The centre's staff are bound by professional secrecy; recognition depends on it. Art. 458 is the article of the
    /// Criminal Code of 8 June 1867; if a new Criminal Code is in force on the date of a decision, check the number.
    /// </summary>
    public static readonly LegalBasis ProfessionalSecrecy = new("Criminal Code art. 458; Royal Decree of 18 April 2013 on the recognition of specialised centres");

    /// <summary>Consent as the lawful basis of a disclosure, and the conditions it must meet.</summary>
    public static readonly LegalBasis Consent = new("GDPR art. 6(1)(a) and art. 7");

    /// <summary>Consent may be withdrawn at any time, and withdrawing must be as easy as giving.</summary>
    public static readonly LegalBasis Withdrawal = new("GDPR art. 7(3)");

    /// <summary>Health data is special-category data: its disclosure needs explicit consent.</summary>
    public static readonly LegalBasis HealthData = new("GDPR art. 9(2)(a)");

    /// <summary>After a withdrawal the data must be erased and every recipient told.</summary>
    public static readonly LegalBasis RecipientsOfWithdrawal = new("GDPR art. 7(3), art. 17(1)(b) and art. 19");

    /// <summary>Personal data is kept no longer than necessary.</summary>
    public static readonly LegalBasis StorageLimitation = new("GDPR art. 5(1)(e)");

    /// <summary>Anonymous aggregates are not personal data, so storage limitation does not reach them.</summary>
    public static readonly LegalBasis NotPersonalData = new("GDPR art. 5(1)(e) and recital 26 (anonymous information)");

    /// <summary>The data subject's right to know what is held, who received it and for how long it is kept.</summary>
    public static readonly LegalBasis RightOfAccess = new("GDPR art. 15");

    /// <summary>The time to answer a data subject's request.</summary>
    public static readonly LegalBasis AnswerTime = new("GDPR art. 12(3)");

    /// <summary>Reintegration support after a voluntary return lasts at most a year: the programme's rule, not a statute.</summary>
    public static readonly LegalBasis Reintegration = new("Fedasil reintegration programme (product rule: at most 1 year; EMN Belgium 2022, 6.2)");

    /// <summary>
    /// Care notes (medical, psychological) are health data kept under professional secrecy: only the centre's
    /// caseworkers and coordinators, who are bound by it, read them. Which roles those are is the product's rule.
    /// </summary>
    public static readonly LegalBasis CareNotes = new("GDPR art. 9(2)(h) and 9(3); Criminal Code art. 458; product rule (care notes are read by the centre's caseworkers and coordinators only)");
}
