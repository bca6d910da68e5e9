using System.Net;
using IncursionBot.Core.Incidents;
using IncursionBot.Core.Ports;
using Microsoft.Extensions.Logging;

namespace IncursionBot.Sources.Http;

/// <summary>
/// A feed fetched over HTTP with conditional GET and read by one <see cref="IFeedParser"/>; a 429 without
/// Retry-After reports <c>throttledRetryAfter</c> as the wait.
/// </summary>
internal sealed partial class FeedSource(
    SourceDefinition definition,
    Uri url,
    SourceFetcher fetcher,
    IFeedParser parser,
    ILogger<FeedSource> logger,
    TimeSpan? throttledRetryAfter = null) : IIncidentSource
{
    public SourceDefinition Definition => definition;

    public async Task<SourcePollResult> PollAsync(SourceCursor cursor, CancellationToken cancellationToken)
    {
        var fetched = await fetcher.FetchAsync(url, parser.Accept, cursor, cancellationToken);
        switch (fetched)
        {
            case FetchResult.NotModified notModified:
                LogNotModified(definition.Name);
                return SourcePollResult.NotModified(notModified.Cursor);
            case FetchResult.Failed failed:
                LogFailed(definition.Name, failed.Error);
                var retryAfter = failed.RetryAfter ?? (failed.Status == HttpStatusCode.TooManyRequests ? throttledRetryAfter : null);
                return SourcePollResult.Failed(failed.Error, cursor, retryAfter);
            case FetchResult.Document document:
                var parsed = parser.Parse(document.Content, definition.Name);
                if (parsed.Error is { } error)
                {
                    LogFailed(definition.Name, error);
                    // The old validators stay, so the next poll fetches the document again instead of a 304.
                    return SourcePollResult.Failed(error, cursor, parsed.RetryAfter);
                }

                LogFetched(definition.Name, parsed.Items.Count, document.Content.Url);
                return SourcePollResult.Fetched(parsed.Items, document.Cursor);
            default:
                throw new InvalidOperationException($"Unknown fetch result {fetched.GetType().Name}.");
        }
    }

    public Task AcknowledgeAsync(IReadOnlyList<SourceItem> stored, CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Source {SourceName}: not modified")]
    private partial void LogNotModified(string sourceName);

    // Debug: the poller reports each failure once, with the back-off it chose.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Source {SourceName} failed: {Error}")]
    private partial void LogFailed(string sourceName, string error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Source {SourceName}: {ItemCount} item(s) from {Url}")]
    private partial void LogFetched(string sourceName, int itemCount, Uri url);
}
