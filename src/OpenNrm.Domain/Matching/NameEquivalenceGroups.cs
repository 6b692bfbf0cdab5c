using System.Collections.Frozen;

namespace OpenNrm.Domain.Matching;

/// <summary>The table behind <see cref="TransliterationVariants.Groups"/>. Adding or moving a spelling changes keys.</summary>
internal static class NameEquivalenceGroups
{
    public static readonly IReadOnlyList<NameEquivalenceGroup> All =
    [
        Merged("muhammad", "mohammed", "mohamed", "mohammad", "mohamad", "muhamed", "muhammed", "muhamad",
            "mouhamed", "mouhamad", "mouhammad", "mehmet", "mehmed", "mohd", "muhd", "mhd", "md"),
        Apart("mahmud", "mahmoud", "mahmut", "mahmood", "mehmood", "mhmud"),
        Merged("yusuf", "youssef", "yousef", "yousif", "yusef", "yussuf", "youssouf", "yousouf", "yousuf", "yusif",
            "jusuf", "youcef", "yucef", "yussef", "yosuf"),
        Apart("joseph", "josef", "jozef", "josep", "josip", "jose", "iosif", "yosef", "giuseppe"),
        Apart("husayn", "hussein", "husein", "hussain", "husain", "hossein", "houssein", "hosseyn", "huseyin",
            "hossain", "hosein", "husseyn", "hsin"),
        Merged("ahmad", "ahmed", "ahmet", "achmed", "akhmed", "ahmat"),
        Merged("usman", "osman", "uthman", "othman", "othmane", "osmane", "ousmane", "athman"),
        Merged("ibrahim", "ebrahim", "ibraheem", "ibrahima", "brahim", "ibrahem", "ibragim"),
        Merged("jamal", "djamel", "gamal", "cemal", "jamel", "djamal", "dzhamal"),
        Merged("aisha", "aicha", "ayesha", "aysha", "aischa", "aishah", "ayse", "aise", "aesha"),
        Merged("fatima", "fatma", "fatimah", "fatuma", "fatime"),
        Merged("khadija", "khadidja", "khadijah", "hadija", "hatice"),
        Merged("olga", "olha"),
        Merged("olena", "elena", "yelena", "jelena", "alena", "helena"),
        Merged("galina", "halyna", "halina", "galyna"),
        Merged("natalia", "natalya", "nataliya", "natalie", "nathalie", "natali", "natalja"),
        Merged("aleksandr", "alexander", "alexandr", "oleksandr", "oleksander", "aleksander", "alexandre",
            "aleksandar", "alessandro", "alejandro", "alexandru"),
        Merged("aleksandra", "alexandra", "oleksandra", "alessandra", "alejandra"),
        Merged("aleksei", "alexei", "alexey", "aleksey", "oleksii", "oleksiy", "oleksij"),
        Merged("sergei", "sergey", "sergiy", "serhii", "serhiy", "serghei", "sergii", "serguei", "sergej"),
        Merged("dmitri", "dmitry", "dmitriy", "dmytro", "dimitri", "dimitry", "dmitrij", "dimitar"),
        Merged("nikolai", "nikolay", "mykola", "nikolaj", "mikola", "nicolai"),
        Merged("mikhail", "michael", "mihail", "mykhailo", "michel", "mikael", "mihai", "michal", "mikail",
            "mickael", "michail", "mikhael"),
        Merged("yevgeny", "yevgeniy", "evgeny", "evgeniy", "evgenii", "yevhen", "yevheniy", "eugen", "eugene",
            "evgenij", "jevgenij"),
        Merged("oleg", "oleh"),
        Merged("igor", "ihor"),
        Merged("bogdan", "bohdan"),
        Merged("grigory", "grigoriy", "grigorii", "hryhoriy", "hryhorii", "grigori"),
        Merged("georgiy", "georgi", "georgy", "heorhiy", "heorhii", "george", "georg", "giorgi"),
        Merged("yuriy", "yuri", "yury", "yurii", "iurii", "iouri", "jurij", "juri", "yurij"),
    ];

    /// <summary>Spelling to key. Built once; a spelling in two groups fails here, at start-up, not in a search.</summary>
    public static readonly FrozenDictionary<string, string> KeyBySpelling = All
        .SelectMany(g => g.Spellings.Select(s => KeyValuePair.Create(s, KeyOf(g))))
        .ToDictionary(StringComparer.Ordinal)
        .ToFrozenDictionary(StringComparer.Ordinal);

    public static string KeyOf(NameEquivalenceGroup group) =>
        group.KeptApart ? "=" + group.Canonical : PhoneticSkeleton.Of(group.Canonical);

    private static NameEquivalenceGroup Merged(string canonical, params string[] spellings) =>
        new(canonical, KeptApart: false, [canonical, .. spellings]);

    private static NameEquivalenceGroup Apart(string canonical, params string[] spellings) =>
        new(canonical, KeptApart: true, [canonical, .. spellings]);
}
