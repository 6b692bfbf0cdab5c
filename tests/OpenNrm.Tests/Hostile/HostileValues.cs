using System.Text.Json.Nodes;

namespace OpenNrm.Tests.Hostile;

/// <summary>
/// Values an attacker or a broken client sends: wrong types, sizes past every limit, Unicode edge cases, injection
/// strings. Each call draws from a seeded generator, so a failing case is reproduced by its seed.
/// </summary>
internal static class HostileValues
{
    private static readonly string[] Strings =
    [
        string.Empty,
        "   ",
        "'; DROP TABLE cases; --",
        "' OR '1'='1",
        "\" OR \"\"=\"",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "{{7*7}}${7*7}",
        "../../../../etc/passwd",
        "%00%0d%0aSet-Cookie: x=y",
        "nul\u0000byte",
        "\u202Eevil\u202C",
        "\uFEFFzero\u200Bwidth",
        "𝕏😀👩‍👩‍👧‍👦",
        "\uD800",
        "Ωmega ǅ İstanbul ß",
        new string('A', 100_000),
        new string('é', 5_000),
        "2026-02-30",
        "0000-00-00",
        "99999-12-31",
        "00000000-0000-0000-0000-000000000000",
        "not-a-guid",
        "NaN",
        "-1",
        "1e309",
    ];

    /// <summary>A value that breaks the declared type, or a hostile value of the right type.</summary>
    public static JsonNode? For(string? type, string? format, Random random)
    {
        switch (random.Next(4))
        {
            case 0:
                return Strings[random.Next(Strings.Length)];
            case 1:
                return WrongType(type, random);
            case 2:
                return null;
            default:
                return Edge(type, format, random);
        }
    }

    /// <summary>Text for a query string or a path segment.</summary>
    public static string Text(Random random) => Strings[random.Next(Strings.Length)] switch
    {
        { Length: > 2_000 } => new string('A', 2_000),
        var s => s,
    };

    private static JsonNode? WrongType(string? type, Random random) => type switch
    {
        "string" => random.Next(3) switch { 0 => JsonValue.Create(42), 1 => new JsonArray("a", "b"), _ => new JsonObject { ["x"] = 1 } },
        "integer" or "number" => random.Next(2) == 0 ? JsonValue.Create("twelve") : JsonValue.Create(true),
        "boolean" => random.Next(2) == 0 ? JsonValue.Create("yes") : JsonValue.Create(2),
        "array" => new JsonObject { ["not"] = "an array" },
        _ => JsonValue.Create("text where an object belongs"),
    };

    private static JsonNode? Edge(string? type, string? format, Random random) => (type, format) switch
    {
        ("integer", _) or ("number", _) => random.Next(5) switch
        {
            0 => JsonValue.Create(-1),
            1 => JsonValue.Create(long.MaxValue),
            2 => JsonValue.Create(2_147_483_648L),
            3 => JsonValue.Create(1e300),
            _ => JsonValue.Create(0.5),
        },
        ("string", "date") => random.Next(3) switch { 0 => "2026-02-30", 1 => "1900-01-01", _ => "9999-12-31" },
        ("string", "date-time") => random.Next(2) == 0 ? "0001-01-01T00:00:00Z" : "2026-13-40T25:61:00Z",
        ("string", "uuid") => random.Next(2) == 0 ? Guid.NewGuid().ToString() : "00000000-0000-0000-0000-000000000000",
        ("array", _) => new JsonArray([.. Enumerable.Range(0, 2_000).Select(i => (JsonNode?)JsonValue.Create(i))]),
        _ => new string('Z', 1_000_000),
    };
}
