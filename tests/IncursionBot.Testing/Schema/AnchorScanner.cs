using System.Text.Json;

namespace IncursionBot.Testing.Schema;

/// <summary>Finds plain-name anchors (<c>$anchor</c>, or <c>$id</c>/<c>id</c> of the form <c>#name</c>) and their pointers.</summary>
internal static class AnchorScanner
{
    private static readonly string[] DataKeywords = ["enum", "const", "default", "examples", "example"];

    public static Dictionary<string, string> Scan(JsonElement root)
    {
        var anchors = new Dictionary<string, string>(StringComparer.Ordinal);
        Walk(root, "#", anchors, 0);
        return anchors;
    }

    private static void Walk(JsonElement element, string pointer, Dictionary<string, string> anchors, int depth)
    {
        if (depth > 200)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, $"{pointer}/{index++}", anchors, depth + 1);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String)
            {
                var text = property.Value.GetString()!;
                if (property.Name == "$anchor")
                {
                    anchors.TryAdd(text, pointer);
                }
                else if (property.Name is "$id" or "id" && text.StartsWith('#') && text.Length > 1)
                {
                    anchors.TryAdd(text[1..], pointer);
                }
            }
            else if (!DataKeywords.Contains(property.Name))
            {
                Walk(property.Value, pointer + "/" + JsonPointer.Escape(property.Name), anchors, depth + 1);
            }
        }
    }
}
