using OpenNrm.Domain.Detection;

namespace OpenNrm.Web.Features.Synthetic;

/// <summary>
/// The shape of the victims' population the generator draws from, after the national rapporteur's profile for
/// 2015-2020 (Myria, as summarised in docs/DOMAIN.md section 7): all ages but many under 30, men and women
/// balanced, Morocco and Nigeria first, then Egypt, Algeria, Ukraine, Brazil, India, Pakistan, China and Vietnam,
/// and mostly labour or sexual exploitation. The smaller nationalities (including EU citizens and Belgians, who are
/// victims too but outside the residence procedure) fill the rest.
/// </summary>
internal static class PopulationProfile
{
    public static IReadOnlyList<Nationality> Nationalities { get; } =
    [
        Nationality.Of("MA", 14, "ar,fr", "Labour 55, Sexual 12, Criminality 15, Smuggling 10, Begging 8",
            "Mohamed,Youssef,Hamza,Karim,Said,Rachid,Omar,Mehdi,Anouar,Bilal", "Fatima,Khadija,Amina,Salma,Nadia,Houda,Imane,Samira,Zineb,Hajar",
            "El Amrani,Benali,Bouzid,El Idrissi,Tazi,Ouali,Chakir,Berrada,Amrani,Haddou,El Khattabi,Ziani"),
        Nationality.Of("NG", 13, "en", "Sexual 78, Labour 15, Criminality 5, Begging 2",
            "Osagie,Uche,Emeka,Chinedu,Osas,Tunde,Ifeanyi,Efosa,Kelvin,Samuel", "Blessing,Joy,Gift,Precious,Esther,Favour,Osarugue,Mercy,Faith,Peace",
            "Igbinosa,Okafor,Edo,Omoregie,Eze,Obi,Aigbe,Uwaifo,Nwosu,Osayande,Ehigiator,Adeyemi"),
        Nationality.Of("EG", 7, "ar", "Labour 62, Smuggling 28, Sexual 10",
            "Ahmed,Mahmoud,Mostafa,Tarek,Hany,Amr,Sherif,Islam", "Mona,Heba,Dina,Rania,Yasmin,Nour,Aya,Mariam",
            "Mahmoud,Hassan,Ibrahim,Abdelrahman,Fathy,Saleh,Gaber,Mansour,Farouk,Shalaby"),
        Nationality.Of("DZ", 6, "ar,fr", "Labour 40, Criminality 30, Smuggling 20, Sexual 10",
            "Amine,Bilal,Sofiane,Walid,Nassim,Redouane,Yacine,Karim", "Lina,Sarah,Meriem,Yasmine,Wafa,Nesrine,Amel,Sabrina",
            "Benali,Boudiaf,Khelifi,Mansouri,Haddad,Cherif,Saadi,Belkacem,Zerrouki,Hamidi"),
        Nationality.Of("UA", 6, "uk,ru", "Labour 68, Sexual 30, Criminality 2",
            "Dmytro,Oleksandr,Andriy,Serhiy,Mykola,Vitaliy,Taras,Bohdan", "Olena,Tetiana,Iryna,Natalia,Oksana,Yulia,Kateryna,Svitlana",
            "Kovalenko,Shevchenko,Bondarenko,Tkachenko,Kravchenko,Melnyk,Boyko,Koval,Savchenko,Rudenko"),
        Nationality.Of("BR", 5, "pt", "Labour 52, Sexual 48",
            "João,Lucas,Gabriel,Rafael,Thiago,Bruno,Mateus,Felipe", "Ana,Juliana,Fernanda,Camila,Larissa,Beatriz,Letícia,Bruna",
            "Silva,Santos,Oliveira,Souza,Pereira,Costa,Ferreira,Almeida,Carvalho,Gomes"),
        Nationality.Of("IN", 5, "hi,pa,en", "Labour 90, Sexual 10",
            "Rahul,Amit,Sandeep,Manpreet,Gurpreet,Vijay,Harjit,Sunil", "Priya,Anjali,Sunita,Harpreet,Pooja,Kavita,Simran,Neha",
            "Singh,Kumar,Sharma,Kaur,Patel,Gill,Sandhu,Reddy,Dhillon,Verma"),
        Nationality.Of("PK", 5, "ur,pa,en", "Labour 85, Smuggling 15",
            "Muhammad,Ali,Bilal,Imran,Usman,Asif,Kamran,Waqas", "Ayesha,Sana,Fatima,Hina,Nadia,Saima,Rabia,Zainab",
            "Khan,Ahmed,Hussain,Butt,Malik,Iqbal,Chaudhry,Raza,Qureshi,Aslam"),
        Nationality.Of("CN", 5, "zh", "Labour 60, Sexual 40",
            "Wei,Jun,Hao,Lei,Ming,Jian,Qiang,Bo", "Li,Fang,Xiu,Mei,Ying,Hong,Jing,Yan",
            "Wang,Li,Zhang,Liu,Chen,Yang,Huang,Zhao,Wu,Zhou"),
        Nationality.Of("VN", 5, "vi", "Labour 65, Criminality 25, Smuggling 10",
            "Minh,Hoang,Tuan,Duc,Quang,Long,Hung,Nam", "Linh,Huong,Thao,Lan,Mai,Trang,Hoa,Ngoc",
            "Nguyen,Tran,Le,Pham,Hoang,Vu,Dang,Bui,Do,Ngo"),
        Nationality.Of("RO", 4, "ro", "Sexual 50, Labour 30, Begging 20",
            "Ion,Andrei,Florin,Marius,Gheorghe,Adrian,Cristian", "Elena,Ioana,Maria,Andreea,Florentina,Alina,Roxana",
            "Popescu,Ionescu,Stan,Dumitru,Stoica,Rusu,Constantin,Munteanu,Lungu"),
        Nationality.Of("BG", 3, "bg", "Sexual 50, Labour 30, Begging 20",
            "Georgi,Ivan,Dimitar,Nikolay,Stoyan,Petar", "Maria,Ivana,Desislava,Gergana,Elena,Radka",
            "Ivanova,Petrova,Georgieva,Dimitrova,Kostova,Ivanov,Petrov,Georgiev"),
        Nationality.Of("AL", 3, "sq", "Sexual 55, Labour 45",
            "Arben,Besnik,Dritan,Ermal,Gentian,Ilir", "Anila,Elira,Jonida,Mirela,Entela,Klea",
            "Hoxha,Shehu,Dervishi,Leka,Krasniqi,Gjoka,Berisha,Kola"),
        Nationality.Of("TN", 3, "ar,fr", "Labour 50, Criminality 30, Smuggling 20",
            "Mohamed,Aymen,Hatem,Skander,Wassim,Oussama", "Amel,Ines,Rim,Sonia,Asma,Olfa",
            "Ben Salah,Trabelsi,Jebali,Gharbi,Mejri,Ayari,Hammami,Riahi"),
        Nationality.Of("AF", 3, "fa,ps", "Smuggling 50, Labour 45, Sexual 5",
            "Ahmad,Mohammad,Abdul,Hamid,Farid,Jawad,Sayed", "Zahra,Fereshta,Marzia,Parisa,Shabnam,Nazanin",
            "Ahmadi,Rahimi,Hashimi,Karimi,Noori,Sultani,Haidari,Sadat"),
        Nationality.Of("ER", 2, "ti,ar", "Smuggling 70, Labour 25, Sexual 5",
            "Yonas,Tesfay,Dawit,Merhawi,Samuel,Filmon", "Helen,Selam,Mebrat,Saba,Senait,Luwam",
            "Tekle,Gebremedhin,Haile,Berhane,Tesfamariam,Kidane,Woldu"),
        Nationality.Of("TH", 2, "th", "Sexual 60, Labour 40",
            "Somchai,Anan,Kittisak,Somsak,Prasert", "Siriporn,Malee,Nok,Ploy,Kanya,Dao",
            "Saetang,Srisuk,Chaiyaporn,Wongsa,Boonmee,Kaewkla"),
        Nationality.Of("PH", 2, "tl,en", "Labour 85, Sexual 15",
            "Jose,Mark,Ramon,Rodel,Jerome", "Maria,Rowena,Jocelyn,Lorna,Marites,Analyn",
            "Santos,Reyes,Cruz,Bautista,Garcia,Dela Cruz,Mendoza,Aquino"),
        Nationality.Of("TR", 2, "tr", "Labour 80, Sexual 20",
            "Mehmet,Mustafa,Emre,Hakan,Murat,Burak", "Ayse,Elif,Zeynep,Fatma,Emine,Merve",
            "Yilmaz,Kaya,Demir,Sahin,Celik,Yildiz,Aydin,Ozturk"),
        Nationality.Of("SY", 1.5, "ar", "Smuggling 65, Labour 35",
            "Khaled,Omar,Rami,Fadi,Ammar,Hussam", "Rasha,Lama,Hiba,Reem,Ghada,Noura",
            "Al Hassan,Haddad,Khoury,Darwish,Hamdan,Al Ali,Sabbagh"),
        Nationality.Of("GN", 1.5, "fr", "Sexual 45, Labour 50, Other 5",
            "Mamadou,Alpha,Ibrahima,Ousmane,Abdoulaye,Souleymane", "Fatoumata,Mariama,Aissatou,Kadiatou,Hawa,Djenabou",
            "Diallo,Barry,Bah,Camara,Sow,Balde,Conde,Sylla"),
        Nationality.Of("CM", 1.5, "fr,en", "Sexual 50, Labour 45, Other 5",
            "Jean,Paul,Serge,Franck,Herve,Arnaud", "Christelle,Carine,Sandrine,Nadege,Brenda,Vanessa",
            "Nkemelu,Fotso,Mbarga,Nguema,Tchoumi,Ngono,Essomba"),
        Nationality.Of("BE", 1.5, "nl,fr", "Sexual 70, Labour 20, Criminality 10",
            "Kevin,Thomas,Jonas,Nicolas,Maxime,Bram", "Laura,Julie,Sarah,Lisa,Marie,Charlotte",
            "Peeters,Janssens,Maes,Dubois,Lambert,Jacobs,Mertens,Willems,Dupont"),
    ];

