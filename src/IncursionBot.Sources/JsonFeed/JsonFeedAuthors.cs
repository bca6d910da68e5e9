using System.Text.Json;
using IncursionBot.Sources.Text;

namespace IncursionBot.Sources.JsonFeed;

/// <summary>Author names from either <c>authors</c> (1.1, an array) or the deprecated <c>author</c> (1.0, an object).</summary>
internal static class JsonFeedAuthors
{
    public static string? FirstName(JsonElement owner)
    {
        var authors = Json.Property(owner, "authors", JsonValueKind.Array)?.EnumerateArray().ToArray()
            ?? (Json.Property(owner, "author", JsonValueKind.Object) is { } single ? [single] : []);
        return authors.Select(a => Json.String(a, "name")?.Trim()).FirstOrDefault(name => !string.IsNullOrEmpty(name));
    }
}
