using System.Globalization;
using System.Net;
using System.Text.Json;
using IncursionBot.Core.Incidents;
using IncursionBot.Sources.Http;
using IncursionBot.Sources.Text;

namespace IncursionBot.Sources.Gdelt;

/// <summary>
/// Reads a GDELT DOC 2.0 <c>mode=ArtList&amp;format=json</c> response. GDELT gives titles only, so items have an
/// empty text; <c>PublishedAt</c> is <c>seendate</c>, when GDELT first saw the article, not when it was published.
/// <c>sourcecountry</c> is deliberately not read: it names the publisher's country, not where the story happened.
/// </summary>
internal sealed class GdeltParser : IFeedParser
{
    /// <summary>The wait after a refusal that names none: public clients back off 60, then 180, then 300 s.</summary>
    public static TimeSpan ThrottleBackoff { get; } = TimeSpan.FromSeconds(60);

    private static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public string Accept => "application/json, */*;q=0.1";

    public FeedParseResult Parse(FetchedDocument document, string sourceName)
    {
        var text = TextEncodings.Named(document.CharSet).GetString(document.Body).TrimStart('\uFEFF');
        // GDELT answers rate-limit refusals and query errors as plain text labelled text/html, often with status 200.
        var isJson = text.TrimStart().StartsWith('{');
        if (!isJson && text.Contains("Please limit requests", StringComparison.OrdinalIgnoreCase))
        {
            return FeedParseResult.Fail($"GDELT rate limit: {BodyReader.FirstLine(text)}", ThrottleBackoff);
        }

        if (!isJson && (document.MediaType?.Contains("html", StringComparison.Ordinal) == true || HtmlSniffer.LooksLikeHtml(text)))
        {
            var message = HtmlSniffer.LooksLikeHtml(text) ? HtmlText.ToPlainText(text) : text;
            return FeedParseResult.Fail($"GDELT error: {BodyReader.FirstLine(message) ?? "empty response"}");
        }

        try
        {
            using var json = JsonDocument.Parse(GdeltJson.Sanitize(text), JsonOptions);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return FeedParseResult.Fail($"unexpected GDELT JSON: the top level is {json.RootElement.ValueKind}, not an object");
            }

            // No match is an object without "articles".
            if (!json.RootElement.TryGetProperty("articles", out var articles) || articles.ValueKind == JsonValueKind.Null)
            {
                return FeedParseResult.Ok([]);
            }

            return articles.ValueKind == JsonValueKind.Array
                ? FeedParseResult.Ok(articles.EnumerateArray().Select(a => Read(a, sourceName)).OfType<SourceItem>().ToArray())
                : FeedParseResult.Fail($"unexpected GDELT JSON: \"articles\" is {articles.ValueKind}, not an array");
        }
        catch (JsonException ex)
        {
            return FeedParseResult.Fail($"malformed GDELT JSON: {ex.Message}");
        }
    }

    private static SourceItem? Read(JsonElement article, string sourceName)
    {
        var url = Links.Resolve(null, Json.String(article, "url"));
        var title = GdeltTitle.Normalize(WebUtility.HtmlDecode(Json.String(article, "title") ?? string.Empty));
        if (url is null || title.Length == 0)
        {
            return null;
        }

        var outlet = Json.String(article, "domain") is { Length: > 0 } domain ? domain : Links.Host(url);
        return new SourceItem(sourceName, url.AbsoluteUri, url.AbsoluteUri, title, string.Empty, SeenDate(Json.String(article, "seendate")), outlet);
    }

    private static DateTimeOffset? SeenDate(string? text) =>
        DateTimeOffset.TryParseExact(text?.Trim(), "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var seen)
            ? seen
            : null;
}