    public static Weighted<Nationality> NationalityMix { get; } = new([.. Nationalities.Select(n => (n, n.Share))]);

    /// <summary>
    /// Age at detection. Minors are a small share; most adults are young (the Immigration Office's own bands stop
    /// at "over 30", which says where the mass is).
    /// </summary>
    public static Weighted<(int From, int To)> AgeBands { get; } = new(
        ((12, 15), 2), ((16, 17), 6), ((18, 24), 29), ((25, 29), 22), ((30, 39), 24), ((40, 49), 12), ((50, 64), 5));

    /// <summary>Gender given the main purpose: sexual exploitation is mostly of women, labour mostly of men; overall about even.</summary>
    public static HtcdsGender Gender(Random random, ExploitationPurpose purpose)
    {
        var feminine = purpose switch
        {
            ExploitationPurpose.SexualExploitation => 0.88,
            ExploitationPurpose.LabourExploitation => 0.32,
            ExploitationPurpose.Begging => 0.55,
            ExploitationPurpose.ForcedCriminality => 0.25,
            ExploitationPurpose.AggravatedSmuggling => 0.3,
            ExploitationPurpose.OrganRemoval or ExploitationPurpose.Other => 0.5,
        };
        var x = random.NextDouble();
        return x < 0.012 ? HtcdsGender.TransgenderFeminine
            : x < 0.02 ? HtcdsGender.NonSpecifiedUnknown
            : x < 0.02 + (0.98 * feminine) ? HtcdsGender.Feminine
            : HtcdsGender.Masculine;
    }

