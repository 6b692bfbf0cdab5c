namespace OpenNrm.Tests.Hostile;

internal static class StableHash
{
    /// <summary>FNV-1a: the same cases for an endpoint or a form in every run (string.GetHashCode changes per process).</summary>
    public static int Of(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)hash;
    }
}
