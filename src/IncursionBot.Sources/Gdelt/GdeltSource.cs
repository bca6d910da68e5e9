using IncursionBot.Core.Incidents;
using IncursionBot.Core.Ports;
using Microsoft.Extensions.Logging;

namespace IncursionBot.Sources.Gdelt;

/// <summary>A GDELT DOC 2.0 query: the shared HTTP feed source, behind the process-wide <see cref="GdeltPacer"/>.</summary>
internal sealed partial class GdeltSource(IIncidentSource inner, GdeltPacer pacer, ILogger<GdeltSource> logger) : IIncidentSource
{
    public SourceDefinition Definition => inner.Definition;

    public async Task<SourcePollResult> PollAsync(SourceCursor cursor, CancellationToken cancellationToken)
    {
        var wait = pacer.Reserve();
        if (wait > TimeSpan.Zero)
        {
            LogPacing(Definition.Name, wait);
            await Task.Delay(wait, pacer.Time, cancellationToken);
        }

        var result = await inner.PollAsync(cursor, cancellationToken);
        if (result.Status == SourcePollStatus.Failed && result.RetryAfter is { } retryAfter)
        {
            // GDELT's limit is per IP, so every GDELT source waits, not only the one that was refused.
            pacer.Backoff(retryAfter);
        }

        return result;
    }

    public Task AcknowledgeAsync(IReadOnlyList<SourceItem> stored, CancellationToken cancellationToken) =>
        inner.AcknowledgeAsync(stored, cancellationToken);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Source {SourceName}: waiting {Wait} for the GDELT request slot")]
    private partial void LogPacing(string sourceName, TimeSpan wait);
}