    /// <summary>Where the person was met, given what they were exploited for and whether they are an unaccompanied minor.</summary>
    public static Weighted<DetectionContext> ContextsFor(ExploitationPurpose purpose) => purpose switch
    {
        ExploitationPurpose.LabourExploitation => LabourContexts,
        ExploitationPurpose.SexualExploitation => SexualContexts,
        ExploitationPurpose.ForcedCriminality => CriminalityContexts,
        ExploitationPurpose.AggravatedSmuggling => SmugglingContexts,
        ExploitationPurpose.Begging or ExploitationPurpose.OrganRemoval or ExploitationPurpose.Other => OtherContexts,
    };

    private static readonly Weighted<DetectionContext> LabourContexts = new(
        (DetectionContext.LabourInspection, 55), (DetectionContext.PoliceControl, 22), (DetectionContext.SelfReport, 9),
        (DetectionContext.AsylumRegistration, 5), (DetectionContext.NgoOutreach, 4), (DetectionContext.DiplomaticStaffInterview, 2),
        (DetectionContext.Hospital, 2), (DetectionContext.Other, 1));

    private static readonly Weighted<DetectionContext> SexualContexts = new(
        (DetectionContext.PoliceControl, 42), (DetectionContext.EscortAdvertScreening, 26), (DetectionContext.SelfReport, 10),
        (DetectionContext.NgoOutreach, 9), (DetectionContext.AsylumRegistration, 6), (DetectionContext.Hospital, 5), (DetectionContext.Other, 2));

    private static readonly Weighted<DetectionContext> CriminalityContexts = new(
        (DetectionContext.PoliceControl, 75), (DetectionContext.DetentionCentre, 20), (DetectionContext.SelfReport, 5));

    private static readonly Weighted<DetectionContext> SmugglingContexts = new(
        (DetectionContext.PoliceControl, 50), (DetectionContext.DetentionCentre, 25), (DetectionContext.AsylumRegistration, 25));

    private static readonly Weighted<DetectionContext> OtherContexts = new(
        (DetectionContext.PoliceControl, 80), (DetectionContext.NgoOutreach, 15), (DetectionContext.Other, 5));

    /// <summary>How many persons one signal names: an inspection often finds a whole workforce, an advert one person.</summary>
    public static int GroupSize(Random random, DetectionContext context) => context switch
    {
        DetectionContext.LabourInspection => InspectionGroups.Pick(random),
        DetectionContext.PoliceControl => PoliceGroups.Pick(random),
        DetectionContext.DetentionCentre or DetectionContext.AsylumRegistration => TravellingGroups.Pick(random),
        _ => 1,
    };

    private static readonly Weighted<int> InspectionGroups = new((1, 55), (2, 20), (3, 12), (4, 8), (5, 5));
    private static readonly Weighted<int> PoliceGroups = new((1, 75), (2, 17), (3, 8));
    private static readonly Weighted<int> TravellingGroups = new((1, 85), (2, 15));
}
