using System.Text.Json;
using IncursionBot.Core.Incidents;
using IncursionBot.Sources.Text;

namespace IncursionBot.Sources.Inbox;

/// <summary>
/// Reads an inbox <c>.json</c> file: one object or an array of objects with <c>title</c> (required), <c>text</c>,
/// and optional <c>url</c>, <c>published</c> (RFC 3339) and <c>id</c>. Any bad entry fails the whole file, so a
/// file is never half-ingested.
/// </summary>
internal static class InboxJsonReader
{
    public static InboxFileResult Read(string sourceName, string fileId, string text, DateTimeOffset modifiedAt)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            return InboxFileResult.Fail($"invalid JSON: {ex.Message}");
        }

        using (json)
        {
            var root = json.RootElement;
            JsonElement[] entries = root.ValueKind switch
            {
                JsonValueKind.Object => [root],
                JsonValueKind.Array => root.EnumerateArray().ToArray(),
                _ => [],
            };
            if (entries.Length == 0)
            {
                return InboxFileResult.Fail(root.ValueKind == JsonValueKind.Array
                    ? "the JSON array is empty"
                    : $"expected a JSON object or an array of objects, found {root.ValueKind}");
            }

            var items = new List<SourceItem>(entries.Length);
            for (var i = 0; i < entries.Length; i++)
            {
                var label = root.ValueKind == JsonValueKind.Array ? $"entry {i}: " : string.Empty;
                var defaultId = root.ValueKind == JsonValueKind.Array ? $"{fileId}#{i}" : fileId;
                var (item, error) = ReadEntry(entries[i], sourceName, defaultId, modifiedAt);
                if (error is not null)
                {
                    return InboxFileResult.Fail(label + error);
                }

                items.Add(item!);
            }

            return new InboxFileResult(items, null);
        }
    }

    private static (SourceItem? Item, string? Error) ReadEntry(JsonElement entry, string sourceName, string defaultId, DateTimeOffset modifiedAt)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            return (null, $"expected an object, found {entry.ValueKind}");
        }

        var title = Whitespace.OneLine(Json.String(entry, "title") ?? string.Empty);
        if (title.Length == 0)
        {
            return (null, "\"title\" is missing, empty or not a string");
        }

        var urlText = Json.String(entry, "url");
        var url = Links.Resolve(null, urlText);
        if (!string.IsNullOrWhiteSpace(urlText) && url is null)
        {
            return (null, $"\"url\" is not an absolute http(s) URL: {urlText}");
        }

        var publishedText = Json.String(entry, "published");
        var published = FeedDates.Parse(publishedText);
        if (!string.IsNullOrWhiteSpace(publishedText) && published is null)
        {
            return (null, $"\"published\" is not a date (use RFC 3339, e.g. 2026-09-10T06:00:00Z): {publishedText}");
        }

        var id = Json.StringOrNumber(entry, "id")?.Trim() is { Length: > 0 } given ? given : defaultId;
        var text = Whitespace.Normalize(Json.String(entry, "text") ?? string.Empty);
        return (new SourceItem(sourceName, id, url?.AbsoluteUri, title, text, published ?? modifiedAt, Links.Host(url)), null);
    }
}
