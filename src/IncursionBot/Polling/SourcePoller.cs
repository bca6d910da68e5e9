using IncursionBot.Core.Delivery;
using IncursionBot.Core.Ingestion;
using IncursionBot.Core.Ports;

namespace IncursionBot.Polling;

/// <summary>
/// One poll of one source: respect its back-off, fetch, ingest, acknowledge, and record its health. A failing
/// source only affects itself.
/// </summary>
public sealed partial class SourcePoller(
    SourceRegistry registry,
    ISourceStateStore states,
    IInstanceLock instanceLock,
    IngestionService ingestion,
    DeliveryWakeup wakeup,
    TimeProvider time,
    ILogger<SourcePoller> logger)
{
    /// <summary>Polls the named source; <paramref name="ignoreBackoff"/> is for explicit one-off polls.</summary>
    public async Task<IngestionSummary?> PollAsync(string sourceName, bool ignoreBackoff, CancellationToken cancellationToken)
    {
        var source = registry.Find(sourceName);
        if (source is null)
        {
            return null;
        }

        using var scope = logger.BeginScope(new Dictionary<string, object> { ["SourceName"] = sourceName });
        // Scheduled polls of one source never overlap across instances, whatever the scheduler does: the poll runs
        // under the source's instance lock and is skipped when another instance has just polled it.
        await using var held = ignoreBackoff ? null : await instanceLock.TryAcquireAsync($"poll-{sourceName}", cancellationToken);
        if (!ignoreBackoff && held is null)
        {
            LogPolledElsewhere(sourceName);
            return null;
        }

        var definition = source.Definition;
        var state = await states.GetAsync(sourceName, cancellationToken) ?? Core.Ports.SourceState.New(sourceName);
        var now = time.GetUtcNow();
        if (!ignoreBackoff && state.ConsecutiveFailures > 0 && state.NextPollAt is { } resume && resume > now)
        {
            LogBackingOff(sourceName, resume);
            return null;
        }

        if (!ignoreBackoff && state.LastPollAt is { } last && now - last < definition.PollInterval / 2)
        {
            LogPolledElsewhere(sourceName);
            return null;
        }

        var result = await source.PollAsync(state.Cursor, cancellationToken);
        now = time.GetUtcNow();
        if (result.Status == SourcePollStatus.Failed)
        {
            var failures = state.ConsecutiveFailures + 1;
            var delay = SourceBackoff.After(failures, definition.PollInterval, result.RetryAfter);
            await states.SaveAsync(state with
            {
                LastPollAt = now,
                LastError = result.Error,
                ConsecutiveFailures = failures,
                NextPollAt = now + delay,
            }, cancellationToken);
            LogPollFailed(sourceName, failures, result.Error ?? "unknown error", delay);
            return null;
        }

        var summary = await ingestion.IngestAsync(definition, result.Items, cancellationToken);
        await source.AcknowledgeAsync(result.Items, cancellationToken);
        await states.SaveAsync(state with
        {
            ETag = result.Cursor.ETag,
            LastModified = result.Cursor.LastModified,
            LastPollAt = now,
            LastSuccessAt = now,
            LastError = null,
            ConsecutiveFailures = 0,
            NextPollAt = now + definition.PollInterval,
        }, cancellationToken);

        if (summary.Alerted > 0)
        {
            wakeup.Signal();
        }

        LogPolled(sourceName, result.Status == SourcePollStatus.NotModified, summary.Items, summary.Duplicates, summary.NewIncidents, summary.Merged, summary.Alerted);
        return summary;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Source {SourceName} is being or was just polled by another instance; skipped")]
    private partial void LogPolledElsewhere(string sourceName);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Source {SourceName} is backing off until {ResumeAt}")]
    private partial void LogBackingOff(string sourceName, DateTimeOffset resumeAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {SourceName} failed ({Failures} in a row), next try in {Delay}: {Error}")]
    private partial void LogPollFailed(string sourceName, int failures, string error, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Information, Message = "Polled {SourceName} (not modified: {NotModified}): {Items} items, {Duplicates} seen before, {NewIncidents} new incidents, {Merged} merged, {Alerted} deliveries queued")]
    private partial void LogPolled(string sourceName, bool notModified, int items, int duplicates, int newIncidents, int merged, int alerted);
}
