using System.Text.Json;
using IncursionBot.Core.Incidents;
using IncursionBot.Sources.Http;
using IncursionBot.Sources.Text;

namespace IncursionBot.Sources.JsonFeed;

/// <summary>Parses JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/), source type <c>jsonfeed</c>.</summary>
internal sealed class JsonFeedParser : IFeedParser
{
    private const string VersionMarker = "jsonfeed.org/version/1";

    private static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public string Accept => "application/feed+json, application/json;q=0.9, */*;q=0.1";

    public FeedParseResult Parse(FetchedDocument document, string sourceName)
    {
        var text = TextEncodings.Named(document.CharSet).GetString(document.Body).TrimStart('\uFEFF');
        if (HtmlSniffer.LooksLikeHtml(text))
        {
            return FeedParseResult.Fail($"expected a JSON Feed but received an HTML page ({document.MediaType ?? "no content type"})");
        }

        try
        {
            using var json = JsonDocument.Parse(text, JsonOptions);
            var feed = json.RootElement;
            var version = Json.String(feed, "version");
            // Both https://jsonfeed.org/version/1 and /version/1.1 are read; a missing version is forgiven.
            if (version is not null && !version.Contains(VersionMarker, StringComparison.OrdinalIgnoreCase))
            {
                return FeedParseResult.Fail($"unsupported JSON Feed version '{version}'");
            }

            if (Json.Property(feed, "items", JsonValueKind.Array) is not { } items)
            {
                return FeedParseResult.Fail("not a JSON Feed: no \"items\" array");
            }

            var home = Links.Resolve(document.Url, Json.String(feed, "home_page_url"));
            var outlet = NonEmpty(Whitespace.OneLine(Json.String(feed, "title") ?? string.Empty))
                ?? JsonFeedAuthors.FirstName(feed) ?? Links.Host(home ?? document.Url)!;
            return FeedParseResult.Ok(items.EnumerateArray()
                .Select(item => Read(item, home ?? document.Url, sourceName, outlet))
                .OfType<SourceItem>()
                .ToArray());
        }
        catch (JsonException ex)
        {
            return FeedParseResult.Fail($"malformed JSON: {ex.Message}");
        }
    }

    private static SourceItem? Read(JsonElement item, Uri baseUri, string sourceName, string outlet)
    {
        var text = Json.String(item, "content_html") is { } html && !string.IsNullOrWhiteSpace(html)
            ? HtmlText.ToPlainText(html)
            : Whitespace.Normalize(Json.String(item, "content_text") ?? Json.String(item, "summary") ?? string.Empty);
        var title = NonEmpty(Whitespace.OneLine(Json.String(item, "title") ?? string.Empty))
            ?? Headline.FromText(Whitespace.Normalize(Json.String(item, "summary") ?? string.Empty))
            ?? Headline.FromText(text);
        if (title is null)
        {
            return null;
        }

        var url = Links.Resolve(baseUri, Json.String(item, "url")) ?? Links.Resolve(baseUri, Json.String(item, "external_url"));
        var dateText = Json.String(item, "date_published") ?? Json.String(item, "date_modified");
        var id = NonEmpty(Json.StringOrNumber(item, "id")?.Trim()) ?? url?.AbsoluteUri ?? ItemIds.Hash(title, dateText);
        return new SourceItem(sourceName, id, url?.AbsoluteUri, title, text, FeedDates.Parse(dateText), outlet);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
