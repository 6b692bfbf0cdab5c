using System.Xml.Linq;

namespace OpenNrm.Tests;

/// <summary>
/// Resource names are case-insensitive to the build, which silently drops the second of two keys that differ only
/// in case; lookups are case-sensitive, so the text whose key was dropped shows in English. Catch it here.
/// </summary>
public sealed class ResourceFileTests
{
    [Theory]
    [InlineData("SharedResource.fr.resx")]
    [InlineData("SharedResource.nl.resx")]
    public void No_two_keys_differ_only_in_case(string file)
    {
        var names = XDocument.Load(Path.Combine(ResourcesDirectory(), file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToList();

        var clashes = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join(" / ", g)).ToList();

        Assert.Empty(clashes);
    }

    private static string ResourcesDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "OpenNrm.Web", "Resources");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/OpenNrm.Web/Resources not found above the test binaries.");
    }
}
