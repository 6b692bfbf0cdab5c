using System.Text.Json;
using System.Text.RegularExpressions;

namespace OpenNrm.Tests.Hostile;

/// <summary>A property of a JSON body or a query parameter, as the OpenAPI document declares it.</summary>
internal sealed record DeclaredField(string Name, string? Type, string? Format);

/// <summary>One operation of the OpenAPI document: what it takes, so that hostile input can aim at it.</summary>
internal sealed record Operation(string Method, string Path, IReadOnlyList<DeclaredField> Query, IReadOnlyList<DeclaredField>? Body)
{
    /// <summary>The path with constraints removed ("{id:guid}" becomes "{id}"), as the document writes it.</summary>
    public static string Normalise(string pattern) => "/" + Regex.Replace(pattern.TrimStart('/'), "\\{([^}:?]+)[^}]*\\}", "{$1}");
}

/// <summary>Reads the server's own OpenAPI document (3.x): operations, query parameters, JSON body properties.</summary>
internal static class OpenApiOperations
{
    public static Dictionary<string, Operation> Read(JsonElement document)
    {
        var operations = new Dictionary<string, Operation>(StringComparer.Ordinal);
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var method in path.Value.EnumerateObject().Where(m => m.Name is "get" or "post" or "put" or "delete" or "patch"))
            {
                var query = method.Value.TryGetProperty("parameters", out var parameters)
                    ? parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query")
                        .Select(p => Field(document, p.GetProperty("name").GetString()!, p.TryGetProperty("schema", out var s) ? s : default)).ToList()
                    : [];
                IReadOnlyList<DeclaredField>? body = null;
                if (method.Value.TryGetProperty("requestBody", out var requestBody) && requestBody.TryGetProperty("content", out var content)
                    && content.TryGetProperty("application/json", out var json) && json.TryGetProperty("schema", out var schema))
                {
                    var resolved = Resolve(document, schema);
                    body = resolved.TryGetProperty("properties", out var properties)
                        ? [.. properties.EnumerateObject().Select(p => Field(document, p.Name, p.Value))]
                        : [];
                }

                var verb = method.Name.ToUpperInvariant();
                operations[verb + " " + path.Name] = new Operation(verb, path.Name, query, body);
            }
        }

        return operations;
    }

    private static DeclaredField Field(JsonElement document, string name, JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return new(name, null, null);
        }

        var resolved = Resolve(document, schema);
        return new(name, TypeOf(resolved), resolved.TryGetProperty("format", out var format) ? format.GetString() : null);
    }

    /// <summary>"string", or the first non-null of ["string", "null"] (OpenAPI 3.1 writes nullable types as arrays).</summary>
    private static string? TypeOf(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("properties", out _) ? "object" : null;
        }

        return type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t != "null")
            : type.GetString();
    }

    private static JsonElement Resolve(JsonElement document, JsonElement schema)
    {
        for (var depth = 0; depth < 10 && schema.TryGetProperty("$ref", out var reference); depth++)
        {
            var node = document;
            foreach (var part in reference.GetString()!.TrimStart('#', '/').Split('/'))
            {
                node = node.GetProperty(part);
            }

            schema = node;
        }

        // A nullable reference is written as oneOf/anyOf [null, $ref]: take the non-null one.
        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema.TryGetProperty(combinator, out var choices))
            {
                foreach (var choice in choices.EnumerateArray())
                {
                    if (choice.TryGetProperty("$ref", out _) || choice.TryGetProperty("properties", out _))
                    {
                        return Resolve(document, choice);
                    }
                }
            }
        }

        return schema;
    }
}
