using IncursionBot.Core.Incidents;

namespace IncursionBot.Sources.Http;

/// <summary>Items parsed from one document, or why the document could not be read.</summary>
internal sealed record FeedParseResult(IReadOnlyList<SourceItem> Items, string? Error, TimeSpan? RetryAfter = null)
{
    public static FeedParseResult Ok(IReadOnlyList<SourceItem> items) => new(items, null);

    public static FeedParseResult Fail(string error, TimeSpan? retryAfter = null) => new([], error, retryAfter);
}
