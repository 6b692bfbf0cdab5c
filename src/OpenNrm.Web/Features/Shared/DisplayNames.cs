using System.Text;

namespace OpenNrm.Web.Features.Shared;

/// <summary>
/// An enum value as words for people ("DocumentIssued" becomes "Document issued"): the English text, which is also
/// the localisation key. Values stay as they are in forms and in the API.
/// </summary>
public static class DisplayNames
{
    public static string Words(Enum value)
    {
        var name = value.ToString();
        var words = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var startsWord = i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])));
            if (startsWord)
            {
                words.Append(' ');
            }

            // Acronyms (THB, UAM) keep their capitals; other words after the first are lower case.
            var inAcronym = char.IsUpper(c) && ((i + 1 < name.Length && char.IsUpper(name[i + 1])) || (i > 0 && char.IsUpper(name[i - 1]) && (i + 1 == name.Length || !char.IsLower(name[i + 1]))));
            words.Append(i == 0 || inAcronym ? c : char.ToLowerInvariant(c));
        }

        return string.Join(' ', words.ToString().Split(' ').Select(w => Acronyms.TryGetValue(w, out var a) ? a : w));
    }

    /// <summary>Abbreviations that enum names spell as words but people read in capitals.</summary>
    private static readonly Dictionary<string, string> Acronyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["eu"] = "EU",
        ["thb"] = "THB",
        ["ngo"] = "NGO",
        ["uam"] = "UAM",
        ["pcsw"] = "PCSW",
        ["ilo"] = "ILO",
    };
}
