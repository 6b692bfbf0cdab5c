using OpenNrm.Domain.Common;
using OpenNrm.Domain.Detection;

namespace OpenNrm.Web.Features.Leaflet;

public sealed record ShippedLeaflet(string Language, string Title, string Body);

/// <summary>
/// The leaflet as shipped, in the three national languages used by frontline services. Plain words for a person
/// who may be frightened, tired and reading a second language. No phone numbers are printed: numbers change, and
/// the officer contacts the centre for the person. Administrators may reword the texts and add languages.
/// </summary>
public static class LeafletDefaults
{
    /// <summary>What the shipped texts rest on, shown to whoever edits them.</summary>
    public static readonly IReadOnlyList<LegalBasis> Sources =
    [
        LegalDuties.Inform,
        new("Immigration Act art. 61/2 §2 (reflection period of 45 days)"),
        new("Immigration Act art. 61/3 §1 (complaint or statements, and support of a specialised centre)"),
        new("Criminal Code art. 433quinquies §5 (non-punishment)"),
    ];

    public static readonly IReadOnlyList<ShippedLeaflet> All =
    [
        new("en", "Help and protection for victims of human trafficking", """
            You may be a victim of trafficking in human beings. Someone may have exploited you: made you work in bad conditions, taken your money or your papers, or forced you to do things you did not want to do. This is a crime in Belgium. It is not your fault.

            You have rights, whatever your situation.

            A specialised centre can help you: PAG-ASA in Brussels, Payoke in Antwerp or Sürya in Liège. Their help is free and confidential, day and night, every day. The officer who gave you this leaflet will contact a centre for you.

            Belgium has a protection procedure for victims. If you are not a citizen of a European Union country, you can get a reflection period of 45 days to rest, get advice and decide what to do. During this period, you will not be removed from Belgium.

            You can file a complaint or make statements to the police or the public prosecutor about what happened to you. To stay in the procedure, you must also stop all contact with the people who exploited you and accept the support of a specialised centre.

            You can get a safe place to stay, medical care, psychological support and legal help. You can ask for an interpreter.

            Belgian law says that a victim of trafficking is not punished for offences they had to commit as a direct result of being exploited.

            Keep this leaflet. You can ask questions at any time.
            """),
        new("fr", "Aide et protection pour les victimes de la traite des êtres humains", """
            Vous êtes peut-être victime de la traite des êtres humains. Quelqu'un vous a peut-être exploité(e) : vous a fait travailler dans de mauvaises conditions, a pris votre argent ou vos papiers, ou vous a forcé(e) à faire des choses contre votre volonté. C'est un crime en Belgique. Ce n'est pas votre faute.

            Vous avez des droits, quelle que soit votre situation.

            Un centre spécialisé peut vous aider : PAG-ASA à Bruxelles, Payoke à Anvers ou Sürya à Liège. Leur aide est gratuite et confidentielle, jour et nuit, tous les jours. L'agent qui vous a remis ce dépliant contactera un centre pour vous.

            Une procédure de protection existe en Belgique pour les victimes. Si vous n'êtes pas citoyen(ne) d'un pays de l'Union européenne, vous pouvez recevoir une période de réflexion de 45 jours pour vous reposer, être conseillé(e) et décider de la suite. Pendant cette période, vous ne serez pas éloigné(e) de la Belgique.

            Vous pouvez porter plainte ou faire des déclarations à la police ou au procureur du Roi sur ce qui vous est arrivé. Pour rester dans la procédure, vous devez aussi couper tout contact avec les personnes qui vous ont exploité(e) et accepter l'accompagnement d'un centre spécialisé.

            Vous pouvez recevoir un logement sûr, des soins médicaux, un soutien psychologique et une aide juridique. Vous pouvez demander un interprète.

            La loi belge prévoit qu'une victime de la traite n'est pas punie pour les infractions qu'elle a dû commettre en conséquence directe de son exploitation.

            Gardez ce dépliant. Vous pouvez poser vos questions à tout moment.
            """),
        new("nl", "Hulp en bescherming voor slachtoffers van mensenhandel", """
            Misschien bent u slachtoffer van mensenhandel. Misschien heeft iemand u uitgebuit: u laten werken in slechte omstandigheden, uw geld of uw papieren afgenomen, of u gedwongen dingen te doen die u niet wilde. Dat is een misdrijf in België. Het is niet uw schuld.

            U hebt rechten, wat uw situatie ook is.

            Een gespecialiseerd centrum kan u helpen: PAG-ASA in Brussel, Payoke in Antwerpen of Sürya in Luik. Hun hulp is gratis en vertrouwelijk, dag en nacht, elke dag. De medewerker die u deze folder gaf, neemt voor u contact op met een centrum.

            België heeft een beschermingsprocedure voor slachtoffers. Als u geen burger bent van een land van de Europese Unie, kunt u een reflectieperiode van 45 dagen krijgen om tot rust te komen, advies te krijgen en te beslissen wat u wilt doen. Tijdens die periode wordt u niet uit België verwijderd.

            U kunt klacht indienen of verklaringen afleggen bij de politie of de procureur des Konings over wat u is overkomen. Om in de procedure te blijven, moet u ook elk contact verbreken met de mensen die u hebben uitgebuit en de begeleiding van een gespecialiseerd centrum aanvaarden.

            U kunt een veilige verblijfplaats, medische zorg, psychologische steun en juridische hulp krijgen. U kunt om een tolk vragen.

            De Belgische wet bepaalt dat een slachtoffer van mensenhandel niet gestraft wordt voor misdrijven die het moest plegen als rechtstreeks gevolg van zijn uitbuiting.

            Bewaar deze folder. U kunt altijd vragen stellen.
            """),
    ];
}
